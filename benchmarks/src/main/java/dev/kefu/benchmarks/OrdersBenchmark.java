package dev.kefu.benchmarks;

import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.calendar.DutyCalendar;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.picking.BoardCounts;
import dev.kefu.orders.picking.OpenOrders;
import dev.kefu.orders.picking.PickingPolicy;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The order-deadline board (ORD-4): the picking deadline of 1,000,000 open orders and how many
 * are overdue at one instant, on one thread. Orders were received at random times over the ten
 * days before the instant (across the 2025 National Day week, so the desk's duty calendar — here
 * the official working days — skips the holiday), with quantities from 1 to 200 against a size
 * threshold of 100, a 16:00 cut-off and an 18:00 end of work. Each invocation computes every
 * deadline from scratch (the per-day tables and one pass over the orders) and counts the overdue
 * ones. Throughput is in orders per second.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar OrdersBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class OrdersBenchmark {

    private static final int N = 1_000_000;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private OpenOrders orders;
    private PickingPolicy policy;
    private Instant now;

    @Setup(Level.Trial)
    public void setUp() {
        policy = PickingPolicy.builder().cutOff(LocalTime.of(16, 0)).endOfWork(LocalTime.of(18, 0)).largeOrderQuantity(100)
                .dutyCalendar(DutyCalendar.of(BusinessCalendar.chinaOfficial())).build();
        now = LocalDateTime.parse("2025-10-09T11:00").atZone(SHANGHAI).toInstant();
        SplittableRandom random = new SplittableRandom(7);
        orders = OpenOrders.withCapacity(N);
        for (int i = 0; i < N; i++) {
            orders.add(OrderId.of("D" + i), now.minusMillis(random.nextLong(10L * 86_400_000L)), 1 + random.nextInt(200));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long overdueNow() {
        BoardCounts counts = policy.board(orders).countsAt(now);
        return counts.overdue();
    }
}
