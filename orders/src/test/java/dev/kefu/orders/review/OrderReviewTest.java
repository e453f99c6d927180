package dev.kefu.orders.review;

import static dev.kefu.orders.Fixtures.at;
import static dev.kefu.orders.Fixtures.explained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.privacy.MobileNumber;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.orders.OrderId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderReviewTest {

    static OrderLine fullLine() {
        return OrderLine.builder().productName("酱油").specification("500ml").quantity(12).itemCode("JY-500").style("经典").build();
    }

    static Order.Builder order(OrderChannel channel) {
        Order.Builder b = Order.builder();
        b.id(OrderId.of("D-1")).customer(CustomerId.of("C-1")).channel(channel).receivedAt(at("2026-11-24T10:00"))
                .customerKind(CustomerKind.WHOLESALER).deliveryAddress("上海市某路1号").contact(MobileNumber.of("13812345678"))
                .addLines(fullLine());
        return b;
    }

    @Test
    @DisplayName("ORD-1 a phone order with every S0 field is complete")
    void complete() {
        var d = OrderReview.regulation().review(order(OrderChannel.PHONE).build());
        assertThat(d.outcome()).isEqualTo(Completeness.COMPLETE);
        assertThat(d.applied("ORD-1")).isTrue();
        explained(d);
    }

    @Test
    @DisplayName("ORD-1 an order missing the delivery address is incomplete (ORD-2)")
    void missing_address() {
        Order o = order(OrderChannel.PHONE).deliveryAddress((String) null).build();
        var d = OrderReview.regulation().review(o);
        assertThat(d.outcome()).isEqualTo(Completeness.INCOMPLETE);
        assertThat(d.applied("ORD-2")).isTrue();
        assertThat(d.reasons()).extracting(r -> r.key()).contains("review.missing.deliveryAddress");
        assertThat(explained(d)).contains("delivery address").contains("收货地址");
    }

    @Test
    @DisplayName("ORD-1 a blank address, no contact, no lines are each missing")
    void missing_each() {
        Order o = order(OrderChannel.PHONE).deliveryAddress(" ").contact((MobileNumber) null).lines(List.of()).build();
        var d = OrderReview.regulation().review(o);
        assertThat(d.reasons()).extracting(r -> r.key())
                .contains("review.missing.deliveryAddress", "review.missing.contact", "review.missing.lines");
    }

    @Test
    @DisplayName("ORD-1 a line missing name, specification and quantity names each with its line number")
    void missing_line_fields() {
        Order o = order(OrderChannel.PHONE).addLines(OrderLine.builder().build()).build();
        var d = OrderReview.regulation().review(o);
        assertThat(d.reasons()).extracting(r -> r.key())
                .contains("review.missing.productName", "review.missing.specification", "review.missing.quantity")
                .doesNotContain("review.missing.itemCode");
        assertThat(explained(d)).contains("line 2");
    }

    @Test
    @DisplayName("ORD-1 an online order also needs item code, style and the customer's kind")
    void online_fields() {
        Order o = order(OrderChannel.ONLINE).customerKind((CustomerKind) null)
                .lines(List.of(OrderLine.builder().productName("x").specification("y").quantity(1).build())).build();
        var d = OrderReview.regulation().review(o);
        assertThat(d.reasons()).extracting(r -> r.key())
                .contains("review.missing.customerKind", "review.missing.itemCode", "review.missing.style");
        assertThat(OrderReview.regulation().review(order(OrderChannel.ONLINE).build()).outcome()).isEqualTo(Completeness.COMPLETE);
    }

    @Test
    @DisplayName("ORD-1 a host may ask the online details of video orders too; the regulation does not")
    void builder_channels() {
        Order o = order(OrderChannel.VIDEO).customerKind((CustomerKind) null).build();
        assertThat(OrderReview.regulation().review(o).outcome()).isEqualTo(Completeness.COMPLETE);
        OrderReview r = OrderReview.builder().onlineDetailsFor(OrderChannel.ONLINE, OrderChannel.VIDEO).build();
        assertThat(r.review(o).outcome()).isEqualTo(Completeness.INCOMPLETE);
        assertThatThrownBy(() -> OrderReview.builder().onlineDetailsFor((OrderChannel[]) null).build()).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> OrderReview.builder().onlineDetailsFor(OrderChannel.ONLINE, null).build()).isInstanceOf(PolicyInputException.class);
        assertThat(OrderReview.builder().onlineDetailsFor().build().review(order(OrderChannel.ONLINE).customerKind((CustomerKind) null).build())
                .outcome()).isEqualTo(Completeness.COMPLETE);
    }

    @Test
    @DisplayName("ORD-2 an order with an unconfirmed error is held; once confirmed it is released")
    void release_after_confirmation() {
        Order o = order(OrderChannel.PHONE).build();
        OrderError e = OrderError.found("quantity", at("2026-11-24T10:05"));
        var held = OrderReview.regulation().release(o, List.of(e));
        assertThat(held.outcome()).isEqualTo(WarehouseRelease.HELD);
        assertThat(explained(held)).contains("not yet confirmed");
        var released = OrderReview.regulation().release(o, List.of(e.confirmedWithCustomer(at("2026-11-24T10:05"))));
        assertThat(released.outcome()).isEqualTo(WarehouseRelease.RELEASED);
        explained(released);
        assertThat(OrderReview.regulation().release(o, List.of()).outcome()).isEqualTo(WarehouseRelease.RELEASED);
    }

    @Test
    @DisplayName("ORD-2 an incomplete order is held even with no errors")
    void incomplete_held() {
        Order o = order(OrderChannel.PHONE).contact((MobileNumber) null).build();
        var d = OrderReview.regulation().release(o, List.of());
        assertThat(d.outcome()).isEqualTo(WarehouseRelease.HELD);
        assertThat(d.reasons()).extracting(r -> r.key()).containsExactly("review.held", "review.missing.contact");
    }

    @Test
    @DisplayName("ORD-2 a confirmation before the error was found, or nulls, are malformed")
    void malformed_errors() {
        OrderError e = OrderError.found("quantity", at("2026-11-24T10:05"));
        assertThatThrownBy(() -> e.confirmedWithCustomer(at("2026-11-24T10:04"))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> e.confirmedWithCustomer(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> OrderError.found(" ", null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
        assertThatThrownBy(() -> OrderReview.regulation().release(null, null)).isInstanceOf(PolicyInputException.class);
        java.util.List<OrderError> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> OrderReview.regulation().release(order(OrderChannel.PHONE).build(), withNull))
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> OrderReview.regulation().review(null)).isInstanceOf(PolicyInputException.class);
        assertThat(e).isEqualTo(OrderError.found("quantity", at("2026-11-24T10:05")));
        assertThat(e.hashCode()).isEqualTo(OrderError.found("quantity", at("2026-11-24T10:05")).hashCode());
        assertThat(e.field()).isEqualTo("quantity");
        assertThat(e.foundAt()).isEqualTo(at("2026-11-24T10:05"));
        assertThat(e.toString()).contains("unconfirmed");
        assertThat(e.confirmedWithCustomer(at("2026-11-24T11:00")).toString()).contains("confirmed");
        assertThat(e).isNotEqualTo(e.confirmedWithCustomer(at("2026-11-24T11:00")));
    }

    @Test
    @DisplayName("ORD-1 a missing id, customer, channel or time, a null line or a quantity below one is malformed, never an NPE")
    void malformed_order() {
        assertThatThrownBy(() -> Order.builder().build()).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(4));
        assertThatThrownBy(() -> order(OrderChannel.PHONE).addLines((OrderLine) null).build()).isInstanceOf(PolicyInputException.class);
        assertThat(order(OrderChannel.PHONE).lines(null).build().lines()).isEmpty();
        assertThat(Order.builder().from(order(OrderChannel.PHONE).build()).build().lines()).hasSize(1);
        assertThatThrownBy(() -> OrderLine.builder().quantity(0).build()).isInstanceOf(PolicyInputException.class);
        assertThat(OrderLine.builder().quantity(1).build().quantity()).hasValue(1);
        assertThat(OrderLine.builder().productName((String) null).build().productName()).isEmpty();
    }

    @Test
    @DisplayName("ORD-1 toString masks the contact and redacts the address")
    void masked() {
        String s = order(OrderChannel.PHONE).build().toString();
        assertThat(s).doesNotContain("13812345678").doesNotContain("某路");
    }

    @Test
    @DisplayName("ORD-4 the total quantity sums the lines that state one")
    void total_quantity() {
        Order o = order(OrderChannel.PHONE).addLines(OrderLine.builder().quantity(3).build(), OrderLine.builder().build()).build();
        assertThat(o.totalQuantity()).isEqualTo(15);
        assertThat(OrderChannel.ON_SITE.isRemote()).isFalse();
        assertThat(OrderChannel.VIDEO.isRemote()).isTrue();
    }
}
