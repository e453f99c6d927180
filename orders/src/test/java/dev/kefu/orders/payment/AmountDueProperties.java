package dev.kefu.orders.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.money.Money;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class AmountDueProperties {

    @Property
    @Label("ORD-6 the amount due's parts sum exactly to the fen, and the credit splits into applied and carried")
    void parts_sum_exactly(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long goods,
                           @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long balance,
                           @ForAll @LongRange(min = 0, max = 100_000_000L) long freight) {
        PriorBalance b = balance >= 0 ? PriorBalance.credit(Money.ofFen(balance)) : PriorBalance.arrears(Money.ofFen(-balance));
        AmountDue d = AmountDuePolicy.regulation().compute(Money.ofFen(goods), b, Freight.charged(Money.ofFen(freight))).outcome();
        assertThat(d.goods().minus(d.creditApplied()).plus(d.arrears()).plus(d.freight())).isEqualTo(d.total());
        assertThat(d.creditApplied().plus(d.creditCarried())).isEqualTo(b.credit());
        assertThat(d.total().isNegative()).isFalse();
        assertThat(d.creditCarried().isNegative()).isFalse();
        assertThat(d.total().toFen() - d.creditCarried().toFen()).isEqualTo(goods - balance + freight);
    }
}
