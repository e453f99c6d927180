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

    static final RuleId ATT_2 = RuleId.of("ATT-2");

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
}
