package dev.kefu.gas.meter;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a reader's route for missing meter master data (MTR-4): every meter must show its
 * type, number, years in use and inlet direction; each meter that lacks one is reported.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class MeterRecordCheck {

    private MeterRecordCheck() {
    }

    /** A meter of the route with fields missing. */
    public record Gap(int position, GasMeter meter, Set<MeterField> missing) {
        /** @throws NullPointerException never for values built by the check */
        public Gap {
            missing = Set.copyOf(missing);
        }
    }

    /** The result: the meters with gaps, in route order; empty when the route is complete. */
    public record RouteReport(int meters, List<Gap> gaps) {
        /** Copies the gaps. */
        public RouteReport {
            gaps = List.copyOf(gaps);
        }

        /** Whether every meter shows all four fields. */
        public boolean complete() {
            return gaps.isEmpty();
        }
    }

    /**
     * Checks a route (MTR-4).
     *
     * @param route  the meters of the route, in order, not null, no null element
     * @return the decision: complete, or one reason per meter with missing fields
     * @throws dev.kefu.core.validation.PolicyInputException if the route or an element is null
     */
    public static Decision<RouteReport> check(List<GasMeter> route) {
        Violations v = Violations.create();
        if (!v.requireNonNull(route, "route", GasRules.MTR_4)) {
            v.throwIfAny();
        }
        for (int i = 0; i < route.size(); i++) {
            v.requireNonNull(route.get(i), "route[" + i + "]", GasRules.MTR_4);
        }
        v.throwIfAny();
        List<Gap> gaps = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < route.size(); i++) {
            GasMeter m = route.get(i);
            Set<MeterField> missing = m.missingFields();
            if (!missing.isEmpty()) {
                gaps.add(new Gap(i, m, missing));
                reasons.add(Reason.of(GasRules.MTR_4, GasMessages.BUNDLE, "meter.missing", i + 1, m.customer(),
                        join(missing, Locale.ENGLISH), join(missing, Locale.SIMPLIFIED_CHINESE)));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(GasRules.MTR_4, GasMessages.BUNDLE, "meter.complete", route.size()));
        }
        return Decision.of(new RouteReport(route.size(), gaps), reasons);
    }

    private static String join(Set<MeterField> fields, Locale locale) {
        return fields.stream().map(f -> GasMessages.label(f, locale))
                .collect(Collectors.joining(Locale.ENGLISH.equals(locale) ? ", " : "、"));
    }
}
