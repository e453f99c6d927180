package dev.kefu.sales.floor;

import dev.kefu.core.calendar.DutyCalendar;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;

/** Checks of a period of days passed to a records check. */
final class Ranges {

    private Ranges() {
    }

    /** Adds violations for a missing, reversed or too long period. */
    static boolean check(Violations v, LocalDate from, LocalDate to, RuleId rule) {
        boolean ok = v.requireNonNull(from, "from", rule);
        ok &= v.requireNonNull(to, "to", rule);
        if (!ok) {
            return false;
        }
        if (to.isBefore(from)) {
            FloorTexts.add(v, "to", "range.reversed", rule);
            return false;
        }
        if (from.isBefore(LocalDate.MIN.plusYears(1)) || to.isAfter(LocalDate.MAX.minusYears(1))) {
            FloorTexts.add(v, "to", "range.unsupported", rule);
            return false;
        }
        if (to.toEpochDay() - from.toEpochDay() > DutyCalendar.MAX_SEARCH_DAYS) {
            FloorTexts.add(v, "to", "range.tooLong", rule, DutyCalendar.MAX_SEARCH_DAYS);
            return false;
        }
        return true;
    }
}
