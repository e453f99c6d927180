package dev.kefu.sales.floor;

import dev.kefu.core.calendar.Periods;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * EST-6, payment default (违约): recovering the arrears comes first — a dunning notice (催款通知单)
 * is issued and recorded; once the default has lasted <b>more than 2 months</b> (CORE-CAL-4,
 * counted from the missed due date), the case is handled as breach of contract under the
 * contract's breach terms, which the host applies. Up to 2 months it is collection only.
 *
 * <p>Readings (catalogue): the default period starts on the missed due date, so the instalment
 * is in default from the day after it; the notice is a recorded step that comes before any
 * breach handling, so a default of more than 2 months without a notice answers
 * {@link DefaultStage#NOTICE_REQUIRED_BEFORE_BREACH}. Only payments with finance's receipt
 * count toward the amount (EST-8).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class PaymentDefaultPolicy {

    private final int collectionMonths;

    private PaymentDefaultPolicy(int collectionMonths) {
        this.collectionMonths = collectionMonths;
    }

    /** The regulation's settings: breach handling after more than 2 months (EST-6). */
    public static PaymentDefaultPolicy regulation() {
        return new PaymentDefaultPolicy(2);
    }

    /** A builder starting from the regulation's settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** The months of collection only before breach handling. */
    public int collectionMonths() {
        return collectionMonths;
    }

    /**
     * Assesses an instalment (EST-6).
     *
     * @param c  the position, not null
     * @return the decision: stage, arrears, the last day of collection only
     * @throws dev.kefu.core.validation.PolicyInputException on a missing or malformed value
     */
    public Decision<DefaultAssessment> assess(DefaultCase c) {
        Violations v = Violations.create();
        if (v.requireNonNull(c, "case", SalesFloorRules.EST_6)) {
            v.requireNonNull(c.dueDate(), "dueDate", SalesFloorRules.EST_6);
            v.requireNonNull(c.asOf(), "asOf", SalesFloorRules.EST_6);
            if (v.requireNonNull(c.amountDue(), "amountDue", SalesFloorRules.EST_6) && !c.amountDue().isPositive()) {
                v.add("amountDue", "positive", SalesFloorRules.CORE_MONEY_1);
            }
            FloorTexts.requireElements(v, c.payments(), "payments", SalesFloorRules.EST_6);
            FloorTexts.requireElements(v, c.dunningNotices(), "dunningNotices", SalesFloorRules.EST_6);
        }
        v.throwIfAny();
        LocalDate lastDay = Periods.lastDayOfMonths(c.dueDate(), collectionMonths);
        List<Reason> reasons = new ArrayList<>();
        Money credited = Money.ZERO;
        for (Payment p : c.payments()) {
            if (p.paidOn().isAfter(c.asOf())) {
                continue;
            }
            if (p.countsAsReceived()) {
                credited = credited.plus(p.amount());
            } else {
                reasons.add(Reason.of(SalesFloorRules.EST_8, FloorTexts.BUNDLE, "default.notCounted", p.amount(), p.paidOn().toString()));
            }
        }
        Money arrears = c.amountDue().isGreaterThan(credited) ? c.amountDue().minus(credited) : Money.ZERO;
        NoticeStatus notice = c.dunningNotices().stream()
                .anyMatch(d -> d.isAfter(c.dueDate()) && !d.isAfter(c.asOf())) ? NoticeStatus.RECORDED : NoticeStatus.NONE;
        DefaultStage stage;
        if (arrears.isZero()) {
            stage = DefaultStage.SETTLED;
            reasons.add(Reason.of(SalesFloorRules.EST_6, FloorTexts.BUNDLE, "default.settled", credited));
        } else if (!c.asOf().isAfter(c.dueDate())) {
            stage = DefaultStage.NOT_YET_DUE;
            reasons.add(Reason.of(SalesFloorRules.EST_6, FloorTexts.BUNDLE, "default.notYetDue", arrears, c.dueDate().toString()));
        } else if (!Periods.isMoreThanMonths(c.dueDate(), collectionMonths, c.asOf())) {
            stage = DefaultStage.COLLECTION;
            reasons.add(Reason.of(SalesFloorRules.EST_6, FloorTexts.BUNDLE, "default.collection", arrears, c.dueDate().toString(),
                    collectionMonths, lastDay.toString()));
            if (notice == NoticeStatus.NONE) {
                reasons.add(Reason.of(SalesFloorRules.EST_6, FloorTexts.BUNDLE, "default.issueNotice"));
            }
        } else if (notice == NoticeStatus.NONE) {
            stage = DefaultStage.NOTICE_REQUIRED_BEFORE_BREACH;
            reasons.add(Reason.of(SalesFloorRules.EST_6, FloorTexts.BUNDLE, "default.noticeFirst", arrears, collectionMonths,
                    lastDay.toString()));
        } else {
            stage = DefaultStage.BREACH;
            reasons.add(Reason.of(SalesFloorRules.EST_6, FloorTexts.BUNDLE, "default.breach", arrears, collectionMonths,
                    lastDay.toString()));
        }
        reasons.add(Reason.of(SalesFloorRules.CORE_CAL_4, FloorTexts.BUNDLE, "default.period", c.dueDate().toString(),
                collectionMonths, lastDay.toString()));
        return Decision.of(new DefaultAssessment(stage, arrears, credited, lastDay, notice), reasons);
    }

    /**
     * Builds the policy; setters record problems and {@link #build()} reports them all.
     *
     * <p>Implementation Requirements: not thread-safe.
     */
    public static final class Builder {
        private final FloorTexts.SettingProblems problems = new FloorTexts.SettingProblems();
        private int collectionMonths = 2;

        private Builder() {
        }

        /**
         * The months of collection only; breach handling starts when the default has lasted more
         * than this (EST-6, default 2).
         *
         * @param months  at least 1
         * @return this builder
         */
        public Builder collectionMonths(int months) {
            if (problems.check(months >= 1, "collectionMonths", "setting.months", SalesFloorRules.EST_6)) {
                this.collectionMonths = months;
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException naming every setting in error
         */
        public PaymentDefaultPolicy build() {
            problems.build(Map.of());
            return new PaymentDefaultPolicy(collectionMonths);
        }
    }
}
