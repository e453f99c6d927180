package dev.kefu.complaints.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.PolicyInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComplaintPenaltyTest {

    private static Sanction of(ComplaintOffence o) {
        return ComplaintPenaltySchedule.sanction(o, Optional.empty(), false).outcome();
    }

    @Test
    @DisplayName("CMP-12 tier 1 is a fine between 30 and 100 yuan; other amounts are refused")
    void tier_one() {
        Sanction s = ComplaintPenaltySchedule.sanction(ComplaintOffence.POOR_ATTITUDE_OR_LOW_EFFICIENCY, Optional.of(Money.yuan(50)), false).outcome();
        assertThat(s.fine()).isEqualTo(Money.yuan(50));
        assertThat(ComplaintPenaltySchedule.sanction(ComplaintOffence.NOT_KNOWING_THE_BUSINESS, Optional.of(Money.yuan(30)), false).outcome().fine())
                .isEqualTo(Money.yuan(30));
        assertThat(ComplaintPenaltySchedule.sanction(ComplaintOffence.DISRESPECTING_CUSTOMERS, Optional.of(Money.yuan(100)), false).outcome().fine())
                .isEqualTo(Money.yuan(100));
        assertThatThrownBy(() -> ComplaintPenaltySchedule.sanction(ComplaintOffence.DISRESPECTING_CUSTOMERS, Optional.of(Money.of("29.99")), false))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("tier1Amount");
        assertThatThrownBy(() -> ComplaintPenaltySchedule.sanction(ComplaintOffence.DISRESPECTING_CUSTOMERS, Optional.of(Money.of("100.01")), false))
                .hasMessageContaining("between 30 and 100");
        assertThatThrownBy(() -> of(ComplaintOffence.POOR_ATTITUDE_OR_LOW_EFFICIENCY)).hasMessageContaining("tier1Amount");
        assertThatThrownBy(() -> ComplaintPenaltySchedule.sanction(null, null, false)).hasMessageContaining("offence");
    }

    @Test
    @DisplayName("CMP-12 tiers 2-5 as the regulation sets them")
    void higher_tiers() {
        Sanction t2 = of(ComplaintOffence.ARGUING_WITH_A_CUSTOMER);
        assertThat(t2.fine()).isEqualTo(Money.yuan(200));
        assertThat(t2.pointsDeducted()).isEqualTo(5);
        assertThat(t2.find(SanctionMeasure.CompanyWideNotice.class)).isPresent();
        Sanction t3 = of(ComplaintOffence.DENYING_THE_FACTS);
        assertThat(t3.describe(Locale.CHINA)).isEqualTo("申诫，罚款 300.00 元，扣考核分 10 分，全公司通报");
        Sanction t4 = of(ComplaintOffence.HIDING_A_COMPLAINT);
        assertThat(t4.describe(Locale.CHINA)).isEqualTo("记大过，罚款 1000.00 元，扣发当月绩效工资，全公司通报");
        assertThat(of(ComplaintOffence.RETALIATING).isDismissal()).isTrue();
        assertThat(ComplaintPenaltySchedule.sanction(ComplaintOffence.FALSE_PROMISES, Optional.empty(), true).outcome()
                .find(SanctionMeasure.Dismissal.class)).contains(new SanctionMeasure.Dismissal(true));
        assertThat(Arrays.stream(ComplaintOffence.values()).mapToInt(ComplaintOffence::tier).distinct().count()).isEqualTo(5);
        assertThat(ComplaintPenaltySchedule.sanction(ComplaintOffence.SUPERVISOR_FAILED, Optional.empty(), false).explain(Locale.ENGLISH))
                .isEqualTo("[CMP-12] SUPERVISOR_FAILED is a tier-3 offence");
    }

    @Test
    @DisplayName("CMP-13 the department manager administers; if they fail or are the subject, the general manager decides")
    void administration() {
        assertThat(PenaltyAdministration.administeredBy(false, false).outcome()).isEqualTo(PenaltyAdministration.Administrator.DEPARTMENT_MANAGER);
        assertThat(PenaltyAdministration.administeredBy(true, false).outcome()).isEqualTo(PenaltyAdministration.Administrator.GENERAL_MANAGER);
        assertThat(PenaltyAdministration.administeredBy(false, true).explain(Locale.CHINA)).contains("部门经理本人被投诉");
    }
}
