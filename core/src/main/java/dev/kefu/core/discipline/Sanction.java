package dev.kefu.core.discipline;

import dev.kefu.core.money.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A sanction: one or more {@link SanctionMeasure}s applied together, as the regulations
 * combine them. CMP-12's tier 4 is
 * <pre>{@code
 * Sanction.of(new MajorDemerit(), new Fine(Money.yuan(1000)),
 *             new PayWithheld(PayComponent.MONTH_PERFORMANCE_PAY), new CompanyWideNotice());
 * }</pre>
 *
 * <p>A sanction holds at least one measure and at most one of each kind (two fines are one
 * larger fine); {@link #of} merges fines and point deductions.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, allParameters = true, defaults = @Value.Immutable(builder = false))
public abstract class Sanction {

    Sanction() {
    }

    /** The measures, in the order given. */
    public abstract List<SanctionMeasure> measures();

    /**
     * Obtains a sanction from its measures, merging fines and point deductions.
     *
     * @param measures  the measures, at least one, not null
     * @return the sanction, not null
     */
    public static Sanction of(SanctionMeasure... measures) {
        dev.kefu.core.validation.Violations.nonNull(measures, "measures", null);
        return of(java.util.Arrays.asList(measures));
    }

    /**
     * Obtains a sanction from its measures, merging fines and point deductions.
     *
     * @param measures  the measures, at least one, not null
     * @return the sanction, not null
     */
    public static Sanction of(List<SanctionMeasure> measures) {
        dev.kefu.core.validation.Violations v = dev.kefu.core.validation.Violations.create();
        if (v.requireNonNull(measures, "measures", null)) {
            if (measures.isEmpty()) {
                v.add("measures", "sanction.measures", null);
            }
            for (int i = 0; i < measures.size(); i++) {
                v.requireNonNull(measures.get(i), "measures[" + i + "]", null);
            }
        }
        v.throwIfAny();
        Map<Class<?>, SanctionMeasure> byKind = new LinkedHashMap<>();
        for (SanctionMeasure m : measures) {
            byKind.merge(m.getClass(), m, Sanction::merge);
        }
        return ImmutableSanction.of(new ArrayList<>(byKind.values()));
    }

    /** A sanction with this one's measures and another's. */
    public Sanction and(Sanction other) {
        dev.kefu.core.validation.Violations.nonNull(other, "other", null);
        List<SanctionMeasure> all = new ArrayList<>(measures());
        all.addAll(other.measures());
        return of(all);
    }

    private static SanctionMeasure merge(SanctionMeasure a, SanctionMeasure b) {
        if (a instanceof SanctionMeasure.Fine) {
            return new SanctionMeasure.Fine(((SanctionMeasure.Fine) a).amount().plus(((SanctionMeasure.Fine) b).amount()));
        }
        if (a instanceof SanctionMeasure.PointDeduction) {
            long sum = (long) ((SanctionMeasure.PointDeduction) a).points() + ((SanctionMeasure.PointDeduction) b).points();
            if (sum > Integer.MAX_VALUE) {
                dev.kefu.core.validation.Violations.create().add("points", "sanction.pointsOverflow", null).throwIfAny();
            }
            return new SanctionMeasure.PointDeduction((int) sum);
        }
        if (a instanceof SanctionMeasure.Warning) {
            // a written warning is the stronger of the two
            return ((SanctionMeasure.Warning) a).form() == SanctionMeasure.WarningForm.WRITTEN ? a : b;
        }
        if (a instanceof SanctionMeasure.Dismissal) {
            return ((SanctionMeasure.Dismissal) a).withLiability() ? a : b;
        }
        if (a instanceof SanctionMeasure.Expulsion) {
            return ((SanctionMeasure.Expulsion) a).withLiability() ? a : b;
        }
        if (a instanceof SanctionMeasure.BonusShareWithheld) {
            return ((SanctionMeasure.BonusShareWithheld) a).share().compareTo(((SanctionMeasure.BonusShareWithheld) b).share()) >= 0 ? a : b;
        }
        if (a instanceof SanctionMeasure.PayWithheld && !a.equals(b)) {
            dev.kefu.core.validation.Violations.create().add("measures", "sanction.payComponents", null).throwIfAny();
        }
        return a;
    }

    @Value.Check
    void check() {
        if (measures().isEmpty()) {
            dev.kefu.core.validation.Violations.create().add("measures", "sanction.measures", null).throwIfAny();
        }
    }

    /** The fine in this sanction, zero if none. */
    public Money fine() {
        return find(SanctionMeasure.Fine.class).map(SanctionMeasure.Fine::amount).orElse(Money.ZERO);
    }

    /** The appraisal points deducted, zero if none. */
    public int pointsDeducted() {
        return find(SanctionMeasure.PointDeduction.class).map(SanctionMeasure.PointDeduction::points).orElse(0);
    }

    /** Whether the sanction includes dismissal (辞退). */
    public boolean isDismissal() {
        return find(SanctionMeasure.Dismissal.class).isPresent();
    }

    /** Whether the sanction includes expulsion (开除). */
    public boolean isExpulsion() {
        return find(SanctionMeasure.Expulsion.class).isPresent();
    }

    /** Whether the sanction ends the employment: dismissal (辞退) or expulsion (开除). */
    public boolean endsEmployment() {
        return isDismissal() || isExpulsion();
    }

    /** Whether the sanction is only a warning. */
    public boolean isWarningOnly() {
        return measures().size() == 1 && measures().get(0) instanceof SanctionMeasure.Warning;
    }

    /** The measure of the given kind, if present. */
    public <M extends SanctionMeasure> Optional<M> find(Class<M> kind) {
        return measures().stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    /** The sanction in words, in the caller's language. */
    public String describe(Locale locale) {
        String sep = dev.kefu.core.decision.MessageBundle.isChinese(locale) ? "，" : ", ";
        return measures().stream().map(m -> m.describe(locale)).collect(Collectors.joining(sep));
    }

    @Override
    public String toString() {
        return "Sanction[" + describe(Locale.ENGLISH) + "]";
    }
}
