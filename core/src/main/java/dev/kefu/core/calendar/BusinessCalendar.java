package dev.kefu.core.calendar;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLongArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working days and working hours of a customer-service desk (CORE-CAL-1, CORE-CAL-2).
 *
 * <h2>Working days (CORE-CAL-1)</h2>
 * Saturdays and Sundays are off, official public holidays (法定节假日) are off and official
 * make-up working days (调休上班日) are on. A host may add company holidays and working days,
 * which override the official schedule, or build a calendar from scratch (for example from
 * its ERP's calendar table). {@link #chinaOfficial()} is the shipped mainland-China schedule
 * for 2020–2026, followed by the provisional statutory estimate.
 *
 * <h2>Years not yet published (CORE-CAL-3)</h2>
 * The State Council publishes each year's schedule late in the year before. A calendar built
 * with {@link Builder#statutoryEstimate()} — {@link #chinaOfficial()} is — answers later years
 * from a provisional {@link StatutoryEstimate} (the statutory holidays and Article 6's 补假,
 * no make-up working days) up to {@value StatutoryEstimate#LAST_YEAR}, and can say of every
 * answer whether it touched a provisional day: {@link #lastPublishedDay()},
 * {@link #isProvisional(LocalDate)}, {@link #describe(LocalDate)}'s
 * {@link CalendarDay#provisional()}, the {@code …Detailed} methods returning a
 * {@link CalendarAnswer}, and {@link #provisionalReasons(LocalDate, LocalDate)} for a
 * decision. A host loads a year's schedule the day it is published
 * ({@link #withPublishedSchedule(PublishedSchedule)}, from kefu's CSV or the holiday-cn JSON)
 * and that year stops being provisional. The first use of each provisional year is logged
 * once (SLF4J WARN); {@link #coverageAlert(LocalDate, Period)} is the check a host runs daily.
 * {@link #chinaOfficialStrict()} has no estimate: a date after 2026 is a
 * {@link CalendarCoverageException} (CORE-CAL-1).
 *
 * <p>A calendar covers a range of dates. Asking about a date outside it throws
 * {@link CalendarCoverageException}, naming the range, unless the calendar was built with
 * {@link Builder#weekendsOnlyOutsideCoverage()}, in which case days outside the range are
 * working days exactly when they are not weekend days.
 *
 * <h2>Working hours (CORE-CAL-2)</h2>
 * Each working day has {@link WorkingHours}: intervals of local time in the calendar's zone
 * (default {@code Asia/Shanghai}), configurable per date range because hours change by
 * season. Overlapping shifts are merged, never counted twice: the default is the desk's
 * 08:00–15:30 and 14:30–22:00 shifts, staffed 08:00–22:00, 14 hours a day. Working time is
 * measured in local wall-clock time. Outside the covered range the default hours apply.
 *
 * <h2>Counting conventions</h2>
 * <ul>
 *   <li>{@link #plusWorkingDays(LocalDate, int) plusWorkingDays(d, n)} for n &gt; 0 is the
 *       n-th working day after d (a non-working d first moves to the next working day,
 *       which counts as the first); for n &lt; 0 the |n|-th working day before d; for n = 0
 *       d itself.</li>
 *   <li>{@link #workingDaysBetween(LocalDate, LocalDate) workingDaysBetween(a, b)} counts
 *       the working days in (a, b]: the first day is not counted, the last is, as the Civil
 *       Code counts periods; it is negative when b is before a. For every date d and every
 *       n &gt; 0, {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}; for a working
 *       day d this holds for negative n too.</li>
 *   <li>{@link #workingTimeBetween(Instant, Instant)} is the working time between two
 *       instants; {@link #plusWorkingTime(Instant, Duration)} is the earliest instant by
 *       which the given working time has passed, so
 *       {@code workingTimeBetween(t, plusWorkingTime(t, x)).equals(x)}.</li>
 * </ul>
 *
 * <h2>Deadlines in working days</h2>
 * {@link #deadlineAfterWorkingDays(Instant, int)} follows the PRC Civil Code arts. 201–203:
 * the day of receipt is not counted; the period is the next n working days; it ends at close
 * of business (the end of the last working interval) of the n-th working day. Example with
 * the 2025 National Day week (Oct 1–8 off, Sat Sep 28 and Sat Oct 11 working): a complaint
 * received at 21:30 on Tuesday 30 September 2025 with a 2-working-day reply period (CMP-7)
 * is due at 22:00 on Friday 10 October 2025 — Oct 9 is the first working day after receipt,
 * Oct 10 the second.
 *
 * <h2>Cost</h2>
 * Every query is a few lookups in tables built once: a cumulative working-day count and a
 * cumulative working-time count per covered day, and the list of working days. Adding 1 or
 * 1,000 working days costs the same; {@link #plusWorkingTime} binary-searches the day
 * (O(log n)); nothing loops over days. The covered range may be at most
 * {@value #MAX_COVERED_YEARS} years.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class BusinessCalendar {

    /** The default zone, {@code Asia/Shanghai}. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    /** The earliest year a calendar may cover. */
    public static final int MIN_YEAR = 1900;
    /** The latest year a calendar may cover. */
    public static final int MAX_YEAR = 9999;
    /** The longest covered range, in years. */
    public static final int MAX_COVERED_YEARS = 400;

    static final RuleId CAL_1 = RuleId.of("CORE-CAL-1");
    static final RuleId CAL_2 = RuleId.of("CORE-CAL-2");
    static final RuleId CAL_3 = StatutoryEstimate.CAL_3;
    private static final Logger LOG = LoggerFactory.getLogger(BusinessCalendar.class);
    private static final MessageBundle MESSAGES = MessageBundle.beside(BusinessCalendar.class, "messages");
    private static final long NANOS_PER_DAY = WorkingHours.NANOS_PER_DAY;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final ZoneOffset fixedOffset;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final long firstEpochDay;
    private final int days;
    private final boolean weekendsOnlyOutside;
    private final Set<DayOfWeek> weekendDays;
    private final WeeklyPattern weekly;
    private final WorkingHours defaultHours;
    private final List<HoursRange> hoursRanges;
    private final NavigableMap<LocalDate, Entry> official;
    private final NavigableMap<LocalDate, Entry> company;
    private final NavigableMap<LocalDate, Entry> estimated;
    private final boolean estimate;
    private final Set<Integer> publishedYears;
    /** provisional[i] for the covered day at offset i. */
    private final java.util.BitSet provisional;
    /** The first covered offset that is provisional; days when none is. */
    private final long firstProvisionalOff;
    /** One bit per covered year whose first provisional use has been logged. */
    private final AtomicLongArray warnedYears;
    /** provisionalYear[y - first covered year]: whether the year is estimated. */
    private final boolean[] provisionalYear;
    /** 1 for a provisional day whose year has not been logged yet; 0 otherwise. */
    private final byte[] unwarned;

    /** rankBefore[i] = working days in [firstDay, firstDay + i); length days + 1. */
    private final int[] rankBefore;
    /** offsets of the working days, in order. */
    private final int[] workingOffsets;
    private final int totalWorking;
    /** nanosBefore[i] = working nanos in [firstDay, firstDay + i); length days + 1. */
    private final long[] nanosBefore;
    /** hours of each covered day, null on days off. */
    private final WorkingHours[] hoursOf;
    /** one LocalDate per covered day, so that answers allocate nothing. */
    private final LocalDate[] dates;
    private final long weeklyBeforeFirst;
    private final long weeklyBeforeEnd;
    /** The first covered year. */
    private final int firstYear;
    /** monthStart[12 * (y - firstYear) + m - 1] = offset of the 1st of month m of year y (may be negative for the first month). */
    private final int[] monthStart;

    private BusinessCalendar(Builder b) {
        this.zone = b.zone;
        this.rules = zone.getRules();
        this.fixedOffset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH) : null;
        this.firstDay = b.firstDay;
        this.lastDay = b.lastDay;
        this.firstEpochDay = firstDay.toEpochDay();
        this.days = (int) (lastDay.toEpochDay() - firstEpochDay + 1);
        this.weekendsOnlyOutside = b.weekendsOnlyOutside;
        this.weekendDays = Collections.unmodifiableSet(EnumSet.copyOf(b.weekendDays));
        this.weekly = new WeeklyPattern(weekendDays);
        this.defaultHours = b.defaultHours;
        List<HoursRange> ranges = new ArrayList<>(b.hoursRanges);
        ranges.sort((x, y) -> x.from.compareTo(y.from));
        this.hoursRanges = Collections.unmodifiableList(ranges);
        this.official = Collections.unmodifiableNavigableMap(new TreeMap<>(b.official));
        this.company = Collections.unmodifiableNavigableMap(new TreeMap<>(b.company));
        this.estimate = b.estimate;
        this.publishedYears = Collections.unmodifiableSet(new TreeSet<>(b.publishedYears));
        this.estimated = Collections.unmodifiableNavigableMap(new TreeMap<>(b.estimated));
        this.provisional = new java.util.BitSet(days);
        if (estimate) {
            for (int i = 0; i < days; i++) {
                int year = LocalDate.ofEpochDay(firstEpochDay + i).getYear();
                if (!publishedYears.contains(year)) {
                    provisional.set(i);
                }
            }
        }
        this.unwarned = new byte[days];
        for (int i = provisional.nextSetBit(0); i >= 0; i = provisional.nextSetBit(i + 1)) {
            unwarned[i] = 1;
        }
        int firstProv = provisional.nextSetBit(0);
        this.firstProvisionalOff = firstProv < 0 ? days : firstProv;
        this.warnedYears = new AtomicLongArray((lastDay.getYear() - firstDay.getYear()) / 64 + 1);
        this.provisionalYear = new boolean[lastDay.getYear() - firstDay.getYear() + 1];
        for (int y = firstDay.getYear(); y <= lastDay.getYear(); y++) {
            provisionalYear[y - firstDay.getYear()] = estimate && !publishedYears.contains(y);
        }

        this.rankBefore = new int[days + 1];
        this.nanosBefore = new long[days + 1];
        this.hoursOf = new WorkingHours[days];
        this.dates = new LocalDate[days];
        int[] working = new int[days];
        int count = 0;
        long nanos = 0;
        int rangeIndex = 0;
        for (int i = 0; i < days; i++) {
            LocalDate date = LocalDate.ofEpochDay(firstEpochDay + i);
            dates[i] = date;
            rankBefore[i] = count;
            nanosBefore[i] = nanos;
            if (kindOf(date).isWorking()) {
                while (rangeIndex < ranges.size() && ranges.get(rangeIndex).to.isBefore(date)) {
                    rangeIndex++;
                }
                WorkingHours h = rangeIndex < ranges.size() && !ranges.get(rangeIndex).from.isAfter(date)
                        ? ranges.get(rangeIndex).hours : defaultHours;
                hoursOf[i] = h;
                working[count++] = i;
                nanos += h.totalNanos();
            }
        }
        rankBefore[days] = count;
        nanosBefore[days] = nanos;
        this.totalWorking = count;
        this.workingOffsets = java.util.Arrays.copyOf(working, count);
        this.weeklyBeforeFirst = weekly.before(firstEpochDay);
        this.weeklyBeforeEnd = weekly.before(firstEpochDay + days);
        this.firstYear = firstDay.getYear();
        int months = (lastDay.getYear() - firstYear + 1) * 12;
        this.monthStart = new int[months];
        for (int i = 0; i < months; i++) {
            monthStart[i] = (int) (LocalDate.of(firstYear + i / 12, i % 12 + 1, 1).toEpochDay() - firstEpochDay);
        }
    }

    private static final class OfficialHolder {
        static final BusinessCalendar INSTANCE = builder().officialChinaSchedule().statutoryEstimate().build();
    }

    private static final class StrictHolder {
        static final BusinessCalendar INSTANCE = builder().officialChinaSchedule().build();
    }

    /**
     * The official mainland-China calendar: the State Council's schedules for 2020–2026
     * (weekends off, public holidays off, make-up working days on), then the provisional
     * statutory estimate up to {@value StatutoryEstimate#LAST_YEAR} (CORE-CAL-3); zone
     * {@code Asia/Shanghai}; the desk's 08:00–22:00 hours (CORE-CAL-1, CORE-CAL-2). Answers
     * that touch a day after {@link #lastPublishedDay()} are provisional. Dates before 2020 or
     * after the estimate are refused.
     *
     * @return the shared calendar, not null
     */
    public static BusinessCalendar chinaOfficial() {
        return OfficialHolder.INSTANCE;
    }

    /**
     * The official mainland-China calendar in strict mode: the published schedules only
     * (2020–2026); any other date is a {@link CalendarCoverageException} (CORE-CAL-1).
     *
     * @return the shared calendar, not null
     */
    public static BusinessCalendar chinaOfficialStrict() {
        return StrictHolder.INSTANCE;
    }

    /**
     * This calendar with a published schedule loaded: each year the schedule holds replaces
     * the shipped data or the provisional estimate for that year and stops being provisional;
     * the coverage grows to include it (CORE-CAL-1, CORE-CAL-3). This calendar is unchanged.
     *
     * @param schedule  the published schedule, not null
     * @return the new calendar, not null
     * @throws dev.kefu.core.validation.PolicyInputException if the schedule is null or the
     *     resulting calendar is inconsistent (a company day becomes both off and on)
     */
    public BusinessCalendar withPublishedSchedule(PublishedSchedule schedule) {
        Violations v = Violations.create();
        v.requireNonNull(schedule, "schedule", CAL_1);
        v.throwIfAny();
        return toBuilder().publishedSchedule(schedule).build();
    }

    /** A builder with the defaults: Saturday and Sunday off, {@code Asia/Shanghai}, the desk's hours, no coverage yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this calendar's settings, to derive a company calendar from it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.zone = zone;
        b.firstDay = firstDay;
        b.lastDay = lastDay;
        b.weekendDays = EnumSet.copyOf(weekendDays);
        b.weekendsOnlyOutside = weekendsOnlyOutside;
        b.defaultHours = defaultHours;
        b.hoursRanges.addAll(hoursRanges);
        b.official.putAll(official);
        b.company.putAll(company);
        b.publishedYears.addAll(publishedYears);
        b.estimate = estimate;
        return b;
    }

    // ------------------------------------------------------------------ days

    /**
     * Whether a date is a working day (CORE-CAL-1).
     *
     * @param date  the date, not null
     * @return true if a working day
     * @throws CalendarCoverageException if the date is not covered
     */
    public boolean isWorkingDay(LocalDate date) {
        long off = offsetOf(date, "date");
        return isWorkingAt(off);
    }

    /**
     * What the calendar knows of a date: working or not, why, and the holiday's name.
     *
     * @param date  the date, not null
     * @return the day, not null
     * @throws CalendarCoverageException if the date is not covered
     */
    public CalendarDay describe(LocalDate date) {
        long off = offsetOf(date, "date");
        if (off < 0 || off >= days) {
            return new CalendarDay(date, weekly.isWorking(date.toEpochDay()) ? DayKind.WEEKDAY : DayKind.WEEKEND, Optional.empty());
        }
        boolean prov = provisional.get((int) off);
        Entry e = entryOf(date);
        if (e == null) {
            return new CalendarDay(date, weekly.isWorking(date.toEpochDay()) ? DayKind.WEEKDAY : DayKind.WEEKEND,
                    Optional.empty(), prov);
        }
        return new CalendarDay(date, e.kind(), Optional.of(e.name()), prov);
    }

    // ------------------------------------------------------------------ provisional years (CORE-CAL-3)

    /**
     * The last day up to which this calendar answers from published schedules (CORE-CAL-3):
     * the day before its first provisional day, or its last covered day when no day is
     * provisional (a calendar without the statutory estimate, or with every year loaded).
     *
     * @return the last published day, not null
     */
    public LocalDate lastPublishedDay() {
        return LocalDate.ofEpochDay(firstEpochDay + firstProvisionalOff - 1);
    }

    /**
     * Whether a date is answered from the provisional statutory estimate (CORE-CAL-3). O(1).
     *
     * @param date  the date, not null
     * @return true if the date's year is estimated, not published
     * @throws CalendarCoverageException if the date is not covered
     */
    public boolean isProvisional(LocalDate date) {
        long off = offsetOf(date, "date");
        return off >= firstProvisionalOff && off < days && provisional.get((int) off);
    }

    /**
     * Whether any day from a to b (inclusive, in either order) is provisional (CORE-CAL-3):
     * an answer computed across those days depends on the estimate. O(1).
     *
     * @param a  one end, not null
     * @param b  the other end, not null
     * @return true if a provisional day lies between them
     * @throws CalendarCoverageException if a date is not covered
     */
    public boolean isProvisionalBetween(LocalDate a, LocalDate b) {
        long offA = offsetOf(a, "a");
        long offB = offsetOf(b, "b");
        return touchesProvisional(Math.min(offA, offB), Math.max(offA, offB));
    }

    /**
     * Whether any day between two instants (their local dates in the calendar's zone,
     * inclusive) is provisional (CORE-CAL-3).
     *
     * @param a  one end, not null
     * @param b  the other end, not null
     * @return true if a provisional day lies between them
     * @throws CalendarCoverageException if a date is not covered
     */
    public boolean isProvisionalBetween(Instant a, Instant b) {
        Violations v = Violations.create();
        v.requireNonNull(a, "a", CAL_3);
        v.requireNonNull(b, "b", CAL_3);
        v.throwIfAny();
        long offA = Math.floorDiv(localEpochSecond(a), 86_400L) - firstEpochDay;
        long offB = Math.floorDiv(localEpochSecond(b), 86_400L) - firstEpochDay;
        requireCovered(offA, "a");
        requireCovered(offB, "b");
        return touchesProvisional(Math.min(offA, offB), Math.max(offA, offB));
    }

    /**
     * The years this calendar answers from the provisional estimate, ascending (CORE-CAL-3).
     *
     * @return the provisional years, empty when none
     */
    public List<Integer> provisionalYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = firstDay.getYear(); y <= lastDay.getYear(); y++) {
            if (estimate && !publishedYears.contains(y)) {
                years.add(y);
            }
        }
        return Collections.unmodifiableList(years);
    }

    /**
     * The reasons a decision cites when its dates touched provisional days (CORE-CAL-3): one
     * per provisional year between a and b, saying in zh-CN and English that the year's
     * schedule is not yet published and was estimated from the statutory holidays. Empty when
     * nothing between them is provisional.
     *
     * @param a  one end, not null
     * @param b  the other end, not null
     * @return the reasons, not null
     * @throws CalendarCoverageException if a date is not covered
     */
    public List<Reason> provisionalReasons(LocalDate a, LocalDate b) {
        if (!isProvisionalBetween(a, b)) {
            return List.of();
        }
        LocalDate from = a.isBefore(b) ? a : b;
        LocalDate to = a.isBefore(b) ? b : a;
        List<Reason> out = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (estimate && !publishedYears.contains(y)) {
                out.add(Reason.of(CAL_3, MESSAGES, "calendar.provisional", String.valueOf(y)));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The coverage check a host runs daily (CORE-CAL-3): whether the published schedules
     * still cover the dates ahead, and for how long.
     *
     * @param today  today's date in the calendar's zone, not null
     * @param warnBefore  how long before the published coverage ends to warn, not negative
     * @return a decision whose outcome says the status; {@code ENDING_SOON} and
     *     {@code PROVISIONAL} are the ones to alert on
     * @throws dev.kefu.core.validation.PolicyInputException on a null argument or a negative
     *     period
     */
    public Decision<CoverageAlert> coverageAlert(LocalDate today, Period warnBefore) {
        Violations v = Violations.create();
        v.requireNonNull(today, "today", CAL_3);
        if (v.requireNonNull(warnBefore, "warnBefore", CAL_3) && warnBefore.isNegative()) {
            v.add("warnBefore", MESSAGES, "calendar.negativeDuration", CAL_3);
        }
        v.throwIfAny();
        LocalDate published = lastPublishedDay();
        List<Integer> provYears = provisionalYears();
        CoverageAlert.Status status;
        Reason reason;
        long daysLeft = ChronoUnit.DAYS.between(today, published);
        if (today.isAfter(lastDay)) {
            status = CoverageAlert.Status.UNCOVERED;
            reason = Reason.of(CAL_3, MESSAGES, "calendar.alert.uncovered", lastDay.toString());
        } else if (today.isAfter(published)) {
            status = CoverageAlert.Status.PROVISIONAL;
            reason = Reason.of(CAL_3, MESSAGES, "calendar.alert.provisional", published.toString());
        } else if (!today.plus(warnBefore).isBefore(published)) {
            status = CoverageAlert.Status.ENDING_SOON;
            reason = Reason.of(CAL_3, MESSAGES, "calendar.alert.endingSoon", published.toString(),
                    String.valueOf(warnBefore.toTotalMonths() * 30 + warnBefore.getDays()), today.toString());
        } else {
            status = CoverageAlert.Status.COVERED;
            reason = Reason.of(CAL_3, MESSAGES, "calendar.alert.covered", published.toString(), String.valueOf(daysLeft),
                    today.toString());
        }
        List<Reason> reasons = new ArrayList<>();
        reasons.add(reason);
        if (status != CoverageAlert.Status.COVERED) {
            for (int y : provYears) {
                reasons.add(Reason.of(CAL_3, MESSAGES, "calendar.provisional", String.valueOf(y)));
            }
        }
        return Decision.of(new CoverageAlert(status, published, lastDay, Math.max(daysLeft, 0), provYears), reasons);
    }

    /**
     * The next working day strictly after a date.
     *
     * @param date  the date, not null
     * @return the next working day, not null
     * @throws CalendarCoverageException if the date or the answer is not covered
     */
    public LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /**
     * The last working day strictly before a date.
     *
     * @param date  the date, not null
     * @return the previous working day, not null
     * @throws CalendarCoverageException if the date or the answer is not covered
     */
    public LocalDate previousWorkingDay(LocalDate date) {
        return plusWorkingDays(date, -1);
    }

    /**
     * The date itself if it is a working day, else the next working day.
     *
     * @param date  the date, not null
     * @return the working day, not null
     * @throws CalendarCoverageException if the date or the answer is not covered
     */
    public LocalDate nextOrSameWorkingDay(LocalDate date) {
        return isWorkingDay(date) ? date : plusWorkingDays(date, 1);
    }

    /**
     * Moves by working days (CORE-CAL-1). For n &gt; 0 the n-th working day after the date (a
     * non-working date first moves to the next working day, which counts as the first); for
     * n &lt; 0 the |n|-th working day before it; for n = 0 the date itself. O(1).
     *
     * @param date  the start, not null
     * @param n  the number of working days, negative to move back
     * @return the working day reached, not null
     * @throws CalendarCoverageException if the date or the answer is not covered
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        long off = offsetOf(date, "date");
        if (n == 0) {
            return date;
        }
        long rank = rank(off);
        long target = n > 0 && !isWorkingAt(off) ? rank + n - 1 : rank + n;
        return dayAtRank(target);
    }

    /**
     * {@link #plusWorkingDays(LocalDate, int)} with whether the answer depended on a provisional
     * day (CORE-CAL-3).
     *
     * @param date  the start, not null
     * @param n  the number of working days, negative to move back
     * @return the working day reached and whether it is provisional, not null
     * @throws CalendarCoverageException if the date or the answer is not covered
     */
    public CalendarAnswer<LocalDate> plusWorkingDaysDetailed(LocalDate date, int n) {
        LocalDate answer = plusWorkingDays(date, n);
        return new CalendarAnswer<>(answer, isProvisionalBetween(date, answer));
    }

    /**
     * Counts the working days in (a, b]: after a, up to and including b, as the Civil Code
     * counts periods (CORE-CAL-1). Negative when b is before a:
     * {@code workingDaysBetween(b, a) == -workingDaysBetween(a, b)}. O(1).
     *
     * @param a  the start, not counted, not null
     * @param b  the end, counted, not null
     * @return the number of working days, negative if b is before a
     * @throws CalendarCoverageException if a date is not covered
     */
    public long workingDaysBetween(LocalDate a, LocalDate b) {
        long offA = offsetOf(a, "a");
        long offB = offsetOf(b, "b");
        return rank(offB + 1) - rank(offA + 1);
    }

    // ------------------------------------------------------------------ hours

    /** The calendar's zone. */
    public ZoneId zone() {
        return zone;
    }

    /** The first day covered. */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** The last day covered. */
    public LocalDate lastDay() {
        return lastDay;
    }

    /** The weekend days. */
    public Set<DayOfWeek> weekendDays() {
        return weekendDays;
    }

    /** Whether dates outside the covered range are answered by weekends alone. */
    public boolean isWeekendsOnlyOutsideCoverage() {
        return weekendsOnlyOutside;
    }

    /**
     * The working hours of a date (CORE-CAL-2); empty on a day off.
     *
     * @param date  the date, not null
     * @return the hours, empty on a day off
     * @throws CalendarCoverageException if the date is not covered
     */
    public Optional<WorkingHours> workingHours(LocalDate date) {
        long off = offsetOf(date, "date");
        return isWorkingAt(off) ? Optional.of(hoursAt(off)) : Optional.empty();
    }

    /**
     * Whether an instant falls inside working hours (CORE-CAL-2).
     *
     * @param instant  the instant, not null
     * @return true if inside a working interval of a working day
     * @throws CalendarCoverageException if the instant's date is not covered
     */
    public boolean isWorkingTime(Instant instant) {
        Violations.nonNull(instant, "instant", CAL_2);
        long local = localEpochSecond(instant);
        long off = Math.floorDiv(local, 86_400L) - firstEpochDay;
        requireCovered(off, "instant");
        if (!isWorkingAt(off)) {
            return false;
        }
        long nod = Math.floorMod(local, 86_400L) * 1_000_000_000L + instant.getNano();
        WorkingHours h = hoursAt(off);
        return h.workedBefore(nod + 1) > h.workedBefore(nod);
    }

    /**
     * The instant a working day closes: the end of its last working interval.
     *
     * @param date  a working day, not null
     * @return the close of business, not null
     * @throws dev.kefu.core.validation.PolicyInputException if the date is not a working day
     *     or is not covered
     */
    public Instant closeOfBusiness(LocalDate date) {
        long off = offsetOf(date, "date");
        if (!isWorkingAt(off)) {
            Violations.create().add("date", MESSAGES, "calendar.notWorkingDay", CAL_1, date).throwIfAny();
        }
        return toInstant(firstEpochDay + off, hoursAt(off).closeNanos());
    }

    /**
     * The working time between two instants, counting only working hours of working days
     * (CORE-CAL-2); negative when b is before a. O(1).
     *
     * @param a  the start, not null
     * @param b  the end, not null
     * @return the working time, not null
     * @throws CalendarCoverageException if a date is not covered
     */
    public Duration workingTimeBetween(Instant a, Instant b) {
        Violations v = Violations.create();
        v.requireNonNull(a, "a", CAL_2);
        v.requireNonNull(b, "b", CAL_2);
        v.throwIfAny();
        return Duration.ofNanos(Math.subtractExact(workedUpTo(b, "b"), workedUpTo(a, "a")));
    }

    /**
     * The earliest instant by which the given working time has passed after an instant
     * (CORE-CAL-2). Time outside working hours does not count; when the time runs out exactly
     * at the end of a working interval the answer is that end, not the next opening. A zero
     * duration returns the instant itself. O(log n) in the covered days.
     *
     * @param instant  the start, not null
     * @param workingTime  the working time to add, not negative, not null
     * @return the instant reached, not null
     * @throws dev.kefu.core.validation.PolicyInputException if the duration is negative
     * @throws CalendarCoverageException if a date is not covered
     */
    public Instant plusWorkingTime(Instant instant, Duration workingTime) {
        Violations v = Violations.create();
        v.requireNonNull(instant, "instant", CAL_2);
        if (v.requireNonNull(workingTime, "workingTime", CAL_2) && workingTime.isNegative()) {
            v.add("workingTime", MESSAGES, "calendar.negativeDuration", CAL_2);
        }
        v.throwIfAny();
        if (workingTime.isZero()) {
            return instant;
        }
        long start = workedUpTo(instant, "instant");
        long add = toNanos(workingTime);
        if (add > Long.MAX_VALUE - Math.max(start, 0)) {
            Violations.create().add("workingTime", MESSAGES, "calendar.durationTooLong", CAL_2).throwIfAny();
        }
        long target = start + add;
        long total = nanosBefore[days];
        if (target > 0 && target <= total) {
            int day = firstAtLeast(target) - 1;
            long within = target - nanosBefore[day];
            return toInstant(firstEpochDay + day, hoursOf[day].nanoOfDayAfterWorked(within));
        }
        if (!weekendsOnlyOutside) {
            throw CalendarCoverageException.forResult("workingTime", firstDay, lastDay);
        }
        long perDay = defaultHours.totalNanos();
        long relative = target > 0 ? target - total : target;
        long rank = -Math.floorDiv(-relative, perDay) - 1; // ceil(relative / perDay) - 1
        if (rank > FALLBACK_DAYS || rank < -FALLBACK_DAYS) {
            throw CalendarCoverageException.forResult("workingTime", firstDay, lastDay);
        }
        long within = relative - rank * perDay;
        long epochDay = weekly.dayAtRank((target > 0 ? weeklyBeforeEnd : weeklyBeforeFirst) + rank);
        return toInstant(epochDay, defaultHours.nanoOfDayAfterWorked(within));
    }

    /**
     * The deadline of a period of n working days, counted as the PRC Civil Code arts. 201–203
     * count periods: the day of receipt is not counted, the period is the next n working
     * days, and it ends at close of business of the n-th. Received at any time on a day — even
     * after close of business, or on a day off — the first working day after that day is day
     * one. See the class documentation for a worked example.
     *
     * @param received  when the matter was received, not null
     * @param n  the period in working days, at least 1
     * @return the instant the period ends, not null
     * @throws dev.kefu.core.validation.PolicyInputException if n is below 1
     * @throws CalendarCoverageException if a date is not covered
     */
    public Instant deadlineAfterWorkingDays(Instant received, int n) {
        Violations v = Violations.create();
        v.requireNonNull(received, "received", CAL_1);
        if (n < 1) {
            v.add("n", MESSAGES, "calendar.periodAtLeastOne", CAL_1);
        }
        v.throwIfAny();
        long off = Math.floorDiv(localEpochSecond(received), 86_400L) - firstEpochDay;
        requireCovered(off, "received");
        return closeOfBusiness(plusWorkingDays(dayOf(off), n));
    }

    /**
     * {@link #deadlineAfterWorkingDays(Instant, int)} with whether the deadline depended on a
     * provisional day (CORE-CAL-3).
     *
     * @param received  when the matter was received, not null
     * @param n  the period in working days, at least 1
     * @return the deadline and whether it is provisional, not null
     * @throws dev.kefu.core.validation.PolicyInputException if n is below 1
     * @throws CalendarCoverageException if a date is not covered
     */
    public CalendarAnswer<Instant> deadlineAfterWorkingDaysDetailed(Instant received, int n) {
        Instant due = deadlineAfterWorkingDays(received, n);
        return new CalendarAnswer<>(due, isProvisionalBetween(received, due));
    }

    /**
     * {@link #workingTimeBetween(Instant, Instant)} with whether the answer depended on a
     * provisional day (CORE-CAL-3).
     *
     * @param a  the start, not null
     * @param b  the end, not null
     * @return the working time and whether it is provisional, not null
     * @throws CalendarCoverageException if a date is not covered
     */
    public CalendarAnswer<Duration> workingTimeBetweenDetailed(Instant a, Instant b) {
        Duration d = workingTimeBetween(a, b);
        return new CalendarAnswer<>(d, isProvisionalBetween(a, b));
    }

    /**
     * {@link #plusWorkingTime(Instant, Duration)} with whether the answer depended on a
     * provisional day (CORE-CAL-3).
     *
     * @param instant  the start, not null
     * @param workingTime  the working time to add, not negative, not null
     * @return the instant reached and whether it is provisional, not null
     * @throws dev.kefu.core.validation.PolicyInputException if the duration is negative
     * @throws CalendarCoverageException if a date is not covered
     */
    public CalendarAnswer<Instant> plusWorkingTimeDetailed(Instant instant, Duration workingTime) {
        Instant t = plusWorkingTime(instant, workingTime);
        return new CalendarAnswer<>(t, isProvisionalBetween(instant, t));
    }

    /**
     * The working time from an instant to the deadline of n working days counted from it:
     * the same as {@code workingTimeBetween(received, deadlineAfterWorkingDays(received, n))},
     * computed from the tables alone, without building the deadline instant — for SLA engines
     * that check a million clocks at once. O(1).
     *
     * @param received  when the matter was received, not null
     * @param n  the period in working days, at least 1
     * @return the working time, not negative
     * @throws dev.kefu.core.validation.PolicyInputException if n is below 1
     * @throws CalendarCoverageException if a date is not covered
     */
    public Duration workingTimeToDeadline(Instant received, int n) {
        if (received == null || n < 1) { // checked without allocating: this is a hot path
            Violations v = Violations.create();
            v.requireNonNull(received, "received", CAL_1);
            if (n < 1) {
                v.add("n", MESSAGES, "calendar.periodAtLeastOne", CAL_1);
            }
            v.throwIfAny();
        }
        long local = localEpochSecond(received);
        long receivedOff = Math.floorDiv(local, 86_400L) - firstEpochDay;
        if (receivedOff < 0 || receivedOff >= days) {
            requireCovered(receivedOff, "received");
        }
        LocalDate day = dayOf(receivedOff);
        LocalDate dueDay = plusWorkingDays(day, n);
        long dueOff = dueDay.toEpochDay() - firstEpochDay;
        long atDueClose = atDayStart(dueOff) + hoursAt(dueOff).totalNanos();
        return Duration.ofNanos(atDueClose - workedUpTo(received, "received"));
    }

    // ------------------------------------------------------------------ internals

    private LocalDate dayOf(long off) {
        return off >= 0 && off < days ? dates[(int) off] : LocalDate.ofEpochDay(firstEpochDay + off);
    }

    /** Working nanos from the start of firstDay to the start of the day at an offset. */
    private long atDayStart(long off) {
        if (off >= 0 && off <= days) {
            return nanosBefore[(int) off];
        }
        long extraDays = rank(off) - (off < 0 ? 0 : totalWorking);
        return Math.addExact(off < 0 ? 0 : nanosBefore[days], Math.multiplyExact(extraDays, defaultHours.totalNanos()));
    }

    private DayKind kindOf(LocalDate date) {
        Entry e = entryOf(date);
        if (e != null) {
            return e.kind();
        }
        return weekly.isWorking(date.toEpochDay()) ? DayKind.WEEKDAY : DayKind.WEEKEND;
    }

    private Entry entryOf(LocalDate date) {
        Entry e = company.get(date);
        if (e == null) {
            e = official.get(date);
        }
        if (e == null) {
            e = estimated.get(date);
        }
        return e;
    }

    private boolean touchesProvisional(long fromOff, long toOff) {
        if (toOff < firstProvisionalOff || fromOff >= days) {
            return false;
        }
        int from = (int) Math.max(fromOff, firstProvisionalOff);
        int next = provisional.nextSetBit(from);
        boolean touched = next >= 0 && next <= toOff;
        if (touched) {
            warnOnce(next, Math.min(toOff, days - 1));
        }
        return touched;
    }

    /** Logs the first use of each provisional year between two covered offsets, once per calendar. */
    private void warnOnce(long fromOff, long toOff) {
        int fromYear = dates[(int) fromOff].getYear();
        int toYear = dates[(int) toOff].getYear();
        for (int y = fromYear; y <= toYear; y++) {
            if (provisionalYear[y - firstYear]) {
                warnYear(y);
            }
        }
    }

    /** Clears the not-yet-logged marks of a year's days (a benign race at worst re-checks the atomic bit). */
    private void clearUnwarned(int yearIndex) {
        int from = Math.max(0, monthStart[12 * yearIndex]);
        int to = 12 * (yearIndex + 1) < monthStart.length ? monthStart[12 * (yearIndex + 1)] : days;
        java.util.Arrays.fill(unwarned, from, Math.min(to, days), (byte) 0);
    }

    /** Logs the first use of a provisional year, once per calendar. */
    private void warnYear(int year) {
        int index = year - firstYear;
        long bit = 1L << (index & 63);
        while (true) {
            long seen = warnedYears.get(index >>> 6);
            if ((seen & bit) != 0) {
                clearUnwarned(index);
                return;
            }
            if (warnedYears.compareAndSet(index >>> 6, seen, seen | bit)) {
                clearUnwarned(index);
                LOG.warn("CORE-CAL-3: the {} holiday schedule is not loaded; answers use the provisional statutory estimate"
                        + " (load the State Council's schedule with BusinessCalendar.withPublishedSchedule)", year);
                return;
            }
        }
    }

    private long offsetOf(LocalDate date, String path) {
        if (date == null) {
            Violations.create().add(path, "required", CAL_1).throwIfAny();
        }
        int month = (date.getYear() - firstYear) * 12 + date.getMonthValue() - 1;
        long off = month >= 0 && month < monthStart.length
                ? monthStart[month] + date.getDayOfMonth() - 1 // a table lookup instead of toEpochDay's arithmetic
                : date.toEpochDay() - firstEpochDay;
        if ((off < 0 || off >= days) && (!weekendsOnlyOutside || off < -FALLBACK_DAYS || off >= days + FALLBACK_DAYS)) {
            throw CalendarCoverageException.forDate(path, date, firstDay, lastDay);
        }
        if (off >= firstProvisionalOff && off < days) {
            noteProvisional(off);
        }
        return off;
    }

    private void noteProvisional(long off) {
        if (unwarned[(int) off] != 0) { // one plain byte read once the year has been logged
            warnYear(dates[(int) off].getYear());
        }
    }

    private void requireCovered(long off, String path) {
        if ((off < 0 || off >= days) && (!weekendsOnlyOutside || off < -FALLBACK_DAYS || off >= days + FALLBACK_DAYS)) {
            throw CalendarCoverageException.forDate(path, safeDate(firstEpochDay + off), firstDay, lastDay);
        }
    }

    /** How far either side of its coverage the weekends-only fallback answers: 400 years. */
    private static final long FALLBACK_DAYS = MAX_COVERED_YEARS * 366L;

    private static LocalDate safeDate(long epochDay) {
        if (epochDay > LocalDate.MAX.toEpochDay()) {
            return LocalDate.MAX;
        }
        return epochDay < LocalDate.MIN.toEpochDay() ? LocalDate.MIN : LocalDate.ofEpochDay(epochDay);
    }

    private boolean isWorkingAt(long off) {
        if (off >= 0 && off < days) {
            return rankBefore[(int) off + 1] != rankBefore[(int) off];
        }
        return weekly.isWorking(firstEpochDay + off);
    }

    private WorkingHours hoursAt(long off) {
        return off >= 0 && off < days ? hoursOf[(int) off] : defaultHours;
    }

    /** Working days in [firstDay, firstDay + off), negative before firstDay; off may be days. */
    private long rank(long off) {
        if (off >= 0 && off <= days) {
            return rankBefore[(int) off];
        }
        long before = weekly.before(firstEpochDay + off);
        return off < 0 ? before - weeklyBeforeFirst : totalWorking + before - weeklyBeforeEnd;
    }

    /** The working day with exactly k working days between firstDay (inclusive) and it (exclusive). */
    private LocalDate dayAtRank(long k) {
        if (k >= 0 && k < totalWorking) {
            int off = workingOffsets[(int) k];
            if (off >= firstProvisionalOff) {
                noteProvisional(off);
            }
            return dates[off];
        }
        if (!weekendsOnlyOutside || k < -FALLBACK_DAYS || k > totalWorking + FALLBACK_DAYS) {
            throw CalendarCoverageException.forResult("n", firstDay, lastDay);
        }
        long epochDay = k < 0 ? weekly.dayAtRank(weeklyBeforeFirst + k)
                : weekly.dayAtRank(weeklyBeforeEnd + (k - totalWorking));
        return LocalDate.ofEpochDay(epochDay);
    }

    /** Working nanos from the start of firstDay up to an instant (negative before firstDay). */
    private long workedUpTo(Instant t, String path) {
        long local = localEpochSecond(t);
        long off = Math.floorDiv(local, 86_400L) - firstEpochDay;
        requireCovered(off, path);
        if (off >= firstProvisionalOff && off < days) {
            noteProvisional(off);
        }
        long atDayStart = atDayStart(off);
        if (!isWorkingAt(off)) {
            return atDayStart;
        }
        long nod = Math.floorMod(local, 86_400L) * 1_000_000_000L + t.getNano();
        return atDayStart + hoursAt(off).workedBefore(nod);
    }

    /** The first index j in [1, days] with nanosBefore[j] &gt;= target, for 0 &lt; target &lt;= total. */
    private int firstAtLeast(long target) {
        int lo = 1;
        int hi = days;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nanosBefore[mid] >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private long localEpochSecond(Instant t) {
        ZoneOffset offset = fixedOffset != null ? fixedOffset : rules.getOffset(t);
        return t.getEpochSecond() + offset.getTotalSeconds();
    }

    private Instant toInstant(long epochDay, long nanoOfDay) {
        if (nanoOfDay == NANOS_PER_DAY) {
            epochDay++;
            nanoOfDay = 0;
        }
        LocalDateTime ldt = LocalDateTime.of(LocalDate.ofEpochDay(epochDay), LocalTime.ofNanoOfDay(nanoOfDay));
        return fixedOffset != null ? ldt.toInstant(fixedOffset) : ZonedDateTime.ofLocal(ldt, zone, null).toInstant();
    }

    private static long toNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            Violations.create().add("workingTime", MESSAGES, "calendar.durationTooLong", CAL_2).throwIfAny();
            throw e;
        }
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + firstDay + ".." + lastDay + ", " + zone + ", weekend " + weekendDays
                + ", " + defaultHours + (weekendsOnlyOutside ? ", weekends only outside coverage" : "")
                + (firstProvisionalOff < days ? ", published to " + lastPublishedDay() + ", provisional after" : "") + "]";
    }

    // ------------------------------------------------------------------ building

    /** A holiday or working day entered into a calendar. */
    record Entry(LocalDate date, DayKind kind, String name) {
    }

    /** Working hours for an inclusive date range. */
    record HoursRange(LocalDate from, LocalDate to, WorkingHours hours) {
    }

    /**
     * Builds a {@link BusinessCalendar}. Problems are collected and reported together by
     * {@link #build()}, each naming the setting.
     *
     * <p>Implementation Requirements: not thread-safe; build once and share the calendar.
     */
    public static final class Builder {

        private ZoneId zone = DEFAULT_ZONE;
        private LocalDate firstDay;
        private LocalDate lastDay;
        private Set<DayOfWeek> weekendDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private boolean weekendsOnlyOutside;
        private WorkingHours defaultHours = WorkingHours.CUSTOMER_SERVICE_DESK;
        private final List<HoursRange> hoursRanges = new ArrayList<>();
        private final Map<LocalDate, Entry> official = new TreeMap<>();
        private final Map<LocalDate, Entry> company = new TreeMap<>();
        private final List<LocalDate> conflicts = new ArrayList<>();
        private boolean officialSchedule;
        private boolean estimate;
        private final Set<Integer> publishedYears = new TreeSet<>();
        private final Map<LocalDate, Entry> estimated = new TreeMap<>();

        private Builder() {
        }

        /**
         * Sets the zone in which dates and working hours are read; default {@code Asia/Shanghai}.
         *
         * @param zone  the zone, not null
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            if (zone == null) {
                nullSettings.add("zone");
            } else {
                this.zone = zone;
            }
            return this;
        }

        /**
         * Sets the covered range (required, unless the official schedule sets it).
         *
         * @param firstDay  the first day covered, not null
         * @param lastDay  the last day covered, inclusive, not null
         * @return this builder
         */
        public Builder coverage(LocalDate firstDay, LocalDate lastDay) {
            if (firstDay == null || lastDay == null) {
                nullSettings.add("coverage");
                return this;
            }
            this.firstDay = firstDay;
            this.lastDay = lastDay;
            return this;
        }

        /**
         * Sets the weekend days; default Saturday and Sunday.
         *
         * @param days  the days off every week, leaving at least one working day
         * @return this builder
         */
        public Builder weekendDays(DayOfWeek... days) {
            Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
            if (days == null) {
                nullSettings.add("weekendDays");
                return this;
            }
            for (DayOfWeek d : days) {
                if (d == null) {
                    nullSettings.add("weekendDays");
                    return this;
                }
                set.add(d);
            }
            this.weekendDays = set;
            return this;
        }

        /**
         * Adds the shipped mainland-China schedule 2020–2026 (CORE-CAL-1) to the official
         * layer, and covers 2020–2026 unless a coverage was set. Official entries outside an
         * explicitly set coverage are left out.
         *
         * @return this builder
         */
        public Builder officialChinaSchedule() {
            officialSchedule = true;
            for (OfficialSchedule.Entry e : OfficialSchedule.entries()) {
                put(official, e.date(), e.working() ? DayKind.OFFICIAL_WORKING_DAY : DayKind.OFFICIAL_HOLIDAY, e.name());
            }
            for (int y = OfficialSchedule.FIRST_DAY.getYear(); y <= OfficialSchedule.LAST_DAY.getYear(); y++) {
                publishedYears.add(y);
            }
            return this;
        }

        /**
         * Adds a published schedule (CORE-CAL-1, CORE-CAL-3): for each year it holds, the
         * official days already entered for that year are replaced by the schedule's, the year
         * is no longer estimated, and the coverage grows to include the year.
         *
         * @param schedule  the schedule, not null
         * @return this builder
         */
        public Builder publishedSchedule(PublishedSchedule schedule) {
            if (schedule == null) {
                nullSettings.add("publishedSchedule");
                return this;
            }
            for (int year : schedule.years()) {
                official.keySet().removeIf(d -> d.getYear() == year);
                publishedYears.add(year);
                LocalDate first = LocalDate.of(year, 1, 1);
                LocalDate last = LocalDate.of(year, 12, 31);
                if (firstDay != null && first.isBefore(firstDay)) {
                    firstDay = first;
                }
                if (lastDay != null && last.isAfter(lastDay)) {
                    lastDay = last;
                }
                if (firstDay == null) {
                    loadedFirst = loadedFirst == null || first.isBefore(loadedFirst) ? first : loadedFirst;
                    loadedLast = loadedLast == null || last.isAfter(loadedLast) ? last : loadedLast;
                }
            }
            for (PublishedSchedule.Day d : schedule.days()) {
                put(official, d.date(), d.working() ? DayKind.OFFICIAL_WORKING_DAY : DayKind.OFFICIAL_HOLIDAY, d.name());
            }
            return this;
        }

        /**
         * Answers the years no schedule publishes from the provisional statutory estimate
         * (CORE-CAL-3) instead of refusing them, up to {@value StatutoryEstimate#LAST_YEAR}; every
         * such answer is marked provisional. Without this setting a calendar has no estimate
         * (strict mode). When no coverage is set, the coverage runs to the end of the estimate.
         *
         * @return this builder
         */
        public Builder statutoryEstimate() {
            this.estimate = true;
            return this;
        }

        /**
         * Adds an official public holiday, for schedules newer than the shipped data.
         *
         * @param date  the date, not null
         * @param name  the holiday's name, such as {@code 春节}, not null
         * @return this builder
         */
        public Builder officialHoliday(LocalDate date, String name) {
            put(official, date, DayKind.OFFICIAL_HOLIDAY, name);
            return this;
        }

        /**
         * Adds an official make-up working day (调休上班日).
         *
         * @param date  the date, not null
         * @param name  the holiday it makes up for, not null
         * @return this builder
         */
        public Builder officialWorkingDay(LocalDate date, String name) {
            put(official, date, DayKind.OFFICIAL_WORKING_DAY, name);
            return this;
        }

        /**
         * Adds a company day off; it overrides the official schedule.
         *
         * @param date  the date, not null
         * @param name  the reason, not null
         * @return this builder
         */
        public Builder companyHoliday(LocalDate date, String name) {
            put(company, date, DayKind.COMPANY_HOLIDAY, name);
            return this;
        }

        /**
         * Adds a company working day; it overrides the official schedule.
         *
         * @param date  the date, not null
         * @param name  the reason, not null
         * @return this builder
         */
        public Builder companyWorkingDay(LocalDate date, String name) {
            put(company, date, DayKind.COMPANY_WORKING_DAY, name);
            return this;
        }

        /**
         * Sets the default working hours (CORE-CAL-2); default
         * {@link WorkingHours#CUSTOMER_SERVICE_DESK}.
         *
         * @param hours  the hours, not null
         * @return this builder
         */
        public Builder workingHours(WorkingHours hours) {
            if (hours == null) {
                nullSettings.add("workingHours");
            } else {
                this.defaultHours = hours;
            }
            return this;
        }

        /**
         * Sets the working hours for a date range, such as a season's hours announced by HR
         * (CORE-CAL-2). Ranges must not overlap.
         *
         * @param from  the first day, not null
         * @param to  the last day, inclusive, not null
         * @param hours  the hours, not null
         * @return this builder
         */
        public Builder workingHours(LocalDate from, LocalDate to, WorkingHours hours) {
            if (from == null || to == null || hours == null) {
                nullSettings.add("workingHours");
                return this;
            }
            hoursRanges.add(new HoursRange(from, to, hours));
            return this;
        }

        /**
         * Answers dates outside the covered range by weekends alone instead of throwing
         * {@link CalendarCoverageException}. Off by default: a silent guess is what
         * CORE-CAL-1 forbids unless the host asks for it.
         *
         * @return this builder
         */
        public Builder weekendsOnlyOutsideCoverage() {
            this.weekendsOnlyOutside = true;
            return this;
        }

        private final List<String> nullSettings = new ArrayList<>();
        private LocalDate loadedFirst;
        private LocalDate loadedLast;

        private void put(Map<LocalDate, Entry> layer, LocalDate date, DayKind kind, String name) {
            if (date == null || name == null) {
                nullSettings.add(layer == company ? "companyDays" : "officialDays");
                return;
            }
            Entry previous = layer.put(date, new Entry(date, kind, name));
            if (previous != null && previous.kind() != kind) {
                conflicts.add(date);
            }
        }

        /**
         * Builds the calendar.
         *
         * @return the calendar, not null
         * @throws dev.kefu.core.validation.PolicyInputException listing every problem: no
         *     coverage, a range that ends before it starts or is too long, no working day in the
         *     week, a day entered as both off and on, a company day or hours range outside the
         *     coverage, overlapping hours ranges
         */
        public BusinessCalendar build() {
            Violations v = Violations.create();
            for (String setting : nullSettings) {
                v.add(setting, "required", CAL_1);
            }
            if (firstDay == null && officialSchedule) {
                firstDay = OfficialSchedule.FIRST_DAY;
                lastDay = OfficialSchedule.LAST_DAY;
                if (loadedFirst != null && loadedFirst.isBefore(firstDay)) {
                    firstDay = loadedFirst;
                }
                if (loadedLast != null && loadedLast.isAfter(lastDay)) {
                    lastDay = loadedLast;
                }
                if (estimate && lastDay.getYear() < StatutoryEstimate.LAST_YEAR) {
                    lastDay = LocalDate.of(StatutoryEstimate.LAST_YEAR, 12, 31);
                }
            } else if (firstDay == null && loadedFirst != null) {
                firstDay = loadedFirst;
                lastDay = estimate && loadedLast.getYear() < StatutoryEstimate.LAST_YEAR
                        ? LocalDate.of(StatutoryEstimate.LAST_YEAR, 12, 31) : loadedLast;
            }
            estimated.clear();
            if (estimate && firstDay != null && !lastDay.isBefore(firstDay)) {
                for (int y = firstDay.getYear(); y <= lastDay.getYear(); y++) {
                    if (publishedYears.contains(y)) {
                        continue;
                    }
                    if (!StatutoryEstimate.covers(y)) {
                        v.add("statutoryEstimate", MESSAGES, "calendar.estimateBeyond", CAL_3,
                                String.valueOf(StatutoryEstimate.LAST_YEAR));
                        break;
                    }
                    for (StatutoryEstimate.Day d : StatutoryEstimate.daysOff(y)) {
                        estimated.put(d.date(), new Entry(d.date(), DayKind.OFFICIAL_HOLIDAY, d.name()));
                    }
                }
            }
            if (firstDay == null) {
                v.add("coverage", MESSAGES, "calendar.coverage.required", CAL_1);
            } else if (lastDay.isBefore(firstDay)) {
                v.add("coverage", MESSAGES, "calendar.coverage.order", CAL_1, firstDay, lastDay);
            } else if (lastDay.toEpochDay() - firstDay.toEpochDay() > MAX_COVERED_YEARS * 366L
                    || firstDay.getYear() + MAX_COVERED_YEARS < lastDay.getYear()) {
                v.add("coverage", MESSAGES, "calendar.coverage.tooLong", CAL_1, MAX_COVERED_YEARS);
            } else if (firstDay.getYear() < MIN_YEAR || lastDay.getYear() > MAX_YEAR) {
                v.add("coverage", MESSAGES, "calendar.coverage.years", CAL_1, String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
            }
            if (weekendDays.size() == 7) {
                v.add("weekendDays", MESSAGES, "calendar.noWorkingDay", CAL_1);
            }
            for (LocalDate d : conflicts) {
                v.add("days[" + d + "]", MESSAGES, "calendar.conflict", CAL_1, d);
            }
            boolean rangeOk = firstDay != null && !lastDay.isBefore(firstDay);
            if (rangeOk) {
                for (LocalDate d : company.keySet()) {
                    if (d.isBefore(firstDay) || d.isAfter(lastDay)) {
                        v.add("companyDays[" + d + "]", MESSAGES, "calendar.outsideCoverage", CAL_1, d, firstDay, lastDay);
                    }
                }
                if (!officialSchedule) {
                    for (LocalDate d : official.keySet()) {
                        if (d.isBefore(firstDay) || d.isAfter(lastDay)) {
                            v.add("officialDays[" + d + "]", MESSAGES, "calendar.outsideCoverage", CAL_1, d, firstDay, lastDay);
                        }
                    }
                }
            }
            List<HoursRange> sorted = new ArrayList<>(hoursRanges);
            sorted.sort((x, y) -> x.from.compareTo(y.from));
            for (int i = 0; i < sorted.size(); i++) {
                HoursRange r = sorted.get(i);
                if (r.to.isBefore(r.from)) {
                    v.add("workingHours[" + r.from + "]", MESSAGES, "calendar.hoursRange.order", CAL_2, r.from, r.to);
                } else if (i > 0 && !sorted.get(i - 1).to.isBefore(r.from)) {
                    v.add("workingHours[" + r.from + "]", MESSAGES, "calendar.hoursRange.overlap", CAL_2, r.from);
                }
            }
            v.throwIfAny();
            if (officialSchedule) {
                official.keySet().removeIf(d -> d.isBefore(firstDay) || d.isAfter(lastDay));
            }
            return new BusinessCalendar(this);
        }
    }
}
