package dev.kefu.sales.attribution;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.time.Period;

/**
 * How long a registration (建档) is valid: <b>2 months</b> by default (ATT-7), configurable.
 *
 * <p>Counted as the PRC Civil Code arts. 201–203 count months: the day of registration is not
 * counted; the period ends on the day of the month two months later that corresponds to the
 * registration day, or on that month's last day when it has no such day, and it ends at the
 * end (24:00) of that day. So the registration is valid on every day from the day of
 * registration through {@link #lastValidDay} inclusive, and lapsed from the day after:
 * <ul>
 *   <li>registered 15 March → valid through 15 May, lapsed on 16 May;</li>
 *   <li>registered 31 March → valid through 31 May; registered 31 December 2024 → valid
 *       through 28 February 2025 (February has no 31st), lapsed on 1 March;</li>
 *   <li>registered 29 December 2023 → valid through 29 February 2024 (a leap year).</li>
 * </ul>
 * ({@link LocalDate#plus(java.time.temporal.TemporalAmount)} with a period of months clamps to
 * the month's last day exactly as the Civil Code does.)
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class RegistrationValidity {

    static final RuleId ATT_7 = RuleId.of("ATT-7");

    /** The regulation's 2 months. */
    public static final RegistrationValidity TWO_MONTHS = new RegistrationValidity(Period.ofMonths(2));

    private final Period period;

    private RegistrationValidity(Period period) {
        this.period = period;
    }

    /**
     * A validity of another length.
     *
     * @param period  the period, positive, not null
     * @return the validity
     * @throws dev.kefu.core.validation.PolicyInputException if the period is not positive
     */
    public static RegistrationValidity of(Period period) {
        Violations v = Violations.create();
        if (v.requireNonNull(period, "period", ATT_7) && (period.isZero() || period.isNegative())) {
            v.add("period", "positive", ATT_7);
        }
        v.throwIfAny();
        return new RegistrationValidity(period);
    }

    /** The period. */
    public Period period() {
        return period;
    }

    /** The last day on which a registration is valid. */
    public LocalDate lastValidDay(Registration registration) {
        return registration.registeredAt().toLocalDate().plus(period);
    }

    /**
     * Whether a registration is valid on a day: from the day of registration through
     * {@link #lastValidDay}, inclusive.
     */
    public boolean isValidOn(Registration registration, LocalDate day) {
        LocalDate registered = registration.registeredAt().toLocalDate();
        return !day.isBefore(registered) && !day.isAfter(lastValidDay(registration));
    }

    @Override
    public String toString() {
        return AttributionMessages.BUNDLE.format(java.util.Locale.ENGLISH, "attribution.validity", period);
    }
}
