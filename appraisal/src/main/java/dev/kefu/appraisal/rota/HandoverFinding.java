package dev.kefu.appraisal.rota;

/**
 * Something wrong with a handover (APR-10, APR-11). A shift closed without a handover record
 * earns a warning and a penalty the customer-service manager sets by severity for each case:
 * {@link HandoverCheck#sanction}.
 *
 * @param handover  the handover
 * @param kind  what is wrong
 */
public record HandoverFinding(Handover handover, Kind kind) {

    /** What is wrong. */
    public enum Kind {
        /** The shift ended without a handover record (APR-10). */
        NO_HANDOVER_RECORD,
        /** The outgoing agent left before the incoming one arrived (APR-11). */
        LEFT_BEFORE_RELIEF
    }
}
