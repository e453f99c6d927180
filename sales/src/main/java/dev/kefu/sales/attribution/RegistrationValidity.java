package dev.kefu.sales.attribution;

import static dev.kefu.sales.attribution.AttributionRules.ATT_7;

import dev.kefu.core.calendar.Periods;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How long a registration (建檔) is valid: <b>2 months</b> by the regulation (ATT-7), counted
 * by CORE-CAL-4 ({@link Periods}): the registration day is not counted; the period ends at the
 * end of the day in the n-th following month with the registration's day number, or of that
 * month's last day. A registration is valid from its day through {@link #lastValidDay}
 * inclusive, judged on the day of the deal (or of the visit when there is no deal), and is not
 * renewed by later visits; from the day after it has lapsed, and its rep counts as no earlier
 * rep in every ATT rule.
 * <ul>
 *   <li>registered 15 March → valid through 15 May, lapsed on 16 May;</li>
 *   <li>registered 31 December 2024 → valid through 28 February 2025, lapsed on 1 March;</li>
 *   <li>registered 29 December 2023 → valid through 29 February 2024 (a leap year).</li>
 * </ul>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class RegistrationValidity {

    /** The regulation's 2 months (ATT-7). */
    public static final RegistrationValidity TWO_MONTHS = new RegistrationValidity(2);

    private final int months;

    private RegistrationValidity(int months) {
        this.months = months;
    }

    /**
     * A validity of another number of months.
     *
     * @param months  the number of months, at least 1
     * @return the validity
     * @throws dev.kefu.core.validation.PolicyInputException if below 1
     */
    public static RegistrationValidity ofMonths(int months) {
        if (months < 1) {
            Violations.create().add("months", AttributionMessages.BUNDLE, "validity.months", ATT_7, months).throwIfAny();
        }
        return new RegistrationValidity(months);
    }

    /** The number of months. */
    public int months() {
        return months;
    }

    /**
     * The last day on which a registration is valid (CORE-CAL-4).
     *
     * @param registration  the registration, not null
     * @return the day
     * @throws dev.kefu.core.validation.PolicyInputException if null or beyond the supported dates
     */
    public LocalDate lastValidDay(Registration registration) {
        Violations v = Violations.create();
        v.requireNonNull(registration, "registration", ATT_7);
        v.throwIfAny();
        return Periods.lastDayOfMonths(registration.registeredAt().toLocalDate(), months);
    }

    /**
     * Whether a registration is valid on a day: from the day of registration through
     * {@link #lastValidDay}, inclusive (CORE-CAL-4).
     *
     * @param registration  the registration, not null
     * @param day  the day, not null
     * @return whether valid
     * @throws dev.kefu.core.validation.PolicyInputException if an argument is null or the period ends beyond the supported dates
     */
    public boolean isValidOn(Registration registration, LocalDate day) {
        Violations v = Violations.create();
        v.requireNonNull(registration, "registration", ATT_7);
        v.requireNonNull(day, "day", ATT_7);
        v.throwIfAny();
        return Periods.isWithinMonths(registration.registeredAt().toLocalDate(), months, day);
    }

    @Override
    public String toString() {
        return AttributionMessages.BUNDLE.format(Locale.ENGLISH, "attribution.validity", months);
    }
}
