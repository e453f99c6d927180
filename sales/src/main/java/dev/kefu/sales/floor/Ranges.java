package dev.kefu.sales.floor;

import dev.kefu.core.calendar.DutyCalendar;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;

/** Checks of a period of days passed to a records check. */
final class Ranges {

    private Ranges() {
    }

    /** Adds violations for a missing, reversed, unsupported or too long period. */
    static void check(Violations v, LocalDate from, LocalDate to, RuleId rule) {
        v.requireNonNull(from, "from", rule);
        v.requireNonNull(to, "to", rule);
        if (from == null || to == null) {
            return;
        }
        if (to.isBefore(from)) {
            FloorTexts.add(v, "to", "range.reversed", rule);
            return;
        }
        if (from.isBefore(LocalDate.MIN.plusYears(1)) || to.isAfter(LocalDate.MAX.minusYears(1))) {
            FloorTexts.add(v, "to", "range.unsupported", rule);
            return;
        }
        if (to.toEpochDay() - from.toEpochDay() > DutyCalendar.MAX_SEARCH_DAYS) {
            FloorTexts.add(v, "to", "range.tooLong", rule, DutyCalendar.MAX_SEARCH_DAYS);
        }
    }
}
