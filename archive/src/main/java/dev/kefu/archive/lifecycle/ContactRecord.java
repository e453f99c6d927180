package dev.kefu.archive.lifecycle;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;

/**
 * One line of the call register (来电登记表) or the visitor register (来人登记表), ARC-15.
 *
 * @param channel  call or visit
 * @param contactedAt  when the contact happened
 * @param recordedAt  when it was written down; ARC-15 wants the same day
 * @param rep  the rep who took it
 * @param newCustomer  whether the customer was new
 * @param deal  whether it ended in a deal (including a deposit)
 */
public record ContactRecord(Channel channel, Instant contactedAt, Instant recordedAt, EmployeeId rep,
                            boolean newCustomer, boolean deal) implements RegisterLine {

    /** The register a contact goes into. */
    public enum Channel {
        /** 来电. */
        CALL,
        /** 来人. */
        VISIT
    }

    /** @throws dev.kefu.core.validation.PolicyInputException listing every problem */
    public ContactRecord {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("ARC-15");
        v.requireNonNull(channel, "channel", rule);
        v.requireNonNull(rep, "rep", rule);
        if (v.requireNonNull(contactedAt, "contactedAt", rule) & v.requireNonNull(recordedAt, "recordedAt", rule)
                && recordedAt.isBefore(contactedAt)) {
            v.add("recordedAt", dev.kefu.archive.ArchiveMessages.BUNDLE, "register.recordedBeforeContact", rule);
        }
        v.throwIfAny();
    }

    @Override
    public Instant occurredAt() {
        return contactedAt;
    }

    @Override
    public Register register() {
        return channel == Channel.CALL ? Register.CALL : Register.VISIT;
    }
}
