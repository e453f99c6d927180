package dev.kefu.core.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What {@link BusinessCalendar#coverageAlert} found (CORE-CAL-3).
 *
 * @param status  the status
 * @param lastPublishedDay  the last day answered from published schedules
 * @param lastCoveredDay  the last day the calendar answers at all (the estimate's end)
 * @param daysOfPublishedCoverageLeft  days from today to the last published day, 0 once past
 * @param provisionalYears  the years answered from the estimate
 */
public record CoverageAlert(Status status, LocalDate lastPublishedDay, LocalDate lastCoveredDay,
        long daysOfPublishedCoverageLeft, List<Integer> provisionalYears) {

    /** Copies the list. */
    public CoverageAlert {
        provisionalYears = List.copyOf(provisionalYears);
    }

    /** Whether the host should act: published coverage ends soon, has ended, or nothing covers today. */
    public boolean needsAction() {
        return status != Status.COVERED;
    }

    /** The coverage status. */
    public enum Status {
        /** Published schedules cover today and the warning period after it. */
        COVERED,
        /** Published schedules end within the warning period. */
        ENDING_SOON,
        /** Today is already after the last published day: answers are provisional. */
        PROVISIONAL,
        /** Today is after the last day the calendar answers at all. */
        UNCOVERED;

        /**
         * The status's label in a language (zh-CN or English).
         *
         * @param locale  the language, not null
         * @return the label, not null
         */
        public String label(Locale locale) {
            return BusinessCalendarTexts.BUNDLE.format(locale, "coverage.status." + name());
        }
    }
}

/** Texts of the calendar package. */
final class BusinessCalendarTexts {
    static final dev.kefu.core.decision.MessageBundle BUNDLE =
            dev.kefu.core.decision.MessageBundle.beside(BusinessCalendarTexts.class, "messages");

    private BusinessCalendarTexts() {
    }
}
