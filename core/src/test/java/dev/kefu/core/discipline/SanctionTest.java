package dev.kefu.core.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.discipline.SanctionMeasure.BonusShareWithheld;
import dev.kefu.core.discipline.SanctionMeasure.CompanyWideNotice;
import dev.kefu.core.discipline.SanctionMeasure.Dismissal;
import dev.kefu.core.discipline.SanctionMeasure.Fine;
import dev.kefu.core.discipline.SanctionMeasure.MajorDemerit;
import dev.kefu.core.discipline.SanctionMeasure.PayComponent;
import dev.kefu.core.discipline.SanctionMeasure.PayWithheld;
import dev.kefu.core.discipline.SanctionMeasure.PointDeduction;
import dev.kefu.core.discipline.SanctionMeasure.Reprimand;
import dev.kefu.core.discipline.SanctionMeasure.Transfer;
import dev.kefu.core.discipline.SanctionMeasure.Warning;
import dev.kefu.core.discipline.SanctionMeasure.WarningForm;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.PolicyInputException;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SanctionTest {

    @Test
    @DisplayName("CMP-12 tier 3 combines a reprimand, a 300 yuan fine, minus 10 points and a notice")
    void combined_sanction() {
        Sanction tier3 = Sanction.of(new Reprimand(), new Fine(Money.yuan(300)), new PointDeduction(10), new CompanyWideNotice());
        assertThat(tier3.fine()).isEqualTo(Money.yuan(300));
        assertThat(tier3.pointsDeducted()).isEqualTo(10);
        assertThat(tier3.isDismissal()).isFalse();
        assertThat(tier3.isWarningOnly()).isFalse();
        assertThat(tier3.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("申诫，罚款 300.00 元，扣考核分 10 分，全公司通报");
        assertThat(tier3.describe(Locale.ENGLISH))
                .isEqualTo("formal reprimand, fine of 300.00 yuan, minus 10 appraisal points, company-wide notice");
    }

    @Test
    @DisplayName("ATT-2 the serious case: the month's base pay and 50% of the month's bonus")
    void grabbing_customers_serious() {
        Sanction s = Sanction.of(new PayWithheld(PayComponent.MONTH_BASE_PAY), new BonusShareWithheld(Share.HALF));
        assertThat(s.describe(Locale.ENGLISH)).isEqualTo("the month's base pay withheld, 50% of the month's bonus withheld");
        assertThat(s.find(BonusShareWithheld.class)).contains(new BonusShareWithheld(Share.HALF));
        assertThat(s.fine()).isEqualTo(Money.ZERO);
    }

    @Test
    @DisplayName("CMP-12 tier 4 and tier 5 in words")
    void major_demerit_and_dismissal() {
        Sanction tier4 = Sanction.of(new MajorDemerit(), new Fine(Money.yuan(1000)),
                new PayWithheld(PayComponent.MONTH_PERFORMANCE_PAY), new CompanyWideNotice());
        assertThat(tier4.describe(Locale.CHINA)).isEqualTo("记大过，罚款 1000.00 元，扣发当月绩效工资，全公司通报");
        Sanction tier5 = Sanction.of(new Dismissal(true));
        assertThat(tier5.isDismissal()).isTrue();
        assertThat(tier5.describe(Locale.CHINA)).isEqualTo("辞退，并追究经济及法律责任");
        assertThat(Sanction.of(new Transfer()).describe(Locale.ENGLISH)).isEqualTo("transfer to another post");
    }

    @Test
    @DisplayName("APR-9 a warning alone; combining merges fines and points and keeps the stronger warning")
    void merging() {
        Sanction w = Sanction.of(new Warning(WarningForm.ORAL));
        assertThat(w.isWarningOnly()).isTrue();
        Sanction merged = Sanction.of(new Fine(Money.yuan(10)), new PointDeduction(2), new Warning(WarningForm.ORAL))
                .and(Sanction.of(new Fine(Money.yuan(20)), new PointDeduction(3), new Warning(WarningForm.WRITTEN)));
        assertThat(merged.fine()).isEqualTo(Money.yuan(30));
        assertThat(merged.pointsDeducted()).isEqualTo(5);
        assertThat(merged.find(Warning.class)).contains(new Warning(WarningForm.WRITTEN));
        assertThat(merged.measures()).hasSize(3);
        assertThat(merged.toString()).contains("fine of 30.00 yuan");
    }

    @Test
    @DisplayName("CORE-MONEY-1 a fine must be positive; points must be positive; a sanction needs a measure")
    void bad_measures() {
        assertThatThrownBy(() -> new Fine(Money.ZERO)).isInstanceOf(PolicyInputException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> new Fine(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new PointDeduction(0)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new BonusShareWithheld(Share.ZERO)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(Sanction::of).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sanction.of(new PayWithheld(PayComponent.DAY_BASE_PAY), new PayWithheld(PayComponent.MONTH_SALARY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("CORE discipline: dismissal (辞退) and expulsion (开除) are distinct sanctions (Definitions and precedence, APR-8, EST-2, EST-9, CMP-12)")
    void dismissal_and_expulsion_are_distinct() {
        Sanction expel = Sanction.of(new SanctionMeasure.Expulsion(false));
        Sanction dismiss = Sanction.of(new Dismissal(false));
        assertThat(expel.isExpulsion()).isTrue();
        assertThat(expel.isDismissal()).isFalse();
        assertThat(expel.endsEmployment()).isTrue();
        assertThat(dismiss.isExpulsion()).isFalse();
        assertThat(dismiss.endsEmployment()).isTrue();
        assertThat(Sanction.of(new SanctionMeasure.Expulsion(true)).describe(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("开除，并追究经济及法律责任");
        assertThat(expel.describe(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("开除");
        assertThat(dismiss.describe(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("辞退");
        assertThat(expel.describe(java.util.Locale.ENGLISH)).isEqualTo("expulsion");
    }
}
