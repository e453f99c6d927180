package dev.kefu.complaints.response;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.money.Money;

/**
 * An offence a contact matched, for the host to record in the appraisal ledger, which applies
 * it (APR-9: a first offender gets a warning in place of the fine). Complaints does not keep
 * the ledger; it reports the matched rule and its consequence.
 *
 * @param rule  the rule of the schedule item, such as APR-8
 * @param fine  the schedule's fine for the item
 */
public record MatchedOffence(RuleId rule, Money fine) {
}
