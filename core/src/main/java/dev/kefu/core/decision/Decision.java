package dev.kefu.core.decision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A policy's answer: the outcome, the rules that applied and why (CORE-DEC-1).
 *
 * <p>A policy that says "no" returns a decision with a negative outcome; only malformed
 * input throws ({@link dev.kefu.core.validation.PolicyInputException}). The explanation
 * renders in Simplified Chinese for any Chinese locale and in English for every other one:
 * <pre>{@code
 * Decision<Money> d = ...;
 * d.outcome();                       // the answer
 * d.ruleIds();                       // [ATT-9, CORE-MONEY-1]
 * d.explain(Locale.SIMPLIFIED_CHINESE);
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe when the outcome is.
 *
 * @param <T> the type of the outcome
 */
public final class Decision<T> {

    private final T outcome;
    private final List<Reason> reasons;
    private final Set<RuleId> ruleIds;

    private Decision(T outcome, List<Reason> reasons) {
        dev.kefu.core.validation.Violations v = dev.kefu.core.validation.Violations.create();
        v.requireNonNull(outcome, "outcome", RULE);
        if (v.requireNonNull(reasons, "reasons", RULE)) {
            if (reasons.isEmpty()) {
                v.add("reasons", "decision.reasons", RULE);
            }
            for (int i = 0; i < reasons.size(); i++) {
                v.requireNonNull(reasons.get(i), "reasons[" + i + "]", RULE);
            }
        }
        v.throwIfAny();
        this.outcome = outcome;
        this.reasons = Collections.unmodifiableList(new ArrayList<>(reasons));
        LinkedHashSet<RuleId> ids = new LinkedHashSet<>();
        for (Reason r : reasons) {
            ids.add(r.rule());
        }
        this.ruleIds = Collections.unmodifiableSet(ids);
    }

    static final RuleId RULE = RuleId.of("CORE-DEC-1");

    /**
     * Obtains a decision.
     *
     * @param outcome  the outcome, not null
     * @param reasons  the reasons, in the order they were applied, at least one
     * @param <T> the type of the outcome
     * @return the decision, not null
     */
    public static <T> Decision<T> of(T outcome, Reason... reasons) {
        dev.kefu.core.validation.Violations.nonNull(reasons, "reasons", RULE);
        return new Decision<>(outcome, java.util.Arrays.asList(reasons));
    }

    /**
     * Obtains a decision.
     *
     * @param outcome  the outcome, not null
     * @param reasons  the reasons, in the order they were applied, at least one
     * @param <T> the type of the outcome
     * @return the decision, not null
     */
    public static <T> Decision<T> of(T outcome, List<Reason> reasons) {
        return new Decision<>(outcome, reasons);
    }

    /** The outcome. */
    public T outcome() {
        return outcome;
    }

    /** The rules that applied, in the order they were first applied, without repeats. */
    public Set<RuleId> ruleIds() {
        return ruleIds;
    }

    /** Whether the given rule applied. */
    public boolean applied(String ruleId) {
        return ruleIds.contains(RuleId.of(ruleId));
    }

    /**
     * Whether a rule applied.
     *
     * @param ruleId  the rule, not null
     * @return true if one of the reasons cites it
     */
    public boolean applied(RuleId ruleId) {
        return ruleIds.contains(dev.kefu.core.validation.Violations.nonNull(ruleId, "ruleId", RULE));
    }

    /** The reasons, in the order they were applied. */
    public List<Reason> reasons() {
        return reasons;
    }

    /**
     * Renders the explanation: every reason with its rule ID, in order.
     *
     * @param locale  the caller's locale; Chinese locales render zh-CN, all others English
     * @return the explanation, not null
     */
    public String explain(Locale locale) {
        String sep = MessageBundle.isChinese(locale) ? "；" : "; ";
        return reasons.stream()
                .map(r -> "[" + r.rule() + "] " + r.render(locale))
                .collect(Collectors.joining(sep));
    }

    /**
     * A decision with the same reasons and another outcome, for policies that refine an
     * answer step by step.
     */
    public <U> Decision<U> withOutcome(U newOutcome) {
        return new Decision<>(newOutcome, reasons);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Decision)) {
            return false;
        }
        Decision<?> d = (Decision<?>) o;
        return outcome.equals(d.outcome) && reasons.equals(d.reasons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, reasons);
    }

    @Override
    public String toString() {
        return "Decision[" + outcome + " " + ruleIds + "]";
    }
}
