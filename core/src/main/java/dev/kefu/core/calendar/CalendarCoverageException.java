package dev.kefu.core.calendar;

import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;

/**
 * Thrown when a calendar is asked about a date it has no data for (CORE-CAL-1: asking about
 * a date the calendar does not cover is an error, not a silent guess). The message names the
 * covered range. A calendar built with
 * {@link BusinessCalendar.Builder#weekendsOnlyOutsideCoverage()} never throws this.
 *
 * <p>It is a {@link PolicyInputException}, so a host that catches the one documented type
 * catches this too.
 */
public final class CalendarCoverageException extends PolicyInputException {

    private static final long serialVersionUID = 1L;
    private static final MessageBundle MESSAGES = MessageBundle.beside(CalendarCoverageException.class, "messages");

    private static final RuleId RULE = RuleId.of("CORE-CAL-1");

    private final LocalDate firstDay;
    private final LocalDate lastDay;

    private CalendarCoverageException(Violation violation, LocalDate firstDay, LocalDate lastDay) {
        super(List.of(violation));
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /** A date asked about lies outside the covered range. */
    static CalendarCoverageException forDate(String path, LocalDate date, LocalDate firstDay, LocalDate lastDay) {
        return new CalendarCoverageException(Violation.of(path, MESSAGES, "calendar.coverage", RULE,
                date, firstDay, lastDay), firstDay, lastDay);
    }

    /** The answer to a question about covered dates lies outside the covered range. */
    static CalendarCoverageException forResult(String path, LocalDate firstDay, LocalDate lastDay) {
        return new CalendarCoverageException(Violation.of(path, MESSAGES, "calendar.coverage.result", RULE,
                firstDay, lastDay), firstDay, lastDay);
    }

    /** The first day the calendar covers. */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** The last day the calendar covers. */
    public LocalDate lastDay() {
        return lastDay;
    }
}
