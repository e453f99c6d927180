package dev.kefu.orders.picking;

import static dev.kefu.orders.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.orders.OrderId;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PickingBoardTest {

    @Test
    @DisplayName("ORD-4 the board gives every order the same deadline as the single-order rule")
    void board_matches_single() {
        PickingPolicy p = PickingPolicyTest.policy();
        OpenOrders o = OpenOrders.withCapacity(1)
                .add(OrderId.of("a"), at("2026-11-24T15:59:59"), 1)
                .add(OrderId.of("b"), at("2026-11-24T16:00"), 1)
                .add(OrderId.of("c"), at("2026-11-24T09:00"), 100)
                .add(OrderId.of("d"), at("2026-11-29T09:00"), 1)
                .add(OrderId.of("e"), at("2026-11-28T23:59:59"), 1);
        PickingBoard b = p.board(o);
        assertThat(b.size()).isEqualTo(5);
        for (int i = 0; i < o.size(); i++) {
            assertThat(b.deadline(i)).as("order " + o.id(i)).isEqualTo(p.deadline(received(i, o), o.quantities()[i]).outcome().deadline());
        }
        assertThat(b.target(0)).isEqualTo(PickingTarget.SAME_DAY);
        assertThat(b.target(1)).isEqualTo(PickingTarget.NEXT_DUTY_DAY);
        BoardCounts c = b.countsAt(at("2026-11-25T12:00"));
        assertThat(c).isEqualTo(new BoardCounts(5, 1, 1, 4));
        assertThat(b.countsAt(at("2026-11-24T18:00")).overdue()).isZero();
        assertThat(b.countsAt(at("2026-11-24T18:00:00.001")).overdue()).isEqualTo(1);
        assertThat(b.countsAt(Instant.MAX).overdue()).isEqualTo(5);
        assertThat(b.countsAt(Instant.MIN).overdue()).isZero();
        assertThat(b.toString()).contains("5 orders");
    }

    private static Instant received(int i, OpenOrders o) {
        return Instant.ofEpochMilli(o.receivedMillis()[i]);
    }

    @Test
    @DisplayName("ORD-4 a zone with daylight saving: the board agrees with the single-order rule across the change")
    void daylight_saving() {
        PickingPolicy p = PickingPolicy.builder().cutOff(LocalTime.of(2, 30)).endOfWork(LocalTime.of(3, 0)).largeOrderQuantity(10)
                .zone(ZoneId.of("Europe/Berlin")).build();
        OpenOrders o = OpenOrders.withCapacity(4);
        Instant start = Instant.parse("2026-03-28T00:00:00Z");
        for (int h = 0; h < 72; h++) {
            o.add(OrderId.of("o" + h), start.plusSeconds(h * 3600L + 1234), h % 12);
        }
        PickingBoard b = p.board(o);
        for (int i = 0; i < o.size(); i++) {
            assertThat(b.deadline(i)).isEqualTo(p.deadline(Instant.ofEpochMilli(o.receivedMillis()[i]), o.quantities()[i]).outcome().deadline());
        }
    }

    @Test
    @DisplayName("ORD-4 an empty board; bad indexes, nulls and spans too long are malformed")
    void edges() {
        PickingPolicy p = PickingPolicyTest.policy();
        PickingBoard empty = p.board(OpenOrders.withCapacity(0));
        assertThat(empty.countsAt(Instant.EPOCH)).isEqualTo(new BoardCounts(0, 0, 0, 0));
        assertThatThrownBy(() -> empty.deadline(0)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> empty.target(-1)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> empty.countsAt(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> p.board(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> OpenOrders.withCapacity(-1)).isInstanceOf(PolicyInputException.class);
        OpenOrders o = OpenOrders.withCapacity(0);
        assertThatThrownBy(() -> o.add(null, null, -1)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(3));
        assertThatThrownBy(() -> o.add(OrderId.of("x"), Instant.MAX, 1)).isInstanceOf(PolicyInputException.class);
        assertThat(o.size()).isZero();
        assertThatThrownBy(() -> o.id(0)).isInstanceOf(PolicyInputException.class);
        o.add(OrderId.of("a"), at("2000-01-01T00:00"), 1).add(OrderId.of("b"), at("2026-01-01T00:00"), 1);
        assertThat(o.id(1)).isEqualTo(OrderId.of("b"));
        assertThatThrownBy(() -> p.board(o)).isInstanceOf(PolicyInputException.class);
    }
}
