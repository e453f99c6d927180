package dev.kefu.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.id.AccountId;
import dev.kefu.core.id.ComplaintId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.DepartmentId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.id.ProductId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import dev.kefu.core.validation.Violations;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Equality, ordering and text of the kernel's value types. */
class ValueSemanticsTest {

    private static final MessageBundle CAL = MessageBundle.beside(dev.kefu.core.calendar.BusinessCalendar.class, "messages");

    @Test
    @DisplayName("CORE-MONEY-1 money and shares compare by value")
    void money_and_shares() {
        assertThat(Money.of("1.50")).isEqualTo(Money.of("1.5")).isNotEqualTo(Money.of("1.51")).isNotEqualTo("1.50");
        assertThat(Money.of("1.50").hashCode()).isNotEqualTo(Money.of("1.51").hashCode());
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(Money.ZERO.isPositive()).isFalse();
        assertThat(Money.ofFen(1).isZero()).isFalse();
        assertThat(Money.yuan(1).isGreaterThan(Money.yuan(1))).isFalse();
        assertThat(Share.ofPercent("50.0")).isEqualTo(Share.HALF).hasSameHashCodeAs(Share.HALF).isNotEqualTo(Share.ALL).isNotEqualTo("50%");
        assertThat(Share.ofPercent(20).hashCode()).isNotEqualTo(Share.ofPercent(80).hashCode());
        assertThat(Share.ofPercent(20)).isLessThan(Share.ofPercent(80));
        assertThat(Share.ofPercent(100).isZero()).isFalse();
        assertThat(Share.ofPercent(0).isZero()).isTrue();
        assertThat(Share.ofPercent("99.9999").percent()).isEqualByComparingTo("99.9999");
        assertThat(Share.ofPercent("0.0001").percent()).isEqualByComparingTo("0.0001");
    }

