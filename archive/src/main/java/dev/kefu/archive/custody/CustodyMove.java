package dev.kefu.archive.custody;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One registered move of an archive (ARC-12: receiving, transferring and lending an archive
 * must be registered): what happened, to which archive, who did it, for whom, and when.
 *
 * @param kind  what happened
 * @param archive  the customer whose archive moved; empty for a change of custodian
 * @param actor  who registered the move
 * @param counterpart  the borrower, or the new custodian
 * @param at  when
 * @param due  the return date of a loan
 */
public record CustodyMove(Kind kind, Optional<CustomerId> archive, EmployeeId actor, EmployeeId counterpart,
                          Instant at, Optional<LocalDate> due) {

    /** What kind of move. */
    public enum Kind {
        /** Lent out (借阅). */
        LENT,
        /** Returned (归还). */
        RETURNED,
        /** Custody handed to another custodian (移交). */
        CUSTODY_TRANSFERRED
    }
}
