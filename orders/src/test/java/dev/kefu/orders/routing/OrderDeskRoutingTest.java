package dev.kefu.orders.routing;

import static dev.kefu.orders.Fixtures.explained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.validation.PolicyInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderDeskRoutingTest {

    @Test
    @DisplayName("ORD-3 query, modification and cancellation all go to the ORDER desk")
    void every_operation_to_order_desk() {
        for (OrderOperation op : OrderOperation.values()) {
            var d = OrderDeskRouting.regulation().route(op);
            assertThat(d.outcome()).isEqualTo(new OrderDeskRoute(op, "ORDER"));
            assertThat(d.applied("ORD-3")).isTrue();
            assertThat(explained(d)).contains("ORDER").contains("订单客服");
        }
    }

    @Test
    @DisplayName("ORD-3 a host's own desk code; blank codes and null operations are malformed")
    void host_code() {
        assertThat(OrderDeskRouting.builder().deskCode("订单组").build().route(OrderOperation.QUERY).outcome().deskCode()).isEqualTo("订单组");
        assertThatThrownBy(() -> OrderDeskRouting.builder().deskCode(" ").build()).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> OrderDeskRouting.builder().deskCode(null).build()).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> OrderDeskRouting.regulation().route(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new OrderDeskRoute(null, "")).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
        assertThatThrownBy(() -> new OrderDeskRoute(OrderOperation.QUERY, null)).isInstanceOf(PolicyInputException.class);
    }
}
