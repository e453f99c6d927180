package dev.kefu.orders.payment;

import static dev.kefu.orders.Fixtures.explained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.money.Money;
import dev.kefu.core.validation.PolicyInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AmountDuePolicyTest {

    private static final AmountDuePolicy P = AmountDuePolicy.regulation();

    @Test
    @DisplayName("ORD-6 goods less last time's credit plus freight, exact to the fen")
    void credit_and_freight() {
        var d = P.compute(Money.of("1234.56"), PriorBalance.credit(Money.of("200.01")), Freight.charged(Money.of("35.50")));
        assertThat(d.outcome().total()).isEqualTo(Money.of("1070.05"));
        assertThat(d.outcome().creditApplied()).isEqualTo(Money.of("200.01"));
        assertThat(d.outcome().creditCarried()).isEqualTo(Money.ZERO);
        assertThat(explained(d)).contains("1070.05").contains("余款");
    }

    @Test
    @DisplayName("ORD-6 goods plus arrears, no freight when the method charges none")
    void arrears_no_freight() {
        var d = P.compute(Money.of("100.00"), PriorBalance.arrears(Money.of("0.01")), Freight.none());
        assertThat(d.outcome().total()).isEqualTo(Money.of("100.01"));
        assertThat(d.outcome().arrears()).isEqualTo(Money.of("0.01"));
        assertThat(explained(d)).contains("欠款");
    }

    @Test
    @DisplayName("ORD-6 no balance: goods plus freight")
    void plain() {
        var d = P.compute(Money.of("100.00"), PriorBalance.none(), Freight.charged(Money.of("10")));
        assertThat(d.outcome().total()).isEqualTo(Money.of("110.00"));
        explained(d);
    }

    @Test
    @DisplayName("ORD-6 a credit equal to goods and freight leaves zero due; one fen more is carried forward")
    void credit_boundary() {
        assertThat(P.compute(Money.of("90"), PriorBalance.credit(Money.of("100")), Freight.charged(Money.of("10"))).outcome().total())
                .isEqualTo(Money.ZERO);
        var over = P.compute(Money.of("90"), PriorBalance.credit(Money.of("100.01")), Freight.charged(Money.of("10"))).outcome();
        assertThat(over.total()).isEqualTo(Money.ZERO);
        assertThat(over.creditCarried()).isEqualTo(Money.of("0.01"));
        assertThat(over.creditApplied()).isEqualTo(Money.of("100.00"));
    }

    @Test
    @DisplayName("ORD-6 the customer is told the amount due; a wrong amount is caught")
    void notice() {
        AmountDue due = P.compute(Money.of("100"), PriorBalance.none(), Freight.none()).outcome();
        var right = P.checkNotice(due, new PaymentNotice(Money.of("100"), "6222 0000 1111"));
        assertThat(right.outcome()).isEqualTo(NoticeCheck.CORRECT);
        var wrong = P.checkNotice(due, new PaymentNotice(Money.of("99.99"), "6222 0000 1111"));
        assertThat(wrong.outcome()).isEqualTo(NoticeCheck.WRONG_AMOUNT);
        assertThat(explained(wrong)).contains("99.99").doesNotContain("6222");
        assertThat(new PaymentNotice(Money.of("1"), "6222 0000 1111").toString()).doesNotContain("6222");
    }

    @Test
    @DisplayName("ORD-6 negative or missing amounts are malformed; parts that do not add up are refused")
    void malformed() {
        assertThatThrownBy(() -> P.compute(Money.of("-1"), null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(3));
        assertThatThrownBy(() -> P.compute(null, PriorBalance.none(), Freight.none())).isInstanceOf(PolicyInputException.class);
        assertThat(P.compute(Money.ZERO, PriorBalance.none(), Freight.none()).outcome().total()).isEqualTo(Money.ZERO);
        AmountDue due = P.compute(Money.of("1"), PriorBalance.none(), Freight.none()).outcome();
        assertThatThrownBy(() -> P.checkNotice(due, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> P.checkNotice(null, new PaymentNotice(Money.ZERO, "a"))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> PriorBalance.credit(Money.of("-0.01"))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> PriorBalance.arrears(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Freight.charged(Money.of("-0.01"))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Freight.charged(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new PaymentNotice(null, " ")).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
        assertThatThrownBy(() -> new PaymentNotice(Money.ZERO, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> P.checkNotice(null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
        Money one = Money.of("1");
        assertThatThrownBy(() -> new AmountDue(one, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO))
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new AmountDue(null, null, null, null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(6));
    }

    @Test
    @DisplayName("ORD-6 balances compare by value and never show more than amounts")
    void balance_values() {
        assertThat(PriorBalance.credit(Money.of("1"))).isEqualTo(PriorBalance.credit(Money.of("1.00")));
        assertThat(PriorBalance.credit(Money.of("1")).hashCode()).isEqualTo(PriorBalance.credit(Money.of("1.00")).hashCode());
        assertThat(PriorBalance.credit(Money.of("1"))).isNotEqualTo(PriorBalance.arrears(Money.of("1")));
        assertThat(PriorBalance.none()).isEqualTo(PriorBalance.credit(Money.ZERO));
        assertThat(PriorBalance.arrears(Money.of("2")).toString()).contains("arrears CNY 2.00");
    }
}
