package dev.kefu.appraisal.rota;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;

/**
 * One change of shift (交接班): who hands over to whom, when the outgoing shift ends, and
 * whether the handover log was written (equipment, difficult cases, staffing changes).
 *
 * @param outgoing  the agent going off duty
 * @param incoming  the agent coming on duty
 * @param shiftEnd  when the outgoing shift ends
 * @param logRecorded  whether the handover record was written (APR-10, APR-11)
 */
public record Handover(EmployeeId outgoing, EmployeeId incoming, Instant shiftEnd, boolean logRecorded) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every missing part */
    public Handover {
        Violations v = Violations.create();
        v.requireNonNull(outgoing, "outgoing", HandoverCheck.APR_11);
        v.requireNonNull(incoming, "incoming", HandoverCheck.APR_11);
        v.requireNonNull(shiftEnd, "shiftEnd", HandoverCheck.APR_11);
        v.throwIfAny();
    }

    /** A handover whose record was written. */
    public static Handover recorded(EmployeeId outgoing, EmployeeId incoming, Instant shiftEnd) {
        return new Handover(outgoing, incoming, shiftEnd, true);
    }

    /** A handover without a record (APR-10). */
    public static Handover unrecorded(EmployeeId outgoing, EmployeeId incoming, Instant shiftEnd) {
        return new Handover(outgoing, incoming, shiftEnd, false);
    }
}
