package dev.kefu.sales.floor;

/**
 * An alteration (涂改) found on a subscription agreement (EST-12).
 *
 * @param field  the field altered, such as {@code balance}, not blank
 * @param authorisation  whether it was authorised, not null
 */
public record AgreementAlteration(String field, Authorisation authorisation) {

    /** Whether an alteration was authorised. */
    public enum Authorisation {
        /** Authorised and countersigned. */
        AUTHORISED,
        /** Made without authorisation (擅自涂改). */
        UNAUTHORISED
    }
}
