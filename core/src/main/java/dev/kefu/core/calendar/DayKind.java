package dev.kefu.core.calendar;

/**
 * Why a date is or is not a working day (CORE-CAL-1).
 */
public enum DayKind {
    /** A day of the working week with nothing special about it. */
    WEEKDAY(true),
    /** A weekend day with nothing special about it. */
    WEEKEND(false),
    /** An official public holiday (法定节假日), off. */
    OFFICIAL_HOLIDAY(false),
    /** An official make-up working day (调休上班日), on even if it falls on a weekend. */
    OFFICIAL_WORKING_DAY(true),
    /** A day off the host added (company holiday, regional holiday). */
    COMPANY_HOLIDAY(false),
    /** A working day the host added (company make-up day). */
    COMPANY_WORKING_DAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    /** Whether days of this kind are working days. */
    public boolean isWorking() {
        return working;
    }
}
