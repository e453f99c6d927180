package dev.kefu.appraisal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.PolicyInputException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PenaltyLedgerTest {

    static final EmployeeId E = EmployeeId.of("e1");
    static final EmployeeId MGR = EmployeeId.of("cs-manager");
    static final LocalDate D = LocalDate.of(2025, 6, 10);

    private final PenaltyLedger ledger = PenaltyLedger.create(3, Optional.empty());

    @Test
    @DisplayName("APR-9 a first offence gets a warning instead, recorded by the customer-service manager; the second is fined")
    void first_offence_warning() {
        Decision<LedgerEntry> first = ledger.recordOffence(E, OffenceCode.PHONE_NOT_ANSWERED_IN_THREE_RINGS, D, MGR);
        assertThat(first.outcome().kind()).isEqualTo(EntryKind.WARNING);
        assertThat(first.outcome().amount()).isEqualTo(Money.ZERO);
        assertThat(first.outcome().recordedBy()).isEqualTo(MGR);
        assertThat(first.ruleIds()).extracting(Object::toString).containsExactly("APR-9");
        Decision<LedgerEntry> second = ledger.recordOffence(E, OffenceCode.PHONE_NOT_ANSWERED_IN_THREE_RINGS, D.plusDays(1), MGR);
        assertThat(second.outcome().kind()).isEqualTo(EntryKind.PENALTY);
        assertThat(second.outcome().amount()).isEqualTo(Money.yuan(-20));
        assertThat(ledger.recordOffence(E, OffenceCode.HOGGING_PHONE, D.plusDays(2), MGR).outcome().kind())
                .as("another offence is a first offence of its own").isEqualTo(EntryKind.WARNING);
        assertThat(ledger.recordOffence(EmployeeId.of("e2"), OffenceCode.PHONE_NOT_ANSWERED_IN_THREE_RINGS, D, MGR).outcome().kind())
                .isEqualTo(EntryKind.WARNING);
    }

    @Test
    @DisplayName("APR-9 dismissal offences are never softened to a warning")
    void dismissal_not_softened() {
        Decision<LedgerEntry> d = ledger.recordOffence(E, OffenceCode.LEAKING_CUSTOMER_DATA, D, MGR);
        Sanction s = d.outcome().sanction().orElseThrow();
        assertThat(s.isDismissal()).isTrue();
        assertThat(s.find(SanctionMeasure.PayWithheld.class)).contains(new SanctionMeasure.PayWithheld(SanctionMeasure.PayComponent.MONTH_SALARY));
        assertThat(d.outcome().kind()).isEqualTo(EntryKind.PENALTY);
        assertThat(d.explain(Locale.ENGLISH)).contains("never softened");
        assertThat(OffenceCode.DAMAGING_COMPUTER.sanction().isDismissal()).isTrue();
        assertThat(OffenceCode.VIRUS_FROM_UNRELATED_USE.sanction().find(SanctionMeasure.CompanyWideNotice.class)).isPresent();
    }

    @Test
    @DisplayName("APR-9 the look-back is configurable: an old offence no longer counts")
    void look_back() {
        PenaltyLedger yearly = PenaltyLedger.create(3, Optional.of(Period.ofYears(1)));
        yearly.recordOffence(E, OffenceCode.MESSY_HAIR, LocalDate.of(2024, 1, 1), MGR);
        assertThat(yearly.recordOffence(E, OffenceCode.MESSY_HAIR, LocalDate.of(2025, 6, 1), MGR).outcome().kind()).isEqualTo(EntryKind.WARNING);
        assertThat(yearly.recordOffence(E, OffenceCode.MESSY_HAIR, LocalDate.of(2025, 6, 2), MGR).outcome().kind()).isEqualTo(EntryKind.PENALTY);
        assertThatThrownBy(() -> PenaltyLedger.create(1, Optional.of(Period.ZERO))).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("transferAfterOffences").hasMessageContaining("lookBack");
    }

    @Test
    @DisplayName("APR-6 warning, then fine, then transfer for repeated breaches")
    void escalation() {
        ledger.recordOffence(E, OffenceCode.UNSUITABLE_CLOTHES, D, MGR);
        Decision<LedgerEntry> fine = ledger.recordOffence(E, OffenceCode.UNSUITABLE_CLOTHES, D.plusDays(1), MGR);
        assertThat(fine.outcome().sanction().orElseThrow().find(SanctionMeasure.Transfer.class)).isEmpty();
        Decision<LedgerEntry> third = ledger.recordOffence(E, OffenceCode.UNSUITABLE_CLOTHES, D.plusDays(2), MGR);
        assertThat(third.outcome().sanction().orElseThrow().find(SanctionMeasure.Transfer.class)).isPresent();
        assertThat(third.ruleIds()).extracting(Object::toString).contains("APR-8", "APR-6");
        assertThat(third.outcome().amount()).isEqualTo(Money.yuan(-10));
    }

    @Test
    @DisplayName("APR-5 APR-7 rewards from the schedule; APR-5 rewards need the company's amount")
    void rewards() {
        assertThat(ledger.recordReward(E, RewardCode.PRAISE_LETTER, Optional.empty(), D, MGR).outcome().amount()).isEqualTo(Money.yuan(50));
        assertThat(ledger.recordReward(E, RewardCode.CATCHES_ORDER_OR_WEBSITE_MISTAKE, Optional.of(Money.yuan(999)), D, MGR).outcome().amount())
                .isEqualTo(Money.yuan(100));
        Decision<LedgerEntry> apr5 = ledger.recordReward(E, RewardCode.OUTSTANDING_HANDLING, Optional.of(Money.yuan(300)), D, MGR);
        assertThat(apr5.outcome().amount()).isEqualTo(Money.yuan(300));
        assertThat(apr5.ruleIds()).extracting(Object::toString).containsExactly("APR-5");
        assertThatThrownBy(() -> ledger.recordReward(E, RewardCode.ADOPTED_SUGGESTION_WITH_BENEFIT, Optional.empty(), D, MGR))
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> ledger.recordReward(E, RewardCode.ADOPTED_SUGGESTION_WITH_BENEFIT, Optional.of(Money.ZERO), D, MGR))
                .hasMessageContaining("amount");
        assertThat(RewardCode.values()).hasSize(9);
        assertThat(OffenceCode.values()).hasSize(27);
    }

    @Test
    @DisplayName("CMP-12 ATT-2 sanctions from complaints and grabbing are recorded through the same ledger")
    void outside_sanctions() {
        Sanction tier2 = Sanction.of(new SanctionMeasure.Fine(Money.yuan(200)), new SanctionMeasure.PointDeduction(5), new SanctionMeasure.CompanyWideNotice());
        Decision<LedgerEntry> e = ledger.recordSanction(E, tier2, RuleId.of("CMP-12"), "CMP-12:ARGUING_WITH_A_CUSTOMER", D, MGR);
        assertThat(e.outcome().amount()).isEqualTo(Money.yuan(-200));
        assertThat(e.outcome().points()).isEqualTo(5);
        Sanction grab = Sanction.of(new SanctionMeasure.PayWithheld(SanctionMeasure.PayComponent.DAY_BASE_PAY));
        assertThat(ledger.recordSanction(E, grab, RuleId.of("ATT-2"), "ATT-2:NORMAL", D, MGR).outcome().amount()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> ledger.recordSanction(E, null, RuleId.of("CMP-12"), " ", D, MGR)).hasMessageContaining("sanction")
                .hasMessageContaining("code");
    }

    @Test
    @DisplayName("APR-8 APR-9 a monthly statement sums rewards, fines, warnings and points")
    void statement() {
        ledger.recordOffence(E, OffenceCode.MESSY_HAIR, D, MGR);
        ledger.recordOffence(E, OffenceCode.MESSY_HAIR, D, MGR);
        ledger.recordReward(E, RewardCode.PRAISE_LETTER, Optional.empty(), D, MGR);
        ledger.recordSanction(E, Sanction.of(new SanctionMeasure.Fine(Money.yuan(200)), new SanctionMeasure.PointDeduction(5)),
                RuleId.of("CMP-12"), "CMP-12:X", D, MGR);
        ledger.recordOffence(E, OffenceCode.MESSY_HAIR, LocalDate.of(2025, 7, 1), MGR);
        MonthlyStatement s = ledger.statement(E, YearMonth.of(2025, 6));
        assertThat(s.rewards()).isEqualTo(Money.yuan(50));
        assertThat(s.fines()).isEqualTo(Money.yuan(220));
        assertThat(s.net()).isEqualTo(Money.yuan(-170));
        assertThat(s.warnings()).isEqualTo(1);
        assertThat(s.pointsDeducted()).isEqualTo(5);
        assertThat(s.entries()).isEqualTo(4);
        assertThat(ledger.statement(EmployeeId.of("nobody"), YearMonth.of(2025, 6)).entries()).isZero();
        assertThat(ledger.entries()).hasSize(5).extracting(LedgerEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThatThrownBy(() -> ledger.recordOffence(null, null, null, null)).isInstanceOf(PolicyInputException.class);
        assertThat(ledger.entries()).hasSize(5);
    }
}
