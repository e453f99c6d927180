package dev.kefu.orders.picking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.calendar.DutyCalendar;
import dev.kefu.orders.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class PickingProperties {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant BASE = LocalDate.of(2026, 1, 1).atStartOfDay(ZONE).toInstant();

    private static PickingPolicy policy(int cutMinute, int endMinute, int dutyMask) {
        int mask = dutyMask == 0 ? 1 : dutyMask;
        DutyCalendar cal = DutyCalendar.of(d -> (mask >> (d.getDayOfWeek().getValue() - 1) & 1) == 1);
        int cut = Math.min(cutMinute, endMinute);
        return PickingPolicy.builder().cutOff(LocalTime.ofSecondOfDay(cut * 60L)).endOfWork(LocalTime.ofSecondOfDay(endMinute * 60L))
                .largeOrderQuantity(50).dutyCalendar(cal).build();
    }

    @Property
    @Label("ORD-4 a picking deadline is never before receipt and always falls on a duty day")
    void never_before_receipt_and_on_duty_day(@ForAll @LongRange(min = 0, max = 400L * 86_400) long second,
                                              @ForAll @IntRange(min = 0, max = 1439) int cut, @ForAll @IntRange(min = 0, max = 1439) int end,
                                              @ForAll @IntRange(min = 0, max = 127) int mask, @ForAll @IntRange(min = 0, max = 100) int qty) {
        PickingPolicy p = policy(cut, end, mask);
        Instant received = BASE.plusSeconds(second);
        Instant deadline = p.deadline(received, qty).outcome().deadline();
        assertThat(deadline).isAfterOrEqualTo(received);
        assertThat(p.dutyCalendar().isDutyDay(deadline.atZone(ZONE).toLocalDate())).isTrue();
        assertThat(deadline.atZone(ZONE).toLocalTime()).isEqualTo(p.endOfWork());
    }

    @Property(tries = 200)
    @Label("ORD-4 the board equals the single-order deadline for every order")
    void board_equals_single(@ForAll @IntRange(min = 0, max = 127) int mask, @ForAll @IntRange(min = 0, max = 1439) int cut,
                             @ForAll @IntRange(min = 0, max = 1439) int end, @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long seed) {
        PickingPolicy p = policy(cut, end, mask);
        java.util.Random r = new java.util.Random(seed);
        OpenOrders o = OpenOrders.withCapacity(8);
        for (int i = 0; i < 40; i++) {
            o.add(OrderId.of("o" + i), BASE.plusMillis((long) (r.nextDouble() * 60L * 86_400_000L)), r.nextInt(100));
        }
        PickingBoard b = p.board(o);
        for (int i = 0; i < o.size(); i++) {
            var single = p.deadline(Instant.ofEpochMilli(o.receivedMillis()[i]), o.quantities()[i]).outcome();
            assertThat(b.deadline(i)).isEqualTo(single.deadline());
            assertThat(b.target(i)).isEqualTo(single.target());
        }
    }
}