    @Test
    @DisplayName("CORE-DEC-1 rule IDs, reasons, decisions and violations compare by value")
    void decisions_and_violations() {
        assertThat(RuleId.of("ATT-9")).isEqualTo(RuleId.of("ATT-9")).hasSameHashCodeAs(RuleId.of("ATT-9"))
                .isNotEqualTo(RuleId.of("ATT-8")).isNotEqualTo("ATT-9");
        assertThat(RuleId.of("ATT-9").hashCode()).isNotEqualTo(RuleId.of("ATT-8").hashCode());
        Reason r = Reason.of(RuleId.of("CORE-CAL-1"), CAL, "calendar.notWorkingDay", "2025-10-01");
        Reason same = Reason.of(RuleId.of("CORE-CAL-1"), CAL, "calendar.notWorkingDay", "2025-10-01");
        Reason other = Reason.of(RuleId.of("CORE-CAL-1"), CAL, "calendar.notWorkingDay", "2025-10-02");
        assertThat(r).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo("x");
        assertThat(r.hashCode()).isNotEqualTo(other.hashCode());
        assertThat(r.key()).isEqualTo("calendar.notWorkingDay");
        assertThat(r.args()).containsExactly("2025-10-01");
        assertThat(r.toString()).isEqualTo("[CORE-CAL-1] 2025-10-01 is not a working day");
        assertThat(Decision.of(1, List.of(r))).isEqualTo(Decision.of(1, r)).isNotEqualTo(Decision.of(2, r))
                .isNotEqualTo(Decision.of(1, other)).isNotEqualTo("x");
        assertThat(Decision.of(1, r).hashCode()).isNotEqualTo(Decision.of(1, other).hashCode());
        Violation v = Violation.of("a", "en", "zh", RuleId.of("ATT-7"));
        assertThat(v).isEqualTo(Violation.of("a", "en", "zh", RuleId.of("ATT-7")))
                .hasSameHashCodeAs(Violation.of("a", "en", "zh", RuleId.of("ATT-7")))
                .isNotEqualTo(Violation.of("b", "en", "zh", RuleId.of("ATT-7")))
                .isNotEqualTo(Violation.of("a", "other", "zh", RuleId.of("ATT-7")))
                .isNotEqualTo(Violation.of("a", "en", "zh", null))
                .isNotEqualTo("a");
        assertThat(v.toString()).isEqualTo("a: en [ATT-7]");
        assertThat(Violation.of("", "en", "zh", null).render(Locale.CHINA)).isEqualTo("zh");
        PolicyInputException e = new PolicyInputException(List.of(v));
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(e.getLocalizedMessage()).isEqualTo("输入无效：a: zh [ATT-7]");
        } finally {
            Locale.setDefault(saved);
        }
        assertThat(Violations.create().addAll(List.of(v)).list()).containsExactly(v);
        assertThat(Violations.create().add("x", "required", null).isEmpty()).isFalse();
    }

    @Test
    @DisplayName("CORE-DEC-1 bundle arguments: money, shares and enums render in display form")
    void bundle_arguments() {
        MessageBundle discipline = MessageBundle.beside(Sanction.class, "messages");
        assertThat(discipline.format(Locale.ENGLISH, "measure.fine", Money.yuan(5))).isEqualTo("fine of 5.00 yuan");
        assertThat(discipline.format(Locale.ENGLISH, "measure.bonusShare", Share.HALF)).isEqualTo("50% of the month's bonus withheld");
        assertThat(CAL.format(Locale.ENGLISH, "calendar.notWorkingDay", java.time.DayOfWeek.MONDAY)).isEqualTo("MONDAY is not a working day");
        assertThat(CAL.format(Locale.ENGLISH, "calendar.notWorkingDay", 1234)).isEqualTo("1,234 is not a working day");
        assertThat(CAL.format(null, "calendar.notWorkingDay", "x")).isEqualTo("x is not a working day");
        assertThat(CAL.contains(Locale.ENGLISH, "calendar.notWorkingDay")).isTrue();
        assertThat(CAL.contains(Locale.ENGLISH, "nope")).isFalse();
        assertThat(CAL.toString()).contains("dev/kefu/core/calendar/messages");
        assertThat(MessageBundle.isChinese(null)).isFalse();
    }

    @Test
    @DisplayName("CMP-12 sanctions merge the stronger dismissal and the larger bonus share")
    void sanction_merges() {
        Sanction s = Sanction.of(new SanctionMeasure.Dismissal(false), new SanctionMeasure.Dismissal(true),
                new SanctionMeasure.BonusShareWithheld(Share.ofPercent(20)), new SanctionMeasure.BonusShareWithheld(Share.HALF));
        assertThat(s.find(SanctionMeasure.Dismissal.class)).contains(new SanctionMeasure.Dismissal(true));
        assertThat(s.find(SanctionMeasure.BonusShareWithheld.class)).contains(new SanctionMeasure.BonusShareWithheld(Share.HALF));
        Sanction t = Sanction.of(new SanctionMeasure.Dismissal(true), new SanctionMeasure.Dismissal(false),
                new SanctionMeasure.BonusShareWithheld(Share.HALF), new SanctionMeasure.BonusShareWithheld(Share.ofPercent(20)),
                new SanctionMeasure.Warning(SanctionMeasure.WarningForm.WRITTEN), new SanctionMeasure.Warning(SanctionMeasure.WarningForm.ORAL),
                new SanctionMeasure.Reprimand(), new SanctionMeasure.Reprimand());
        assertThat(t.measures()).containsExactly(new SanctionMeasure.Dismissal(true),
                new SanctionMeasure.BonusShareWithheld(Share.HALF), new SanctionMeasure.Warning(SanctionMeasure.WarningForm.WRITTEN),
                new SanctionMeasure.Reprimand());
        assertThat(Sanction.of(new SanctionMeasure.Warning(SanctionMeasure.WarningForm.WRITTEN)).describe(Locale.CHINA)).isEqualTo("书面警告");
        assertThat(Sanction.of(new SanctionMeasure.Warning(SanctionMeasure.WarningForm.ORAL), new SanctionMeasure.Reprimand()).isWarningOnly()).isFalse();
        assertThat(Sanction.of(new SanctionMeasure.Reprimand()).isWarningOnly()).isFalse();
    }

    @Test
    @DisplayName("typed ids order and print by value; 128 characters is the longest accepted")
    void ids() {
        assertThat(CustomerId.of("a")).isLessThan(CustomerId.of("b"));
        assertThat(AccountId.of("a")).isLessThan(AccountId.of("b")).hasToString("a");
        assertThat(ProductId.of("a")).isLessThan(ProductId.of("b")).hasToString("a");
        assertThat(DepartmentId.of("a")).isLessThan(DepartmentId.of("b")).hasToString("a");
        assertThat(ComplaintId.of("a")).isLessThan(ComplaintId.of("b")).hasToString("a");
        assertThat(EmployeeId.of("a")).hasToString("a");
        assertThat(DepartmentId.of("x".repeat(128)).value()).hasSize(128);
    }
}
