package dev.kefu.gas.billing;

import dev.kefu.core.calendar.Periods;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A duty due a set time after the end of its business day, in a zone (CORE-CAL-4), and the
 * builder settings behind it, shared by the hand-over (MTR-13) and sales-summary (MTR-14) checks.
 */
final class DayEndDeadline {

    final Duration afterDayEnd;
    final ZoneId zone;

    private DayEndDeadline(Duration afterDayEnd, ZoneId zone) {
        this.afterDayEnd = afterDayEnd;
        this.zone = zone;
    }

    /** The deadline of a business day's duty. */
    Instant dueFor(LocalDate businessDay) {
        return Periods.afterDayEnd(businessDay, zone, afterDayEnd);
    }

    /** The settings a check's builder collects; setters never throw. */
    static final class Settings {
        private final RuleId rule;
        private Duration afterDayEnd;
        private ZoneId zone = GasMessages.DEFAULT_ZONE;
        private final Violations problems = Violations.create();

        Settings(RuleId rule) {
            this.rule = rule;
        }

        void deadlineAfterDay(Duration value) {
            if (value == null || value.isNegative()) {
                problems.add("deadlineAfterDay", "notNegative", rule);
            } else {
                this.afterDayEnd = value;
            }
        }

        void zone(ZoneId value) {
            if (value == null) {
                problems.add("zone", "required", rule);
            } else {
                this.zone = value;
            }
        }

        /** The deadline, or every problem, including a missing {@code deadlineAfterDay}. */
        DayEndDeadline build() {
            Violations v = Violations.create().addAll(problems.list());
            GasMessages.requireSetting(v, afterDayEnd, "deadlineAfterDay", rule);
            v.throwIfAny();
            return new DayEndDeadline(afterDayEnd, zone);
        }
    }
}
