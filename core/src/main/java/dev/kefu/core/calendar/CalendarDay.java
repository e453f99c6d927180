package dev.kefu.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a calendar knows of one date: whether it is a working day, why, and the name of the
 * holiday or make-up day where there is one (such as {@code 国庆节、中秋节}).
 *
 * @param date  the date
 * @param kind  why the date is or is not a working day
 * @param name  the holiday's name, empty for ordinary days
 * @param provisional  whether the day is answered from the provisional statutory estimate
 *     because its year's schedule is not yet published (CORE-CAL-3)
 */
public record CalendarDay(LocalDate date, DayKind kind, Optional<String> name, boolean provisional) {

    /** @throws NullPointerException if any argument is null */
    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /**
     * A day answered from published data (not provisional).
     *
     * @param date  the date
     * @param kind  why the date is or is not a working day
     * @param name  the holiday's name, empty for ordinary days
     */
    public CalendarDay(LocalDate date, DayKind kind, Optional<String> name) {
        this(date, kind, name, false);
    }

    /** Whether the date is a working day. */
    public boolean isWorkingDay() {
        return kind.isWorking();
    }
}
