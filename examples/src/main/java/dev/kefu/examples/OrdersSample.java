package dev.kefu.examples;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.money.Money;
import dev.kefu.core.privacy.MobileNumber;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.payment.AmountDuePolicy;
import dev.kefu.orders.payment.Freight;
import dev.kefu.orders.payment.PriorBalance;
import dev.kefu.orders.picking.PickingPolicy;
import dev.kefu.orders.review.CustomerKind;
import dev.kefu.orders.review.Order;
import dev.kefu.orders.review.OrderChannel;
import dev.kefu.orders.review.OrderLine;
import dev.kefu.orders.review.OrderReview;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Locale;

/**
 * The least code to review an order, get its picking deadline and the amount due with
 * kefu-orders (ORD-1, ORD-2, ORD-4, ORD-6).
 */
public final class OrdersSample {

    private OrdersSample() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        Order order = Order.builder().id(OrderId.of("D-1")).customer(CustomerId.of("C1")).channel(OrderChannel.ONLINE)
                .receivedAt(Instant.parse("2025-10-09T08:30:00Z")).customerKind(CustomerKind.WHOLESALER)
                .deliveryAddress("上海市徐汇区某路 1 号").contact(MobileNumber.of("13812345678"))
                .addLines(OrderLine.builder().productName("青花茶具").specification("六件套").quantity(120).itemCode("QH-06").build())
                .build();
        System.out.println(OrderReview.regulation().review(order).explain(Locale.SIMPLIFIED_CHINESE));

        // ORD-4: the cut-off, size threshold and end of work are the host's settings ([X]).
        PickingPolicy picking = PickingPolicy.builder().cutOff(LocalTime.of(16, 0)).largeOrderQuantity(100)
                .endOfWork(LocalTime.of(18, 0)).build();
        System.out.println(picking.deadline(order).explain(Locale.ENGLISH));

        System.out.println(AmountDuePolicy.regulation()
                .compute(Money.of("3600.00"), PriorBalance.credit(Money.of("120.50")), Freight.charged(Money.of("45.00")))
                .explain(Locale.SIMPLIFIED_CHINESE));
    }
}
