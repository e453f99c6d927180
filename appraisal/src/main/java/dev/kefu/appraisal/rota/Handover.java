package dev.kefu.appraisal.rota;

import dev.kefu.core.id.EmployeeId;
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
}
