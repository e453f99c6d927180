package dev.kefu.core.calendar;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The hours a desk is staffed on one working day, as intervals of local time (CORE-CAL-2).
 *
 * <p>Shifts may overlap: the regulation's two shifts, 08:00–15:30 and 14:30–22:00 (S3 §2),
 * are merged into one staffed interval 08:00–22:00, and the hour in which both shifts work
 * is counted once, never twice. Touching intervals are merged too. An interval may end at
 * midnight, written {@code 24:00} or {@link LocalTime#MIDNIGHT} as the end.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class WorkingHours {

    private static final RuleId RULE = RuleId.of("CORE-CAL-2");
    static final long NANOS_PER_DAY = 86_400_000_000_000L;

    /** The customer-service desk of S3 §2: shifts 08:00–15:30 and 14:30–22:00, staffed 08:00–22:00. */
    public static final WorkingHours CUSTOMER_SERVICE_DESK = of("08:00-15:30", "14:30-22:00");

    /** Sorted, disjoint, non-touching [start, end) pairs in nanos of day. */
    private final long[] starts;
    private final long[] ends;
    /** workedBeforeInterval[i] = staffed nanos in all intervals before interval i. */
    private final long[] workedBefore;
    private final long total;

    private WorkingHours(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
        this.workedBefore = new long[starts.length];
        long sum = 0;
        for (int i = 0; i < starts.length; i++) {
            workedBefore[i] = sum;
            sum += ends[i] - starts[i];
        }
        this.total = sum;
    }

    /**
     * Obtains working hours from shifts written {@code "HH:mm-HH:mm"}, such as
     * {@code of("08:00-15:30", "14:30-22:00")}. The end may be {@code 24:00}.
     *
     * @param shifts  the shifts, at least one
     * @return the merged working hours, not null
     * @throws dev.kefu.core.validation.PolicyInputException if a shift is malformed or ends before it starts
     */
    public static WorkingHours of(String... shifts) {
        Violations.nonNull(shifts, "shifts", RULE);
        Violations v = Violations.create();
        List<long[]> parsed = new ArrayList<>();
        for (int i = 0; i < shifts.length; i++) {
            parsed.add(parse(shifts[i], "shifts[" + i + "]", v));
        }
        return build(parsed, v);
    }

    /**
     * Obtains working hours of one shift.
     *
     * @param start  the start, not null
     * @param end  the end, after the start; {@link LocalTime#MIDNIGHT} means the end of the day
     * @return the working hours, not null
     */
    public static WorkingHours of(LocalTime start, LocalTime end) {
        Violations v = Violations.create();
        v.requireNonNull(start, "start", RULE);
        v.requireNonNull(end, "end", RULE);
        v.throwIfAny();
        return build(List.of(new long[] {start.toNanoOfDay(), endNanos(end)}), v);
    }

    /**
     * These hours and another shift, merged.
     *
     * @param start  the shift's start, not null
     * @param end  the shift's end; {@link LocalTime#MIDNIGHT} means the end of the day
     * @return the merged working hours, not null
     */
    public WorkingHours and(LocalTime start, LocalTime end) {
        Violations v = Violations.create();
        v.requireNonNull(start, "start", RULE);
        v.requireNonNull(end, "end", RULE);
        v.throwIfAny();
        List<long[]> all = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            all.add(new long[] {starts[i], ends[i]});
        }
        all.add(new long[] {start.toNanoOfDay(), endNanos(end)});
        return build(all, v);
    }

    private static long endNanos(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : end.toNanoOfDay();
    }

    private static long[] parse(String shift, String path, Violations v) {
        if (shift == null) {
            v.add(path, "required", RULE);
            return null;
        }
        String[] parts = shift.trim().split("\\s*[-–]\\s*");
        if (parts.length != 2) {
            v.add(path, "hours.malformed", RULE);
            return null;
        }
        try {
            long start = LocalTime.parse(parts[0]).toNanoOfDay();
            long end = "24:00".equals(parts[1]) ? NANOS_PER_DAY : endNanos(LocalTime.parse(parts[1]));
            return new long[] {start, end};
        } catch (java.time.format.DateTimeParseException e) {
            v.add(path, "hours.malformed", RULE);
            return null;
        }
    }

    private static WorkingHours build(List<long[]> shifts, Violations v) {
        if (shifts.isEmpty()) {
            v.add("shifts", "hours.empty", RULE);
        }
        for (int i = 0; i < shifts.size(); i++) {
            long[] s = shifts.get(i);
            if (s != null && s[1] <= s[0]) {
                v.add("shifts[" + i + "]", "hours.order", RULE);
            }
        }
        v.throwIfAny();
        // every entry is non-null here: a null (unparsable) shift left a violation behind
        List<long[]> sorted = new ArrayList<>(shifts);
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] s : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new long[] {s[0], s[1]});
            }
        }
        long[] starts = new long[merged.size()];
        long[] ends = new long[merged.size()];
        for (int i = 0; i < merged.size(); i++) {
            starts[i] = merged.get(i)[0];
            ends[i] = merged.get(i)[1];
        }
        return new WorkingHours(starts, ends);
    }

    /** The staffed time of one day; overlapping shifts counted once. */
    public Duration perDay() {
        return Duration.ofNanos(total);
    }

    /** The start of the first interval: opening time. */
    public LocalTime opening() {
        return LocalTime.ofNanoOfDay(starts[0]);
    }

    /**
     * The end of the last interval: close of business. An interval that runs to midnight
     * gives {@link LocalTime#MIDNIGHT}.
     */
    public LocalTime closeOfBusiness() {
        long end = ends[ends.length - 1];
        return end == NANOS_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.ofNanoOfDay(end);
    }

    /** The merged intervals as {@code "HH:mm-HH:mm"} texts. */
    public List<String> intervals() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            out.add(text(starts[i]) + "-" + text(ends[i]));
        }
        return out;
    }

    /** Whether the given local time is inside a staffed interval. */
    public boolean contains(LocalTime time) {
        long t = Violations.nonNull(time, "time", RULE).toNanoOfDay();
        for (int i = 0; i < starts.length; i++) {
            if (t >= starts[i] && t < ends[i]) {
                return true;
            }
        }
        return false;
    }

    // --- package-private arithmetic used by BusinessCalendar; loops are over a day's few intervals ---

    long totalNanos() {
        return total;
    }

    long closeNanos() {
        return ends[ends.length - 1];
    }

    /** Staffed nanos in [00:00, nanoOfDay). */
    long workedBefore(long nanoOfDay) {
        for (int i = starts.length - 1; i >= 0; i--) {
            if (nanoOfDay > starts[i]) {
                return workedBefore[i] + Math.min(nanoOfDay, ends[i]) - starts[i];
            }
        }
        return 0;
    }

    /** The earliest nano of day by which {@code worked} staffed nanos have passed, for 0 &lt; worked &lt;= total. */
    long nanoOfDayAfterWorked(long worked) {
        for (int i = 0; i < starts.length; i++) {
            long upTo = workedBefore[i] + ends[i] - starts[i];
            if (worked <= upTo) {
                return starts[i] + worked - workedBefore[i];
            }
        }
        return ends[ends.length - 1];
    }

    private static String text(long nanos) {
        return nanos == NANOS_PER_DAY ? "24:00" : LocalTime.ofNanoOfDay(nanos).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingHours && Arrays.equals(starts, ((WorkingHours) o).starts)
                && Arrays.equals(ends, ((WorkingHours) o).ends);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
    }

    @Override
    public String toString() {
        return "WorkingHours" + intervals();
    }
}
