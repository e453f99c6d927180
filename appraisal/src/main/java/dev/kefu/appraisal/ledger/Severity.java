package dev.kefu.appraisal.ledger;

/** How serious a breach is, chosen per case (视情节轻重, APR-6). */
public enum Severity {
    /** Light (情节较轻): a first light breach gets a warning. */
    LIGHT,
    /** With some effect or loss (造成一定影响或损失): a fine, even the first time. */
    EFFECT_OR_LOSS
}
