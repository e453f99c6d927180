package dev.kefu.appraisal.ledger;

import dev.kefu.core.money.Money;
import java.util.Optional;

/**
 * The reward schedule (APR-7, S3 §9), yuan per occurrence, and the other rewards of APR-5,
 * whose amount the regulation leaves to the company (given when recorded).
 */
public enum RewardCode {
    /** A suggestion that catches a mistake in order handling or on the website: 100. */
    CATCHES_ORDER_OR_WEBSITE_MISTAKE(100, "APR-7"),
    /** A suggestion for the department or company: 20. */
    SUGGESTION(20, "APR-7"),
    /** A customer's letter of praise: 50. */
    PRAISE_LETTER(50, "APR-7"),
    /** Praise by phone or QQ: 20. */
    PRAISE_BY_PHONE_OR_QQ(20, "APR-7"),
    /** Praise from another department's supervisor: 20. */
    PRAISE_FROM_OTHER_SUPERVISOR(20, "APR-7"),
    /** Catching and correcting someone else's mistake before it caused a loss: 50. */
    CATCHES_OTHERS_MISTAKE(50, "APR-7"),
    /** Proactive, responsible, team-first work: 20. */
    TEAM_FIRST_WORK(20, "APR-7"),
    /** An adopted suggestion that brings clear benefit (APR-5); amount set by the company. */
    ADOPTED_SUGGESTION_WITH_BENEFIT(-1, "APR-5"),
    /** Outstanding handling of a complaint or an emergency that saves a loss or the company's image (APR-5). */
    OUTSTANDING_HANDLING(-1, "APR-5");

    private final long yuan;
    private final String rule;

    RewardCode(long yuan, String rule) {
        this.yuan = yuan;
        this.rule = rule;
    }

    /** The schedule's amount; empty when the company sets it per case. */
    public Optional<Money> amount() {
        return yuan < 0 ? Optional.empty() : Optional.of(Money.yuan(yuan));
    }

    /** The rule that sets this reward. */
    public dev.kefu.core.decision.RuleId ruleId() {
        return dev.kefu.core.decision.RuleId.of(rule);
    }

    /** The rule that sets this reward, as text. */
    public String rule() {
        return rule;
    }
}
