package dev.kefu.complaints;

import dev.kefu.core.id.EmployeeId;
import java.time.Instant;

/**
 * Starting a complaint (CMP-3): the HR-admin manager records it in the complaint record form.
 */
public final class Complaints {

    private Complaints() {
    }

    /**
     * A builder for a new complaint whose timeline starts with its receipt.
     *
     * @param recordedBy  the HR-admin manager who records it, not null
     * @param at  when it was received, not null
     * @return a builder with the first event set; add the other attributes and build
     */
    public static ImmutableComplaint.Builder receive(EmployeeId recordedBy, Instant at) {
        return ImmutableComplaint.builder().addEvents(ComplaintEvent.of(EventType.RECEIVED, recordedBy, Role.HR_ADMIN_MANAGER, at));
    }
}
