package dev.kefu.appraisal.rota;

import dev.kefu.core.discipline.Sanction;
import java.util.Optional;

/**
 * Something wrong with a handover (APR-10, APR-11).
 *
 * @param handover  the handover
 * @param kind  what is wrong
 * @param sanction  the sanction for the outgoing agent: a warning and the configured penalty
 *     for a shift closed without a handover record (APR-10); none for leaving early, which the
 *     host sanctions through the ledger
 */
public record HandoverFinding(Handover handover, Kind kind, Optional<Sanction> sanction) {

    /** What is wrong. */
    public enum Kind {
        /** The shift ended without a handover record (APR-10). */
        NO_HANDOVER_RECORD,
        /** The outgoing agent left before the incoming one arrived (APR-11). */
        LEFT_BEFORE_RELIEF
    }
}
