package dev.kefu.sales.attribution;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure.BonusShareWithheld;
import dev.kefu.core.discipline.SanctionMeasure.PayComponent;
import dev.kefu.core.discipline.SanctionMeasure.PayWithheld;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;

/**
 * The sanction for grabbing, fighting over or neglecting customers (抢客、争客、怠慢客户), ATT-2:
 * normally the day's base pay is deducted; in serious cases the month's base pay and 50% of
 * the month's bonus.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class CustomerGrabbing {

    private static final RuleId ATT_2 = AttributionRules.ATT_2;

    private CustomerGrabbing() {
    }

    /** How serious the case is. */
    public enum Severity {
        /** An ordinary case. */
        NORMAL,
        /** A serious case (情节严重). */
        SERIOUS
    }

    /**
     * The sanction for a rep.
     *
     * @param rep  the rep sanctioned, not null
     * @param severity  how serious, not null
     * @return the decision whose outcome is the sanction
     */
    public static Decision<Sanction> sanction(EmployeeId rep, Severity severity) {
        Violations v = Violations.create();
        v.requireNonNull(rep, "rep", ATT_2);
        v.requireNonNull(severity, "severity", ATT_2);
        v.throwIfAny();
        Sanction s = severity == Severity.NORMAL
                ? Sanction.of(new PayWithheld(PayComponent.DAY_BASE_PAY))
                : Sanction.of(new PayWithheld(PayComponent.MONTH_BASE_PAY), new BonusShareWithheld(Share.HALF));
        return Decision.of(s, Reason.of(ATT_2, AttributionMessages.BUNDLE,
                severity == Severity.NORMAL ? "grabbing.normal" : "grabbing.serious", rep));
    }

    /**
     * The sanction for a rep on turn who fails to receive a customer actively (ATT-3). The seed
     * names no sanction in ATT-3; the catalogue's "Definitions and precedence" settles it as
     * neglecting a customer (怠慢客戶) under ATT-2, with the severity the manager judges per case
     * (no default).
     *
     * @param rep  the rep on turn, not null
     * @param severity  how serious, as the manager judges it, not null
     * @return the decision whose outcome is ATT-2's sanction, citing ATT-3 and ATT-2
     * @throws dev.kefu.core.validation.PolicyInputException if an argument is null
     */
    public static Decision<Sanction> failedToReceiveOnTurn(EmployeeId rep, Severity severity) {
        Violations v = Violations.create();
        v.requireNonNull(rep, "rep", AttributionRules.ATT_3);
        v.requireNonNull(severity, "severity", AttributionRules.ATT_3);
        v.throwIfAny();
        Decision<Sanction> neglect = sanction(rep, severity);
        java.util.List<Reason> reasons = new java.util.ArrayList<>();
        reasons.add(Reason.of(AttributionRules.ATT_3, AttributionMessages.BUNDLE, "grabbing.failedToReceive", rep));
        reasons.addAll(neglect.reasons());
        return Decision.of(neglect.outcome(), reasons);
    }
}
