package dev.kefu.security.duties;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityInputs;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One recorded test of the machine-room air-conditioning (SEC-15): the results of each
 * performance indicator the seed names (风量、温升、湿度、洁净度、温度上升率). The results map is copied.
 *
 * @param at  when the test was made
 * @param results  the recorded result of each indicator tested, as the host records it
 */
public record AirConditioningTest(Instant at, Map<Indicator, String> results) {

    /** The indicators the seed names. */
    public enum Indicator {
        /** 风量. */
        AIR_VOLUME,
        /** 温升. */
        TEMPERATURE_RISE,
        /** 湿度. */
        HUMIDITY,
        /** 洁净度. */
        CLEANLINESS,
        /** 温度上升率. */
        TEMPERATURE_RISE_RATE
    }

    /** @throws dev.kefu.core.validation.PolicyInputException naming every missing field */
    public AirConditioningTest {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("SEC-15");
        v.requireNonNull(at, "test.at", rule);
        if (SecurityInputs.nullOrHasNull(results)) {
            v.add("test.results", "required", rule);
        }
        v.throwIfAny();
        results = Map.copyOf(results);
    }

    /** The indicators with no (or a blank) recorded result. */
    public Set<Indicator> missing() {
        Set<Indicator> out = EnumSet.noneOf(Indicator.class);
        for (Indicator i : Indicator.values()) {
            String r = results.get(i);
            if (r == null || r.isBlank()) {
                out.add(i);
            }
        }
        return out;
    }
}
