package dev.kefu.complaints.penalty;

/**
 * How a tier-5 offence ends the employment (CMP-12; "Definitions and precedence": dismissal and
 * expulsion are distinct sanctions, and CMP-12 tier 5 is either, chosen per case).
 * Labels: {@code ComplaintsMessages.label}.
 */
public enum EmploymentEnd {
    /** Dismissal (辞退), core's {@code SanctionMeasure.Dismissal}. */
    DISMISSAL,
    /** Expulsion (开除), core's {@code SanctionMeasure.Expulsion}. */
    EXPULSION
}
