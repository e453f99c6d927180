package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.A;
import static dev.kefu.sales.floor.Fixtures.explained;
import static dev.kefu.sales.floor.Fixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FloorCashTest {

    private static final FloorCash CASH = FloorCash.regulation();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    @DisplayName("EST-8 a payment at finance with finance's receipt counts as received")
    void received() {
        Payment p = Payment.atFinance(Money.yuan(50_000), DAY, "F-0001");
        Decision<PaymentStanding> d = CASH.credit(p);
        assertThat(d.outcome()).isEqualTo(PaymentStanding.RECEIVED);
        assertThat(p.countsAsReceived()).isTrue();
        assertThat(p.financeReceipt()).contains("F-0001");
        assertThat(explained(d)).contains("50000.00").contains("2026-03-01");
    }

    @Test
    @DisplayName("EST-8 without finance's receipt a payment is not received")
    void noReceipt() {
        Payment p = Payment.atFinanceWithoutReceipt(Money.yuan(1), DAY);
        assertThat(CASH.credit(p).outcome()).isEqualTo(PaymentStanding.NOT_RECEIVED);
        assertThat(p.countsAsReceived()).isFalse();
        explained(CASH.credit(p));
    }

    @Test
    @DisplayName("EST-8 money taken by a rep is not received, and the decision cites EST-9")
    void takenByRep() {
        Payment p = Payment.takenByRep(Money.yuan(10_000), DAY, A);
        Decision<PaymentStanding> d = CASH.credit(p);
        assertThat(d.outcome()).isEqualTo(PaymentStanding.NOT_RECEIVED);
        assertThat(d.ruleIds()).containsExactly(SalesFloorRules.EST_8, SalesFloorRules.EST_9);
        assertThat(p.takenBy()).contains(A);
        explained(d);
    }

    @Test
    @DisplayName("EST-9 private collection: expulsion (开除), not dismissal; EST-8 listed as matched")
    void expelled() {
        Decision<PrivateCollectionOutcome> d = CASH.sanction(Payment.takenByRep(Money.yuan(10_000), DAY, A), OffenceHistory.REPEATED);
        assertThat(d.outcome().rep()).isEqualTo(A);
        assertThat(d.outcome().sanction().isExpulsion()).isTrue();
        assertThat(d.outcome().sanction().isDismissal()).isFalse();
        assertThat(d.outcome().matched()).containsExactly(SalesFloorRules.EST_8);
        assertThat(d.ruleIds()).containsExactly(SalesFloorRules.EST_9);
        assertThat(explained(d)).contains("expulsion");
    }

    @Test
    @DisplayName("EST-9 a first offence is not softened: still expulsion, and the decision says APR-9 does not apply")
    void firstOffenceNotSoftened() {
        Decision<PrivateCollectionOutcome> d = CASH.sanction(Payment.takenByRep(Money.of("0.01"), DAY, A), OffenceHistory.FIRST_OFFENCE);
        assertThat(d.outcome().sanction().isExpulsion()).isTrue();
        assertThat(d.outcome().sanction().isWarningOnly()).isFalse();
        assertThat(explained(d)).contains("APR-9");
    }

    @Test
    @DisplayName("EST-8/EST-9 malformed payments and cases are PolicyInputExceptions")
    void malformed() {
        rejects(() -> Payment.atFinance(Money.ZERO, null, " "), "amount", "paidOn", "receiptNumber");
        rejects(() -> Payment.atFinance(null, DAY, null), "amount", "receiptNumber");
        rejects(() -> Payment.atFinanceWithoutReceipt(Money.yuan(-5), DAY), "amount");
        rejects(() -> Payment.takenByRep(Money.yuan(5), DAY, null), "rep");
        rejects(() -> CASH.credit(null), "payment");
        rejects(() -> CASH.sanction(Payment.atFinance(Money.yuan(1), DAY, "F"), null), "payment", "history");
        rejects(() -> CASH.sanction(null, OffenceHistory.REPEATED), "payment");
        Payment p = Payment.atFinance(Money.yuan(1), DAY, "F");
        assertThat(p).isEqualTo(Payment.atFinance(Money.yuan(1), DAY, "F")).hasSameHashCodeAs(Payment.atFinance(Money.yuan(1), DAY, "F"))
                .isNotEqualTo(Payment.atFinance(Money.yuan(1), DAY, "G")).isNotEqualTo("x");
        assertThat(p.toString()).contains("CNY 1.00");
        assertThat(p.amount()).isEqualTo(Money.yuan(1));
        assertThat(p.paidOn()).isEqualTo(DAY);
        assertThat(p.channel()).isEqualTo(PaymentChannel.FINANCE_WITH_RECEIPT);
        assertThat(p.takenBy()).isEmpty();
    }
}
