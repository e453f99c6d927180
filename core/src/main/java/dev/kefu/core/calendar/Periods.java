package dev.kefu.core.calendar;

import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The periods the catalogue uses, in one place (CORE-CAL-4), exactly as the catalogue's
 * "Definitions and precedence" section states them.
 *
 * <ul>
 *   <li><b>n months from an event</b> (Civil Code arts. 201–203): the event's day is not
 *       counted; the period ends at the end of the day in the n-th following month that has the
 *       event's day number, or of that month's last day when it has none. So 2 months from
 *       15 March end on 15 May; from 31 December 2024 on 28 February 2025.
 *       {@link #lastDayOfMonths(LocalDate, int)} is that last day; a date is
 *       {@linkplain #isWithinMonths within} the period from the event's day through it, and
 *       {@linkplain #isMoreThanMonths "more than n months"} after the event from the day after
 *       it.</li>
 *   <li><b>n working days</b> from an event exclude the event's day and end at close of
 *       business (CORE-CAL-2) of the n-th working day after it:
 *       {@link #workingDaysDeadline(BusinessCalendar, Instant, int)}.</li>
 *   <li><b>"The month" of an act</b> is the calendar month of the act's date in the calendar's
 *       zone ({@code Asia/Shanghai} by default): {@link #monthOf(Instant, ZoneId)}. A swap counts
 *       in the month of the shift it moves; a pay sanction uses the month the offence was
 *       committed.</li>
 *   <li><b>Day</b> means calendar day in the calendar's zone: {@link #dayOf(Instant, ZoneId)}.
 *       A desk that works every day counts its notice periods and daily duties on its own
 *       {@link DutyCalendar} (default: every day).</li>
 *   <li><b>Security clocks</b> (SEC-3, SEC-5) run in elapsed time, not working hours:
 *       {@link #elapsedDeadline(Instant, Duration)}.</li>
 * </ul>
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class Periods {

    /** CORE-CAL-4. */
    public static final RuleId CAL_4 = RuleId.of("CORE-CAL-4");
    private static final MessageBundle MESSAGES = MessageBundle.beside(Periods.class, "messages");

    private Periods() {
    }

    /**
     * The last day of a period of n months from an event (CORE-CAL-4, Civil Code arts.
     * 201–203): the day in the n-th following month with the event's day number, or that
     * month's last day when it has none.
     *
     * @param event  the event's day, not null
     * @param months  the number of months, at least 1
     * @return the last day of the period, not null
     * @throws dev.kefu.core.validation.PolicyInputException if the event is null, the number of
     *     months is below 1 or the end is beyond the supported dates
     */
    public static LocalDate lastDayOfMonths(LocalDate event, int months) {
        Violations v = Violations.create();
        v.requireNonNull(event, "event", CAL_4);
        if (months < 1) {
            v.add("months", MESSAGES, "periods.monthsAtLeastOne", CAL_4);
        }
        v.throwIfAny();
        if (event.getYear() > LocalDate.MAX.getYear() - 1 - months / 12) {
            Violations.create().add("event", MESSAGES, "periods.tooLate", CAL_4).throwIfAny();
        }
        return event.plusMonths(months);
    }

    /**
     * Whether a day lies within n months of an event: from the event's day through
     * {@link #lastDayOfMonths(LocalDate, int)}, inclusive (CORE-CAL-4).
     *
     * @param event  the event's day, not null
     * @param months  the number of months, at least 1
     * @param day  the day asked about, not null
     * @return true from the event's day through the period's last day
     * @throws dev.kefu.core.validation.PolicyInputException on a null date or months below 1
     */
    public static boolean isWithinMonths(LocalDate event, int months, LocalDate day) {
        requireDay(day);
        LocalDate last = lastDayOfMonths(event, months);
        return !day.isBefore(event) && !day.isAfter(last);
    }

    /**
     * Whether "more than n months" have passed since an event on a day: true from the day
     * after {@link #lastDayOfMonths(LocalDate, int)} (CORE-CAL-4).
     *
     * @param event  the event's day, not null
     * @param months  the number of months, at least 1
     * @param day  the day asked about, not null
     * @return true once the period has ended
     * @throws dev.kefu.core.validation.PolicyInputException on a null date or months below 1
     */
    public static boolean isMoreThanMonths(LocalDate event, int months, LocalDate day) {
        requireDay(day);
        return day.isAfter(lastDayOfMonths(event, months));
    }

    /**
     * The deadline of a period of n working days from an event (CORE-CAL-4): the event's day
     * is excluded; close of business of the n-th working day after it. The same as
     * {@link BusinessCalendar#deadlineAfterWorkingDays(Instant, int)}.
     *
     * @param calendar  the business calendar, not null
     * @param event  the event, not null
     * @param workingDays  the number of working days, at least 1
     * @return the deadline, not null
     * @throws dev.kefu.core.validation.PolicyInputException on a null argument or fewer than 1 day
     * @throws CalendarCoverageException if the answer is not covered
     */
    public static Instant workingDaysDeadline(BusinessCalendar calendar, Instant event, int workingDays) {
        Violations v = Violations.create();
        v.requireNonNull(calendar, "calendar", CAL_4);
        v.throwIfAny();
        return calendar.deadlineAfterWorkingDays(event, workingDays);
    }

    /**
     * The calendar month of an act in a zone (CORE-CAL-4: "per month", "the month's pay").
     *
     * @param act  the instant of the act, not null
     * @param zone  the zone, not null
     * @return the month, not null
     * @throws dev.kefu.core.validation.PolicyInputException on a null argument
     */
    public static YearMonth monthOf(Instant act, ZoneId zone) {
        return YearMonth.from(dayOf(act, zone));
    }

    /**
     * The calendar month of a day (CORE-CAL-4).
     *
     * @param day  the day, not null
     * @return the month, not null
     * @throws dev.kefu.core.validation.PolicyInputException on a null day
     */
    public static YearMonth monthOf(LocalDate day) {
        requireDay(day);
        return YearMonth.from(day);
    }

    /**
     * The calendar day of an instant in a zone (CORE-CAL-4: "day" is a calendar day in the
     * calendar's zone).
     *
     * @param instant  the instant, not null
     * @param zone  the zone, not null
     * @return the local date, not null
     * @throws dev.kefu.core.validation.PolicyInputException on a null argument
     */
    public static LocalDate dayOf(Instant instant, ZoneId zone) {
        Violations v = Violations.create();
        v.requireNonNull(instant, "instant", CAL_4);
        v.requireNonNull(zone, "zone", CAL_4);
        v.throwIfAny();
        return LocalDate.ofInstant(instant, zone);
    }

    /**
     * An elapsed-time deadline (CORE-CAL-4: security clocks such as SEC-3's 15 days and
     * SEC-5's 1 hour run in elapsed time, nights and holidays included).
     *
     * @param event  the event, not null
     * @param period  the elapsed period, not negative, not null
     * @return event + period, not null
     * @throws dev.kefu.core.validation.PolicyInputException on a null argument, a negative
     *     period or an answer beyond {@link Instant#MAX}
     */
    public static Instant elapsedDeadline(Instant event, Duration period) {
        Violations v = Violations.create();
        v.requireNonNull(event, "event", CAL_4);
        if (v.requireNonNull(period, "period", CAL_4) && period.isNegative()) {
            v.add("period", MESSAGES, "calendar.negativeDuration", CAL_4);
        }
        v.throwIfAny();
        try {
            return event.plus(period);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            Violations.create().add("period", MESSAGES, "calendar.durationTooLong", CAL_4).throwIfAny();
            throw e;
        }
    }

    /**
     * A deadline measured from the end of a calendar day in a zone (CORE-CAL-4: "day" is a
     * calendar day in the calendar's zone): midnight ending the day, plus an elapsed period —
     * for duties due "the day after" or "within n hours of the day's close".
     *
     * @param day  the day, not null
     * @param zone  the zone, not null
     * @param after  the time after midnight ending the day, not negative, not null
     * @return the deadline, not null
     * @throws dev.kefu.core.validation.PolicyInputException on a null argument, a negative
     *     period or an answer beyond the supported dates
     */
    public static Instant afterDayEnd(LocalDate day, ZoneId zone, Duration after) {
        Violations v = Violations.create();
        v.requireNonNull(day, "day", CAL_4);
        v.requireNonNull(zone, "zone", CAL_4);
        v.throwIfAny();
        if (day.getYear() >= LocalDate.MAX.getYear()) {
            Violations.create().add("day", MESSAGES, "periods.tooLate", CAL_4).throwIfAny();
        }
        return elapsedDeadline(day.plusDays(1).atStartOfDay(zone).toInstant(), after);
    }

    private static void requireDay(LocalDate day) {
        Violations v = Violations.create();
        v.requireNonNull(day, "day", CAL_4);
        v.throwIfAny();
    }
}
