package dev.kefu.core.calendar;

import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The duty calendar of a desk that may work every day (CORE-CAL-4): a desk counts its notice
 * periods and daily duties (MTR-16, ORD-4, EST-3) on the days it is on duty. The host supplies
 * it; the default, {@link #everyDay()}, is on duty every day. {@link #of(BusinessCalendar)}
 * uses a business calendar's working days.
 *
 * <p>Implementation Requirements: implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface DutyCalendar {

    /** The longest search, in days, for the next duty day before the calendar is judged to have none. */
    int MAX_SEARCH_DAYS = 3_660;

    /**
     * Whether the desk is on duty on a day.
     *
     * @param day  the day, not null
     * @return true on a duty day
     */
    boolean isDutyDay(LocalDate day);

    /** A desk on duty every day, the default (CORE-CAL-4). */
    static DutyCalendar everyDay() {
        return EveryDay.INSTANCE;
    }

    /**
     * A desk on duty on the working days of a business calendar.
     *
     * @param calendar  the calendar, not null
     * @return the duty calendar
     * @throws dev.kefu.core.validation.PolicyInputException if the calendar is null
     */
    static DutyCalendar of(BusinessCalendar calendar) {
        Violations v = Violations.create();
        v.requireNonNull(calendar, "calendar", Periods.CAL_4);
        v.throwIfAny();
        return new OfBusinessCalendar(calendar);
    }

    /**
     * A desk on duty on the days a predicate accepts.
     *
     * @param dutyDays  the predicate, not null
     * @return the duty calendar
     * @throws dev.kefu.core.validation.PolicyInputException if the predicate is null
     */
    static DutyCalendar of(Predicate<LocalDate> dutyDays) {
        Violations v = Violations.create();
        v.requireNonNull(dutyDays, "dutyDays", Periods.CAL_4);
        v.throwIfAny();
        return dutyDays::test;
    }

    /**
     * The n-th duty day after a day (the day itself is not counted, CORE-CAL-4); for n = 0 the
     * day itself.
     *
     * @param day  the start, not null
     * @param n  the number of duty days, not negative
     * @return the duty day reached, not null
     * @throws dev.kefu.core.validation.PolicyInputException on a null day, a negative n or a
     *     calendar with no duty day within {@value #MAX_SEARCH_DAYS} days
     */
    default LocalDate plusDutyDays(LocalDate day, int n) {
        Violations v = Violations.create();
        v.requireNonNull(day, "day", Periods.CAL_4);
        if (n < 0) {
            v.add("n", DutyTexts.BUNDLE, "duty.negative", Periods.CAL_4);
        }
        v.throwIfAny();
        LocalDate d = day;
        for (int i = 0; i < n; i++) {
            d = nextDutyDay(d);
        }
        return d;
    }

    /**
     * The first duty day strictly after a day.
     *
     * @param day  the day, not null
     * @return the next duty day, not null
     * @throws dev.kefu.core.validation.PolicyInputException on a null day or a calendar with
     *     no duty day within {@value #MAX_SEARCH_DAYS} days
     */
    default LocalDate nextDutyDay(LocalDate day) {
        Violations v = Violations.create();
        v.requireNonNull(day, "day", Periods.CAL_4);
        v.throwIfAny();
        LocalDate d = day;
        for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
            if (d.equals(LocalDate.MAX)) {
                break;
            }
            d = d.plusDays(1);
            if (isDutyDay(d)) {
                return d;
            }
        }
        Violations.create().add("dutyCalendar", DutyTexts.BUNDLE, "duty.none", Periods.CAL_4, MAX_SEARCH_DAYS).throwIfAny();
        throw new AssertionError("unreachable");
    }

    /**
     * Counts the duty days in (a, b]: the first day is not counted, the last is (CORE-CAL-4);
     * zero when b is not after a.
     *
     * @param a  the start, not counted, not null
     * @param b  the end, counted, not null
     * @return the number of duty days, not negative
     * @throws dev.kefu.core.validation.PolicyInputException on a null date or a span longer
     *     than {@value #MAX_SEARCH_DAYS} days
     */
    default long dutyDaysBetween(LocalDate a, LocalDate b) {
        Violations v = Violations.create();
        v.requireNonNull(a, "a", Periods.CAL_4);
        v.requireNonNull(b, "b", Periods.CAL_4);
        v.throwIfAny();
        if (!b.isAfter(a)) {
            return 0;
        }
        if (b.toEpochDay() - a.toEpochDay() > MAX_SEARCH_DAYS) {
            Violations.create().add("b", DutyTexts.BUNDLE, "duty.spanTooLong", Periods.CAL_4, MAX_SEARCH_DAYS).throwIfAny();
        }
        long count = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isDutyDay(d)) {
                count++;
            }
        }
        return count;
    }
}

/** Every day is a duty day. */
enum EveryDay implements DutyCalendar {
    INSTANCE;

    @Override
    public boolean isDutyDay(LocalDate day) {
        return true;
    }

    @Override
    public LocalDate plusDutyDays(LocalDate day, int n) {
        if (day == null || n < 0 || day.toEpochDay() > LocalDate.MAX.toEpochDay() - n) {
            return DutyCalendar.super.plusDutyDays(day, n);
        }
        return day.plusDays(n);
    }
}

/** The working days of a business calendar as duty days. */
record OfBusinessCalendar(BusinessCalendar calendar) implements DutyCalendar {
    @Override
    public boolean isDutyDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    @Override
    public LocalDate plusDutyDays(LocalDate day, int n) {
        if (day == null || n < 0) {
            return DutyCalendar.super.plusDutyDays(day, n);
        }
        return n == 0 ? day : calendar.plusWorkingDays(day, n);
    }
}

/** Texts of the duty calendar. */
final class DutyTexts {
    static final MessageBundle BUNDLE = MessageBundle.beside(DutyTexts.class, "messages");

    private DutyTexts() {
    }
}
