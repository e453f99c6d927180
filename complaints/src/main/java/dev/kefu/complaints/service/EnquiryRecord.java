package dev.kefu.complaints.service;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;

/**
 * One entry of the enquiry log (咨询 / 电话记录, CMP-15) as the host stored it. The free-text
 * fields may be blank (the check reports what is missing); {@link #toString()} masks them.
 *
 * @param id  the host's key, not blank
 * @param agent  who took the enquiry, not null
 * @param at  when, not null
 * @param callerName  the caller's name
 * @param contact  the caller's contact
 * @param question  what they ask
 * @param origin  where they are from
 * @param purpose  why they ask
 * @param readBack  whether the key details were read back, not null
 */
public record EnquiryRecord(String id, EmployeeId agent, Instant at, String callerName, String contact, String question,
                            String origin, String purpose, ReadBack readBack) {

    /** @throws dev.kefu.core.validation.PolicyInputException on a missing key, agent, time or read-back */
    public EnquiryRecord {
        Violations v = Violations.create();
        if (id == null || id.isBlank()) {
            v.add("id", "required", ComplaintRules.CMP_15);
        }
        v.requireNonNull(agent, "agent", ComplaintRules.CMP_15);
        v.requireNonNull(at, "at", ComplaintRules.CMP_15);
        v.requireNonNull(readBack, "readBack", ComplaintRules.CMP_15);
        v.throwIfAny();
    }

    /** Personal data and free text are masked. */
    @Override
    public String toString() {
        return "EnquiryRecord[id=" + id + ", agent=" + agent + ", at=" + at + ", callerName=****, contact=****, question=****, origin=****,"
                + " purpose=****, readBack=" + readBack + "]";
    }
}
