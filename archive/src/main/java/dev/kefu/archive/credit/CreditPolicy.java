package dev.kefu.archive.credit;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * From credit grade to trading conditions, credit limit and handling (客户信用分析, ARC-7), and
 * the check of a proposed order (ARC-7, ARC-17).
 * <pre>{@code
 * CreditPolicy policy = CreditPolicy.builder()
 *         .grade(CreditGrade.of("A"), new CreditTerms(CreditLimit.of(Money.yuan(500_000)), 60, NORMAL_CREDIT))
 *         .grade(CreditGrade.of("B"), new CreditTerms(CreditLimit.shareOfSales(Share.ofPercent(10)), 30, REVIEW_REQUIRED))
 *         .grade(CreditGrade.of("C"), new CreditTerms(CreditLimit.of(Money.ZERO), 0, CASH_ONLY))
 *         .lowerOneGradePer(2)                 // every 2 past credit problems: one grade lower
 *         .build();
 * }</pre>
 *
 * <p>Grades are given best first. Past credit problems lower the grade (ARC-2 "past credit
 * problems", ARC-7): by one grade per the configured number of problems, never below the
 * worst grade. The regulation gives no number, so the setting is required: either
 * {@link Builder#lowerOneGradePer(int)} or {@link Builder#pastProblemsDoNotLowerGrade()}.
 *
 * <p>Order check, in this order: a cash trade is approved (no credit is used); otherwise a
 * cash-only or prepayment customer is refused; an order that takes open receivables plus the
 * order over the limit is refused; otherwise the non-cash order needs the signature
 * procedure of ARC-17 and is approved once signed off.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class CreditPolicy {

    static final RuleId ARC_7 = RuleId.of("ARC-7");
    static final RuleId ARC_17 = RuleId.of("ARC-17");

    private final List<CreditGrade> grades;
    private final Map<CreditGrade, CreditTerms> terms;
    private final int problemsPerGrade;

    private CreditPolicy(List<CreditGrade> grades, Map<CreditGrade, CreditTerms> terms, int problemsPerGrade) {
        this.grades = List.copyOf(grades);
        this.terms = Map.copyOf(terms);
        this.problemsPerGrade = problemsPerGrade;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The customer's credit: effective grade, terms and limit (ARC-7).
     *
     * @param profile  the customer's credit profile, not null
     * @return the decision
     * @throws dev.kefu.core.validation.PolicyInputException if the grade is not configured
     */
    public Decision<CreditAssessment> assess(CreditProfile profile) {
        List<Reason> reasons = new ArrayList<>();
        CreditAssessment a = assess(profile, reasons);
        return Decision.of(a, reasons);
    }

    private CreditAssessment assess(CreditProfile profile, List<Reason> reasons) {
        Violations v = Violations.create();
        if (v.requireNonNull(profile, "profile", ARC_7) && !terms.containsKey(profile.grade())) {
            v.add("profile.grade", ArchiveMessages.BUNDLE, "credit.unknownGrade", ARC_7, profile.grade(), grades);
        }
        v.throwIfAny();
        int index = grades.indexOf(profile.grade());
        long steps = problemsPerGrade == 0 ? 0 : profile.pastCreditProblems() / problemsPerGrade;
        CreditGrade effective = grades.get((int) Math.min(grades.size() - 1L, index + steps));
        if (!effective.equals(profile.grade())) {
            reasons.add(Reason.of(ARC_7, ArchiveMessages.BUNDLE, "credit.lowered", profile.grade(), effective,
                    profile.pastCreditProblems()));
        }
        CreditTerms t = terms.get(effective);
        CreditAssessment a = new CreditAssessment(profile.grade(), effective, t, t.limit().limitFor(profile.sales12Months()));
        reasons.add(Reason.of(ARC_7, ArchiveMessages.BUNDLE, "credit.termsLabelled", effective, a.creditLimit(), t.paymentDays(),
                dev.kefu.archive.Labels.of(t.handling())));
        return a;
    }

    /**
     * Checks a proposed order against the customer's credit (ARC-7) and the signature
     * procedure for non-cash trade (ARC-17).
     *
     * @param profile  the customer's credit profile, not null
     * @param order  the proposed order, not null
     * @return the decision: approve, needs sign-off, or refuse, with the reasons
     */
    public Decision<OrderCheck> checkOrder(CreditProfile profile, OrderRequest order) {
        Violations v = Violations.create();
        v.requireNonNull(profile, "profile", ARC_7);
        v.requireNonNull(order, "order", ARC_7);
        v.throwIfAny();
        List<Reason> reasons = new ArrayList<>();
        CreditAssessment a = assess(profile, reasons);
        if (order.cash()) {
            reasons.add(Reason.of(ARC_7, ArchiveMessages.BUNDLE, "credit.cash", order.amount()));
            return Decision.of(new OrderCheck(OrderVerdict.APPROVE, a, dev.kefu.core.money.Money.ZERO), reasons);
        }
        dev.kefu.core.money.Money exposure = order.openReceivables().plus(order.amount());
        CreditHandling handling = a.terms().handling();
        if (handling == CreditHandling.CASH_ONLY || handling == CreditHandling.PREPAYMENT) {
            reasons.add(Reason.of(ARC_7, ArchiveMessages.BUNDLE, "credit.noCredit." + handling.name(), a.effectiveGrade()));
            return Decision.of(new OrderCheck(OrderVerdict.REFUSE, a, exposure), reasons);
        }
        if (exposure.isGreaterThan(a.creditLimit())) {
            reasons.add(Reason.of(ARC_7, ArchiveMessages.BUNDLE, "credit.overLimit", order.openReceivables(), order.amount(),
                    exposure, a.creditLimit()));
            return Decision.of(new OrderCheck(OrderVerdict.REFUSE, a, exposure), reasons);
        }
        reasons.add(Reason.of(ARC_7, ArchiveMessages.BUNDLE, "credit.withinLimit", exposure, a.creditLimit()));
        if (handling == CreditHandling.REVIEW_REQUIRED) {
            reasons.add(Reason.of(ARC_7, ArchiveMessages.BUNDLE, "credit.review", a.effectiveGrade()));
        }
        if (order.signedOffBy().isPresent()) {
            reasons.add(Reason.of(ARC_17, ArchiveMessages.BUNDLE, "credit.signedOff", order.signedOffBy().get()));
            return Decision.of(new OrderCheck(OrderVerdict.APPROVE, a, exposure), reasons);
        }
        reasons.add(Reason.of(ARC_17, ArchiveMessages.BUNDLE, "credit.needsSignOff"));
        return Decision.of(new OrderCheck(OrderVerdict.NEEDS_SIGN_OFF, a, exposure), reasons);
    }

    /** Builds a credit policy; grades best first, and the past-problems setting, are required. */
    public static final class Builder {

        private final List<CreditGrade> grades = new ArrayList<>();
        private final Map<CreditGrade, CreditTerms> terms = new LinkedHashMap<>();
        private final Violations problems = Violations.create();
        private Integer problemsPerGrade;
        private int calls;

        private Builder() {
        }

        /**
         * Adds a credit grade and its terms; call from the best grade to the worst.
         *
         * @param grade  the grade, not null
         * @param gradeTerms  its terms, not null
         * @return this builder
         */
        public Builder grade(CreditGrade grade, CreditTerms gradeTerms) {
            String path = "grades[" + calls++ + "]";
            if (problems.requireNonNull(grade, path, ARC_7) & problems.requireNonNull(gradeTerms, path + ".terms", ARC_7)) {
                if (terms.containsKey(grade)) {
                    problems.add(path, ArchiveMessages.BUNDLE, "credit.repeat", ARC_7, grade);
                } else {
                    grades.add(grade);
                    terms.put(grade, gradeTerms);
                }
            }
            return this;
        }

        /**
         * Lowers the grade by one for every {@code problems} past credit problems.
         *
         * @param problems  problems per grade lowered, at least 1
         * @return this builder
         */
        public Builder lowerOneGradePer(int problems) {
            if (problems < 1) {
                this.problems.add("lowerOneGradePer", ArchiveMessages.BUNDLE, "setting.atLeast", ARC_7, 1, problems);
            }
            this.problemsPerGrade = Math.max(problems, 0);
            return this;
        }

        /** Past credit problems do not change the grade. */
        public Builder pastProblemsDoNotLowerGrade() {
            this.problemsPerGrade = 0;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy, not null
         * @throws dev.kefu.core.validation.PolicyInputException naming every missing or bad setting
         */
        public CreditPolicy build() {
            Violations v = Violations.create().addAll(problems.list());
            if (grades.isEmpty()) {
                v.add("grades", ArchiveMessages.BUNDLE, "credit.noGrades", ARC_7);
            }
            if (problemsPerGrade == null) {
                v.add("pastProblems", ArchiveMessages.BUNDLE, "credit.pastProblemsRequired", ARC_7);
            } else if (problemsPerGrade < 0) {
                v.add("pastProblems", "notNegative", ARC_7);
            }
            v.throwIfAny();
            return new CreditPolicy(grades, terms, problemsPerGrade);
        }
    }
}
