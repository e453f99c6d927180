package dev.kefu.archive.custody;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.ArchiveRules;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One registered move of an archive (ARC-12: receiving, transferring and lending an archive
 * must be registered): what happened, to which archive, who did it, for whom, and when.
 *
 * <p>A move is checked when it is made, so a stored row that was edited into an impossible
 * shape — a loan without a due date, a handover of custody naming an archive — is refused
 * when it is read back.
 *
 * @param kind  what happened
 * @param archive  the customer whose archive moved; empty for a change of custodian
 * @param actor  who registered the move
 * @param counterpart  the borrower, the new custodian, or who handed a received archive over
 * @param at  when
 * @param due  the return date of a loan; empty for every other move
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
        CUSTODY_TRANSFERRED,
        /** An archive received into custody (接收), for example from the rep who built it. */
        RECEIVED
    }

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing or inconsistent field */
    public CustodyMove {
        Violations v = Violations.create();
        v.requireNonNull(actor, "actor", ArchiveRules.ARC_12);
        v.requireNonNull(counterpart, "counterpart", ArchiveRules.ARC_12);
        v.requireNonNull(at, "at", ArchiveRules.ARC_12);
        boolean hasArchive = v.requireNonNull(archive, "archive", ArchiveRules.ARC_12);
        boolean hasDue = v.requireNonNull(due, "due", ArchiveRules.ARC_12);
        if (v.requireNonNull(kind, "kind", ArchiveRules.ARC_12) && hasArchive && hasDue) {
            boolean wantsArchive = kind != Kind.CUSTODY_TRANSFERRED;
            boolean wantsDue = kind == Kind.LENT;
            if (archive.isPresent() != wantsArchive) {
                v.add("archive", ArchiveMessages.BUNDLE, wantsArchive ? "custody.move.archiveMissing" : "custody.move.archiveUnexpected",
                        ArchiveRules.ARC_12);
            }
            if (due.isPresent() != wantsDue) {
                v.add("due", ArchiveMessages.BUNDLE, wantsDue ? "custody.move.dueMissing" : "custody.move.dueUnexpected",
                        ArchiveRules.ARC_12);
            }
        }
        v.throwIfAny();
    }
}
