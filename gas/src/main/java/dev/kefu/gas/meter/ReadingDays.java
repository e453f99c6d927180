package dev.kefu.gas.meter;

import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.Set;

/**
 * The days of the month on which a class of meter is read (MTR-7), such as the 22nd–23rd for
 * commercial customers. The days are calendar dates: the seed does not move them when they
 * fall on days off. A last day beyond a month's length means that month's last day.
 *
 * @param firstDay  the first day of the month, 1–31
 * @param lastDay  the last day of the month, firstDay–31
 * @param months  the months in which reading takes place; all twelve for a monthly schedule
 */
public record ReadingDays(int firstDay, int lastDay, Set<Month> months) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every bad part */
    public ReadingDays {
        Violations v = Violations.create();
        if (firstDay < 1 || firstDay > 31) {
            v.add("firstDay", GasMessages.BUNDLE, "input.dayOfMonth", GasRules.MTR_7);
        }
        if (lastDay < 1 || lastDay > 31) {
            v.add("lastDay", GasMessages.BUNDLE, "input.dayOfMonth", GasRules.MTR_7);
        } else if (lastDay < firstDay) {
            v.add("lastDay", GasMessages.BUNDLE, "input.lastBeforeFirst", GasRules.MTR_7);
        }
        if (v.requireNonNull(months, "months", GasRules.MTR_7) && (months.isEmpty() || GasMessages.hasNull(months))) {
            v.add("months", GasMessages.BUNDLE, "input.months", GasRules.MTR_7);
        }
        v.throwIfAny();
        months = Set.copyOf(EnumSet.copyOf(months));
    }

    /** The commercial reading days of the regulation, the 22nd–23rd of every month (MTR-7). */
    public static ReadingDays commercialRegulation() {
        return everyMonth(22, 23);
    }

    /**
     * Days of every month.
     *
     * @param firstDay  the first day, 1–31
     * @param lastDay  the last day, firstDay–31
     * @return the reading days
     */
    public static ReadingDays everyMonth(int firstDay, int lastDay) {
        return new ReadingDays(firstDay, lastDay, EnumSet.allOf(Month.class));
    }

    /**
     * Days of some months only, such as the first month of each quarter.
     *
     * @param firstDay  the first day, 1–31
     * @param lastDay  the last day, firstDay–31
     * @param months  the months, at least one
     * @return the reading days
     */
    public static ReadingDays inMonths(int firstDay, int lastDay, Set<Month> months) {
        return new ReadingDays(firstDay, lastDay, months);
    }

    /**
     * Whether a day is a reading day.
     *
     * @param day  the day, not null
     * @return true on a reading day
     */
    public boolean includes(LocalDate day) {
        if (!months.contains(day.getMonth())) {
            return false;
        }
        int last = Math.min(lastDay, day.lengthOfMonth());
        int first = Math.min(firstDay, day.lengthOfMonth());
        return day.getDayOfMonth() >= first && day.getDayOfMonth() <= last;
    }
}
