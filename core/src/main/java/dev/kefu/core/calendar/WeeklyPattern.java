package dev.kefu.core.calendar;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * The working days of an ordinary week, with O(1) counting: the number of working days
 * before a date is whole weeks times the days per week plus a prefix within the week.
 */
final class WeeklyPattern {

    /** Epoch day 0 (1970-01-01) is a Thursday; epoch day -3 is the Monday that starts its week. */
    private static final long MONDAY_OFFSET = 3;

    private final boolean[] working = new boolean[7];
    private final int perWeek;
    /** prefix[i] = working days among the first i days of the week (Monday first). */
    private final int[] prefix = new int[8];
    /** nth[k] = index in the week of its k-th working day. */
    private final int[] nth;

    WeeklyPattern(Set<DayOfWeek> weekendDays) {
        int count = 0;
        for (int i = 0; i < 7; i++) {
            working[i] = !weekendDays.contains(DayOfWeek.of(i + 1));
            prefix[i] = count;
            if (working[i]) {
                count++;
            }
        }
        prefix[7] = count;
        perWeek = count;
        nth = new int[count];
        for (int i = 0, k = 0; i < 7; i++) {
            if (working[i]) {
                nth[k++] = i;
            }
        }
    }

    boolean isWorking(long epochDay) {
        return working[(int) Math.floorMod(epochDay + MONDAY_OFFSET, 7L)];
    }

    /** Working days in [Monday 1969-12-29, epochDay), negative before it. */
    long before(long epochDay) {
        long x = epochDay + MONDAY_OFFSET;
        return Math.floorDiv(x, 7L) * perWeek + prefix[(int) Math.floorMod(x, 7L)];
    }

    /** The working day with exactly {@code rank} working days before it, in the sense of {@link #before}. */
    long dayAtRank(long rank) {
        long weeks = Math.floorDiv(rank, (long) perWeek);
        int k = (int) Math.floorMod(rank, (long) perWeek);
        return weeks * 7 + nth[k] - MONDAY_OFFSET;
    }
}
