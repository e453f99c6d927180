package dev.kefu.complaints.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.PolicyInputException;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComplaintPenaltyTest {

    private static Sanction of(ComplaintOffence o) {
        return ComplaintPenaltySchedule.fixedTier(o).outcome();
    }

    @Test
    @DisplayName("CMP-12 tier 1 is a fine between 30 and 100 yuan chosen per case; other amounts are refused")
    void tier_one() {
        assertThat(ComplaintPenaltySchedule.tier1(ComplaintOffence.POOR_ATTITUDE_OR_LOW_EFFICIENCY, Money.yuan(50)).outcome().fine())
                .isEqualTo(Money.yuan(50));
        assertThat(ComplaintPenaltySchedule.tier1(ComplaintOffence.NOT_KNOWING_THE_BUSINESS, Money.yuan(30)).outcome().fine()).isEqualTo(Money.yuan(30));
        assertThat(ComplaintPenaltySchedule.tier1(ComplaintOffence.DISRESPECTING_CUSTOMERS, Money.yuan(100)).outcome().fine()).isEqualTo(Money.yuan(100));
        assertThatThrownBy(() -> ComplaintPenaltySchedule.tier1(ComplaintOffence.DISRESPECTING_CUSTOMERS, Money.of("29.99")))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("tier1Fine");
        assertThatThrownBy(() -> ComplaintPenaltySchedule.tier1(ComplaintOffence.DISRESPECTING_CUSTOMERS, Money.of("100.01")))
                .hasMessageContaining("between CNY 30.00 and CNY 100.00");
        assertThatThrownBy(() -> of(ComplaintOffence.POOR_ATTITUDE_OR_LOW_EFFICIENCY)).hasMessageContaining("tier1Fine");
        assertThatThrownBy(() -> ComplaintPenaltySchedule.tier1(null, null)).hasMessageContaining("offence");
        assertThatThrownBy(() -> ComplaintPenaltySchedule.tier1(ComplaintOffence.ARGUING_WITH_A_CUSTOMER, Money.yuan(50)))
                .hasMessageContaining("only for a tier-1 offence");
    }

    @Test
    @DisplayName("CMP-12 tiers 2-4 as the regulation sets them; explanations show labels, not constant names")
    void higher_tiers() {
        Sanction t2 = of(ComplaintOffence.ARGUING_WITH_A_CUSTOMER);
        assertThat(t2.fine()).isEqualTo(Money.yuan(200));
        assertThat(t2.pointsDeducted()).isEqualTo(5);
        assertThat(t2.find(SanctionMeasure.CompanyWideNotice.class)).isPresent();
        Sanction t3 = of(ComplaintOffence.DENYING_THE_FACTS);
        assertThat(t3.describe(Locale.CHINA)).isEqualTo("申诫，罚款 300.00 元，扣考核分 10 分，全公司通报");
        Sanction t4 = of(ComplaintOffence.HIDING_A_COMPLAINT);
        assertThat(t4.describe(Locale.CHINA)).isEqualTo("记大过，罚款 1000.00 元，扣发当月绩效工资，全公司通报");
        assertThat(Arrays.stream(ComplaintOffence.values()).mapToInt(ComplaintOffence::tier).distinct().count()).isEqualTo(5);
        assertThat(ComplaintPenaltySchedule.fixedTier(ComplaintOffence.SUPERVISOR_FAILED).explain(Locale.ENGLISH))
                .isEqualTo("[CMP-12] a supervisor failing to supervise or resolve complaints is a tier-3 offence");
        assertThat(ComplaintPenaltySchedule.fixedTier(ComplaintOffence.SUPERVISOR_FAILED).explain(Locale.CHINA))
                .isEqualTo("[CMP-12] 主管监督不力、处理投诉不当属第 3 级违规");
        assertThatThrownBy(() -> ComplaintPenaltySchedule.forOffence(ComplaintOffence.DENYING_THE_FACTS)
                .endEmploymentBy(EmploymentEnd.DISMISSAL).liability(Liability.NONE).decide())
                .isInstanceOf(PolicyInputException.class).satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(2));
    }

    @Test
    @DisplayName("CMP-12 tier 5 is dismissal (辞退) or expulsion (开除), chosen per case, with liability where serious")
    void tier_five() {
        Sanction dismissal = ComplaintPenaltySchedule.tier5(ComplaintOffence.RETALIATING, EmploymentEnd.DISMISSAL, Liability.NONE).outcome();
        assertThat(dismissal.isDismissal()).isTrue();
        assertThat(dismissal.isExpulsion()).isFalse();
        Sanction expulsion = ComplaintPenaltySchedule.tier5(ComplaintOffence.FALSE_PROMISES, EmploymentEnd.EXPULSION, Liability.ECONOMIC_AND_LEGAL)
                .outcome();
        assertThat(expulsion.find(SanctionMeasure.Expulsion.class)).contains(new SanctionMeasure.Expulsion(true));
        assertThat(expulsion.isDismissal()).isFalse();
        assertThat(ComplaintPenaltySchedule.tier5(ComplaintOffence.INSULTING_OR_HITTING, EmploymentEnd.DISMISSAL, Liability.ECONOMIC_AND_LEGAL)
                .outcome().find(SanctionMeasure.Dismissal.class)).contains(new SanctionMeasure.Dismissal(true));
        assertThatThrownBy(() -> ComplaintPenaltySchedule.fixedTier(ComplaintOffence.RETALIATING)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("endEmploymentBy").hasMessageContaining("liability");
        assertThatThrownBy(() -> ComplaintPenaltySchedule.forOffence(ComplaintOffence.RETALIATING).tier1Fine(Money.yuan(50))
                .endEmploymentBy(EmploymentEnd.EXPULSION).liability(Liability.NONE).decide()).hasMessageContaining("tier1Fine");
    }

    @Test
    @DisplayName("CMP-12 APR-8 one act, one sanction: CMP-12 applies and APR-8 is listed as matched, not applied")
    void one_act_one_sanction() {
        var d = ComplaintPenaltySchedule.forOffence(ComplaintOffence.ARGUING_WITH_A_CUSTOMER)
                .alsoMatched(dev.kefu.core.decision.RuleId.of("APR-8")).decide();
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactly("CMP-12");
        assertThat(d.outcome().fine()).isEqualTo(Money.yuan(200));
        assertThat(d.explain(Locale.ENGLISH)).contains("APR-8 is matched, not applied");
        assertThatThrownBy(() -> ComplaintPenaltySchedule.forOffence(ComplaintOffence.ARGUING_WITH_A_CUSTOMER).alsoMatched(null).decide())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("alsoMatched");
    }

    @Test
    @DisplayName("CMP-13 the department manager administers; if they fail or are the subject, the general manager decides")
    void administration() {
        assertThat(PenaltyAdministration.administeredBy(PenaltyAdministration.ManagerSituation.ACTING).outcome())
                .isEqualTo(PenaltyAdministration.Administrator.DEPARTMENT_MANAGER);
        assertThat(PenaltyAdministration.administeredBy(PenaltyAdministration.ManagerSituation.FAILED_TO_ACT).outcome())
                .isEqualTo(PenaltyAdministration.Administrator.GENERAL_MANAGER);
        assertThat(PenaltyAdministration.administeredBy(PenaltyAdministration.ManagerSituation.COMPLAINED_ABOUT).explain(Locale.CHINA))
                .contains("部门经理本人被投诉");
        assertThat(PenaltyAdministration.administeredBy(PenaltyAdministration.ManagerSituation.FAILED_TO_ACT).explain(Locale.ENGLISH))
                .contains("failed to act");
        assertThatThrownBy(() -> PenaltyAdministration.administeredBy(null)).isInstanceOf(PolicyInputException.class);
    }
}
