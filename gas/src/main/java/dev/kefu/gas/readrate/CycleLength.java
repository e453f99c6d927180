package dev.kefu.gas.readrate;

/**
 * The length of a reading cycle (MTR-6). Cycles are aligned on calendar months from January:
 * a quarterly cycle is January–March, April–June, and so on.
 */
public enum CycleLength {
    /** One calendar month (每月查抄一次). */
    MONTHLY(1),
    /** Two calendar months. */
    BIMONTHLY(2),
    /** One calendar quarter (每季查抄一次). */
    QUARTERLY(3),
    /** Half a year. */
    HALF_YEARLY(6);

    private final int months;

    CycleLength(int months) {
        this.months = months;
    }

    /** The number of months in the cycle. */
    public int months() {
        return months;
    }
}
