package dev.kefu.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.calendar.CalendarCoverageException;
import dev.kefu.core.calendar.WorkingHours;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.privacy.IdCardNumber;
import dev.kefu.core.privacy.PersonName;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every core finding of the bad-input review (2026-11-24), kept with its attacking input: each
 * is refused with a {@link PolicyInputException} (a {@link CalendarCoverageException} for dates),
 * never another exception and never silently. Numbers are the review's appendix rows.
 */
class CoreBadInputTest {

    private static final BusinessCalendar CAL = BusinessCalendar.chinaOfficial();
    private static final BusinessCalendar FALLBACK = BusinessCalendar.chinaOfficialStrict().toBuilder().weekendsOnlyOutsideCoverage().build();
    private static final Instant NOW = Instant.parse("2025-10-09T02:00:00Z");
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(PolicyInputException.class);
    }

    private static void uncovered(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(CalendarCoverageException.class);
    }

    /** An ID-card number with a valid check character for a birth date. */
    private static String idCard(String birth) {
        String first17 = "110101" + birth.replace("-", "") + "002";
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] check = "10X98765432".toCharArray();
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + check[sum % 11];
    }

    @Test
    @DisplayName("bad-input #25 #26 #261: ids of invisible or control characters are refused; length counts characters")
    void ids_must_be_visible() {
        refused(() -> CustomerId.of("\u200B"));
        refused(() -> EmployeeId.of("\u0000"));
        refused(() -> EmployeeId.of("E\u202E1"));
        assertThat(EmployeeId.of("🐼".repeat(65)).value()).hasSize(130); // 65 characters, within 128
        refused(() -> EmployeeId.of("🐼".repeat(129)));
        assertThat(EmployeeId.of("客服-001").value()).isEqualTo("客服-001");
    }

    @Test
    @DisplayName("bad-input #27 #28 #264: ID-card birth dates before 1900 or after today are refused")
    void id_card_birth_dates() {
        refused(() -> IdCardNumber.of(idCard("0000-01-01"), TODAY));
        refused(() -> IdCardNumber.of(idCard("2999-12-31"), TODAY));
        refused(() -> IdCardNumber.of(idCard("2026-11-25"), TODAY));
        assertThat(IdCardNumber.of(idCard("2026-11-24"), TODAY).birthDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(IdCardNumber.of(idCard("1990-05-17"), TODAY).birthDate()).isEqualTo(LocalDate.of(1990, 5, 17));
        refused(() -> IdCardNumber.of(idCard("1899-12-31"), TODAY));
        refused(() -> IdCardNumber.of(idCard("1990-05-17"), null));
        assertThatThrownBy(() -> IdCardNumber.of(idCard("2999-12-31"), TODAY)).hasMessageNotContaining("2999");
    }

    @Property(tries = 300)
    @Label("bad-input #264: an ID card is accepted only with a real past birth date")
    void id_cards_only_with_past_birth_dates(@ForAll @IntRange(min = 1800, max = 2999) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day) {
        LocalDate birth = LocalDate.of(year, month, day);
        String number = idCard(birth.toString());
        boolean real = year >= 1900 && !birth.isAfter(LocalDate.now(TODAY));
        if (real) {
            assertThat(IdCardNumber.of(number, TODAY).birthDate()).isEqualTo(birth);
        } else {
            refused(() -> IdCardNumber.of(number, TODAY));
        }
    }

    @Test
    @DisplayName("bad-input #29 #30: person names of control or zero-width characters are refused")
    void person_names_must_be_visible() {
        refused(() -> PersonName.of("\u0000"));
        refused(() -> PersonName.of("\u200B\u200B"));
        refused(() -> PersonName.of("张\u0000三"));
        assertThat(PersonName.of("张三丰").masked()).isEqualTo("张*丰");
    }

    @Test
    @DisplayName("bad-input #152-#155 #164-#169: instants and dates at the ends of time are coverage errors, not DateTimeException")
    void instants_at_the_ends_of_time() {
        uncovered(() -> FALLBACK.deadlineAfterWorkingDays(Instant.MAX, 1));
        uncovered(() -> FALLBACK.plusWorkingDays(LocalDate.MAX, 1));
        uncovered(() -> FALLBACK.plusWorkingTime(Instant.MAX, Duration.ofHours(1)));
        uncovered(() -> FALLBACK.workingTimeBetween(Instant.MIN, Instant.MAX));
        uncovered(() -> CAL.deadlineAfterWorkingDays(Instant.MAX, 1));
        uncovered(() -> CAL.isWorkingTime(Instant.MAX));
        uncovered(() -> CAL.isWorkingTime(Instant.MIN));
        uncovered(() -> CAL.workingTimeBetween(NOW, Instant.MAX));
        uncovered(() -> CAL.workingTimeToDeadline(Instant.MIN, 1));
        uncovered(() -> CAL.isWorkingDay(LocalDate.MIN));
        refused(() -> CAL.isWorkingTime(null));
        refused(() -> CAL.workingTimeBetween(NOW, null));
        refused(() -> CAL.workingTimeBetween(null, NOW));
        refused(() -> CAL.plusWorkingTime(NOW, Duration.ofNanos(Long.MAX_VALUE)));
    }

    @Property(tries = 500)
    @Label("bad-input #266: any instant is answered or refused with a coverage error")
    void calendar_instants_answer_or_refuse(@ForAll @LongRange(min = -31557014167219200L, max = 31556889864403199L) long second) {
        Instant t = Instant.ofEpochSecond(second);
        for (BusinessCalendar cal : List.of(CAL, FALLBACK)) {
            try {
                cal.isWorkingTime(t);
                cal.deadlineAfterWorkingDays(t, 1);
            } catch (CalendarCoverageException expected) {
                // refused the one way
            }
        }
    }

    @Test
    @DisplayName("bad-input #156-#163: calendar builder setters never throw; build() lists every problem")
    void calendar_builder_collects() {
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> BusinessCalendar.builder().zone(null).coverage(null, null).weekendDays((java.time.DayOfWeek) null)
                        .workingHours(null).workingHours(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), null)
                        .companyHoliday(LocalDate.of(2025, 6, 6), null).companyHoliday(null, "x").build());
        assertThat(e.violations()).extracting(Violation::path)
                .contains("zone", "coverage", "weekendDays", "workingHours", "companyDays");
        refused(() -> BusinessCalendar.builder().coverage(LocalDate.MAX.minusDays(10), LocalDate.MAX).build());
    }

    @Test
    @DisplayName("bad-input #172-#178: decisions refuse a bad rule id, null or missing reasons, a null outcome")
    void decisions() {
        MessageBundle bundle = MessageBundle.beside(Violation.class, "messages");
        Reason r = Reason.of(RuleId.of("CORE-DEC-1"), bundle, "required");
        Decision<String> d = Decision.of("x", r);
        refused(() -> d.applied("att-9"));
        refused(() -> Decision.of("x", Arrays.asList(r, null)));
        refused(() -> Decision.of("x", (List<Reason>) null));
        refused(() -> Decision.of("x", (Reason) null));
        refused(() -> Decision.of("x"));
        refused(() -> Decision.of(null, r));
        refused(() -> d.withOutcome(null));
        assertThat(d.applied(RuleId.of("CORE-DEC-1"))).isTrue();
    }

    @Test
    @DisplayName("bad-input #179 #180 #199-#205: bundles, reasons and rule ids refuse bad input without echoing it")
    void bundles_reasons_rule_ids() {
        refused(() -> MessageBundle.beside(null, "messages"));
        refused(() -> MessageBundle.beside(String.class, "nothing").format(Locale.ENGLISH, "x"));
        MessageBundle bundle = MessageBundle.beside(Violation.class, "messages");
        assertThat(Reason.of(RuleId.of("CORE-DEC-1"), bundle, "required", (Object[]) null).render(Locale.ENGLISH)).isEqualTo("is required");
        refused(() -> Reason.of(RuleId.of("CORE-DEC-1"), null, "required"));
        refused(() -> Reason.of(null, bundle, "required"));
        refused(() -> Reason.of(RuleId.of("CORE-DEC-1"), bundle, "no.such.key"));
        refused(() -> RuleId.of("att-9"));
        refused(() -> RuleId.of(null));
        String huge = "x".repeat(1_000_000);
        assertThatThrownBy(() -> RuleId.of(huge)).isInstanceOf(PolicyInputException.class)
                .satisfies(t -> assertThat(t.getMessage()).hasSizeLessThan(200));
    }

    @Test
    @DisplayName("bad-input #181-#196: money refuses nulls, huge exponents, fractions of a fen and fen overflow")
    void money() {
        refused(() -> Money.yuan(1).allocate((Share[]) null));
        refused(() -> Money.yuan(1).compareTo(null));
        refused(() -> Money.yuan(1).isGreaterThan(null));
        refused(() -> Money.yuan(1).minus(null));
        refused(() -> Money.yuan(1).plus(null));
        refused(() -> Money.of("1E+2147483647"));
        refused(() -> Money.of((String) null));
        refused(() -> Money.rounded(new BigDecimal("0.005"), RoundingMode.UNNECESSARY));
        refused(() -> Money.rounded(null, RoundingMode.HALF_UP));
        refused(() -> Money.rounded(BigDecimal.ONE, null));
        refused(() -> Money.sum(Arrays.asList(Money.yuan(1), null)));
        refused(() -> Money.sum(null));
        refused(() -> Money.of("0.01").times(Share.ofPercent(50), RoundingMode.UNNECESSARY));
        refused(() -> Money.of("0.01").times(Share.ofPercent(50), null));
        refused(() -> Money.of("0.01").times(null, RoundingMode.HALF_UP));
        refused(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.of("0.01")).toFen());
        refused(() -> Money.yuan(Long.MAX_VALUE).toFen());
        assertThat(Money.rounded(new BigDecimal("0.005"), RoundingMode.HALF_UP)).isEqualTo(Money.of("0.01"));
    }

    @Test
    @DisplayName("bad-input #197 #198 #220: input exceptions and violations are built the one way")
    void exceptions_and_violations() {
        assertThat(new PolicyInputException(List.of()).violations()).hasSize(1);
        assertThat(new PolicyInputException(null).violations()).hasSize(1);
        refused(() -> Violation.of(null, "a", "b", null));
    }

    @Test
    @DisplayName("bad-input #206-#212 #262: sanctions refuse nulls, no measure, mixed pay components and point overflow")
    void sanctions() {
        Sanction warning = Sanction.of(new SanctionMeasure.Warning(SanctionMeasure.WarningForm.ORAL));
        refused(() -> warning.and(null));
        refused(() -> Sanction.of(new SanctionMeasure.PayWithheld(SanctionMeasure.PayComponent.DAY_BASE_PAY),
                new SanctionMeasure.PayWithheld(SanctionMeasure.PayComponent.MONTH_BASE_PAY)));
        refused(() -> Sanction.of((List<SanctionMeasure>) null));
        refused(() -> Sanction.of((SanctionMeasure) null));
        refused(() -> Sanction.of());
        refused(() -> new SanctionMeasure.PayWithheld(null));
        refused(() -> new SanctionMeasure.Warning(null));
        assertThatThrownBy(() -> Sanction.of(new SanctionMeasure.PointDeduction(Integer.MAX_VALUE), new SanctionMeasure.PointDeduction(1)))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("more points than can be counted");
    }

    @Test
    @DisplayName("bad-input #213-#219 #265: shares refuse nulls; proportional shares of any weights total 100%")
    void shares() {
        refused(() -> Share.ofPercent(50).compareTo(null));
        refused(() -> Share.ofPercent((String) null));
        List<Share> split = Share.proportional(Long.MAX_VALUE, 1);
        assertThat(split.get(0).percent()).isEqualByComparingTo("100");
        assertThat(split.get(1).percent()).isEqualByComparingTo("0");
        refused(() -> Share.proportional((long[]) null));
        refused(() -> Share.totalOneHundred(Arrays.asList(Share.ofPercent(50), null)));
        refused(() -> Share.totalPercent(Arrays.asList((Share) null)));
        refused(() -> Share.totalPercent(null));
    }

    @Property(tries = 300)
    @Label("bad-input #265: proportional shares of any non-negative weights total exactly 100% or fail cleanly")
    void proportional_of_any_weights(@ForAll @Size(min = 1, max = 6) List<@LongRange(min = 0, max = Long.MAX_VALUE) Long> weights) {
        long[] w = weights.stream().mapToLong(Long::longValue).toArray();
        try {
            assertThat(Share.totalOneHundred(Share.proportional(w))).isTrue();
        } catch (PolicyInputException allZero) {
            assertThat(weights).allMatch(x -> x == 0);
        }
    }

    @Test
    @DisplayName("bad-input #221 #222: working hours refuse null")
    void working_hours() {
        refused(() -> WorkingHours.CUSTOMER_SERVICE_DESK.contains(null));
        refused(() -> WorkingHours.of((String[]) null));
        assertThat(WorkingHours.CUSTOMER_SERVICE_DESK.contains(LocalTime.of(21, 59))).isTrue();
    }
}
