package dev.kefu.gas.readrate;

import dev.kefu.gas.meter.MeterClass;
import java.time.LocalDate;

/**
 * One reading cycle of a class of meter (MTR-6), from its first to its last day inclusive.
 *
 * @param meterClass  the class of meter
 * @param length  the cycle length
 * @param firstDay  the first day
 * @param lastDay  the last day
 */
public record ReadingCycle(MeterClass meterClass, CycleLength length, LocalDate firstDay, LocalDate lastDay) {

    /**
     * The cycle of a class that contains a day.
     *
     * @param meterClass  the class
     * @param length  the cycle length
     * @param day  a day in the cycle
     * @return the cycle
     */
    static ReadingCycle containing(MeterClass meterClass, CycleLength length, LocalDate day) {
        int m = day.getMonthValue() - 1;
        int startMonth = m - m % length.months() + 1;
        LocalDate first = LocalDate.of(day.getYear(), startMonth, 1);
        LocalDate last = first.plusMonths(length.months()).minusDays(1);
        return new ReadingCycle(meterClass, length, first, last);
    }
}
