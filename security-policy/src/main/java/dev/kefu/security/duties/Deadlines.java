package dev.kefu.security.duties;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.time.Duration;
import java.time.ZoneId;

/** Builder helpers shared by the duty policies. */
final class Deadlines {

    private Deadlines() {
    }

    static Duration positive(Violations problems, String name, Duration d, RuleId rule) {
        if (d == null || d.isZero() || d.isNegative()) {
            problems.add(name, "positive", rule);
            return null;
        }
        return d;
    }

    static ZoneId zone(Violations problems, ZoneId z, RuleId rule) {
        if (z == null) {
            problems.add("zone", "required", rule);
        }
        return z;
    }

    static void required(Violations v, Violations problems, String name, Object value, RuleId rule) {
        if (value == null && problems.list().stream().noneMatch(p -> p.path().equals(name))) {
            v.add(name, SecurityMessages.BUNDLE, "setting.required", rule);
        }
    }
}
