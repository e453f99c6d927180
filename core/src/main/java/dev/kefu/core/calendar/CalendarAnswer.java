package dev.kefu.core.calendar;

/**
 * A calendar answer together with whether it depended on a provisional day — a day of a year
 * whose schedule is not yet published and is estimated from the statutory holidays
 * (CORE-CAL-3).
 *
 * @param <T>  the answer's type
 * @param value  the answer
 * @param provisional  true if any day the answer was computed across is provisional
 */
public record CalendarAnswer<T>(T value, boolean provisional) {
}
