package dev.kefu.orders.picking;

import static dev.kefu.orders.OrderRules.ORD_4;

import dev.kefu.core.calendar.DutyCalendar;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrdersMessages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The picking deadlines of many open orders (ORD-4), computed as {@link PickingPolicy#deadline}
 * computes one, from per-day tables: for every local day the orders span, the start of the day,
 * the cut-off instant (none on a day off duty), the same-day deadline and the next duty day's
 * deadline. Each order then costs a division, two comparisons and three array reads, with no
 * allocation.
 *
 * <p>Implementation Requirements: immutable after construction and thread-safe.
 */
public final class PickingBoard {

    private static final long DAY_MILLIS = 86_400_000L;

    private final ZoneId zone;
    private final long[] deadlines;
    private final boolean[] nextDay;
    private final long sameDayCount;

    private PickingBoard(ZoneId zone, long[] deadlines, boolean[] nextDay, long sameDayCount) {
        this.zone = zone;
        this.deadlines = deadlines;
        this.nextDay = nextDay;
        this.sameDayCount = sameDayCount;
    }

    static PickingBoard compute(PickingPolicy policy, OpenOrders orders) {
        int n = orders.size();
        long[] received = orders.receivedMillis();
        long[] qty = orders.quantities();
        long[] out = new long[n];
        boolean[] next = new boolean[n];
        if (n == 0) {
            return new PickingBoard(policy.zone(), out, next, 0);
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long r = received[i];
            min = Math.min(min, r);
            max = Math.max(max, r);
        }
        ZoneId zone = policy.zone();
        LocalDate first = Instant.ofEpochMilli(min).atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = Instant.ofEpochMilli(max).atZone(zone).toLocalDate().plusDays(1);
        long span = last.toEpochDay() - first.toEpochDay();
        if (span > DutyCalendar.MAX_SEARCH_DAYS) {
            Violations.create().add("orders", OrdersMessages.BUNDLE, "picking.spanTooLong", ORD_4, DutyCalendar.MAX_SEARCH_DAYS)
                    .throwIfAny();
        }
        int days = (int) span + 1;
        long[] start = new long[days + 1];
        long[] cut = new long[days];
        long[] same = new long[days];
        long[] nextDeadline = new long[days];
        boolean[] duty = new boolean[days];
        DutyCalendar calendar = policy.dutyCalendar();
        for (int d = 0; d < days; d++) {
            LocalDate date = first.plusDays(d);
            start[d] = date.atStartOfDay(zone).toInstant().toEpochMilli();
            duty[d] = calendar.isDutyDay(date);
            cut[d] = duty[d] ? policy.cutOff(date).toEpochMilli() : Long.MIN_VALUE;
            same[d] = policy.endOfWork(date).toEpochMilli();
        }
        start[days] = last.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        nextDeadline[days - 1] = policy.endOfWork(policy.nextDutyDay(last)).toEpochMilli();
        for (int d = days - 2; d >= 0; d--) {
            nextDeadline[d] = duty[d + 1] ? same[d + 1] : nextDeadline[d + 1];
        }
        long offset = zone.getRules().getOffset(Instant.ofEpochMilli(min)).getTotalSeconds() * 1000L;
        long firstEpochDay = first.toEpochDay();
        long large = policy.largeOrderQuantity();
        long sameCount = 0;
        for (int i = 0; i < n; i++) {
            long r = received[i];
            int d = (int) Math.max(0, Math.min(days - 1, Math.floorDiv(r + offset, DAY_MILLIS) - firstEpochDay));
            while (d > 0 && r < start[d]) {
                d--;
            }
            while (d < days - 1 && r >= start[d + 1]) {
                d++;
            }
            boolean deferred = r >= cut[d] || qty[i] >= large;
            out[i] = deferred ? nextDeadline[d] : same[d];
            next[i] = deferred;
            sameCount += deferred ? 0 : 1;
        }
        return new PickingBoard(zone, out, next, sameCount);
    }

    /** How many orders the board holds. */
    public int size() {
        return deadlines.length;
    }

    /**
     * The deadline of the order at an index of the {@link OpenOrders} the board was computed from.
     *
     * @param index  from 0 to {@code size() - 1}
     * @return the deadline
     * @throws dev.kefu.core.validation.PolicyInputException if the index is out of range
     */
    public Instant deadline(int index) {
        OpenOrders.checkIndex(index, deadlines.length);
        return Instant.ofEpochMilli(deadlines[index]);
    }

    /**
     * Which deadline applies to the order at an index.
     *
     * @param index  from 0 to {@code size() - 1}
     * @return the target
     * @throws dev.kefu.core.validation.PolicyInputException if the index is out of range
     */
    public PickingTarget target(int index) {
        OpenOrders.checkIndex(index, deadlines.length);
        return nextDay[index] ? PickingTarget.NEXT_DUTY_DAY : PickingTarget.SAME_DAY;
    }

    /**
     * The board at an instant: how many open orders are overdue, and how many are due the same
     * day or the next duty day.
     *
     * @param now  the instant, not null
     * @return the counts
     * @throws dev.kefu.core.validation.PolicyInputException if now is null
     */
    public BoardCounts countsAt(Instant now) {
        Violations v = Violations.create();
        v.requireNonNull(now, "now", ORD_4);
        v.throwIfAny();
        long nowMillis = PickingPolicy.inRange(now) ? now.toEpochMilli() : (now.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        long overdue = 0;
        for (long d : deadlines) {
            overdue += d < nowMillis ? 1 : 0;
        }
        return new BoardCounts(deadlines.length, overdue, sameDayCount, deadlines.length - sameDayCount);
    }

    @Override
    public String toString() {
        return "PickingBoard[" + deadlines.length + " orders, " + zone + "]";
    }
}
