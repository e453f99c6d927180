package dev.kefu.benchmarks;

import dev.kefu.complaints.Category;
import dev.kefu.complaints.Channel;
import dev.kefu.complaints.Complaint;
import dev.kefu.complaints.ComplaintEvent;
import dev.kefu.complaints.ComplaintLevel;
import dev.kefu.complaints.EventType;
import dev.kefu.complaints.Rank;
import dev.kefu.complaints.Role;
import dev.kefu.complaints.sla.ComplaintSlaPolicy;
import dev.kefu.complaints.sla.SlaStatus;
import dev.kefu.complaints.sla.SlaTarget;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.id.ComplaintId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.DepartmentId;
import dev.kefu.core.id.EmployeeId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
 * The "what is breaching now" query (CMP-7): the status of the satisfactory-reply target of
 * 1,000,000 open complaints at one instant, on one thread. Complaints were received at random
 * times over the three weeks before the instant (across the 2025 National Day week); a tenth
 * of them were paused for a while, some dispatched or under investigation. Throughput is in
 * complaints per second.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SlaBoardBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class SlaBoardBenchmark {

    private static final int N = 1_000_000;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private List<Complaint> complaints;
    private ComplaintSlaPolicy sla;
    private Instant now;

    @Setup(Level.Trial)
    public void setUp() {
        sla = ComplaintSlaPolicy.builder(BusinessCalendar.chinaOfficial()).build();
        now = LocalDateTime.parse("2025-10-10T15:00").atZone(SHANGHAI).toInstant();
        SplittableRandom random = new SplittableRandom(5);
        EmployeeId owner = EmployeeId.of("agent");
        EmployeeId hr = EmployeeId.of("hr");
        EmployeeId sup = EmployeeId.of("sup");
        Rank supervisor = Rank.of("部门主管");
        ComplaintLevel ordinary = ComplaintLevel.of("一般");
        complaints = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            Instant received = now.minusSeconds(random.nextLong(21L * 86_400));
            List<ComplaintEvent> events = new ArrayList<>(7);
            events.add(ComplaintEvent.of(EventType.RECEIVED, owner, Role.FIRST_CONTACT_OWNER, received));
            long gap = Math.max(1, (now.getEpochSecond() - received.getEpochSecond()) / 7);
            Instant t = received;
            int steps = random.nextInt(5);
            EventType[] path = {EventType.RECORDED, EventType.ASSESSED_VALID, EventType.DISPATCHED, EventType.INVESTIGATION_STARTED};
            for (int s = 0; s < steps && s < path.length; s++) {
                t = t.plusSeconds(1 + random.nextLong(gap));
                events.add(s < 3 ? ComplaintEvent.of(path[s], hr, Role.HR_ADMIN_INTAKE, t)
                        : ComplaintEvent.byResolver(path[s], sup, supervisor, t));
            }
            if (random.nextInt(10) == 0) {
                t = t.plusSeconds(1 + random.nextLong(gap));
                events.add(ComplaintEvent.of(EventType.PAUSED, hr, Role.HR_ADMIN_INTAKE, t));
                t = t.plusSeconds(1 + random.nextLong(gap));
                events.add(ComplaintEvent.of(EventType.RESUMED, hr, Role.HR_ADMIN_INTAKE, t));
            }
            complaints.add(Complaint.receive(owner, received).id(ComplaintId.of("K" + i)).customer(CustomerId.of("C"))
                    .channel(Channel.EMAIL).category(Category.SERVICE_EFFICIENCY).level(ordinary)
                    .department(DepartmentId.of("service")).build().toBuilder().events(events).build());
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int breachingNow() {
        int breaching = 0;
        for (Complaint c : complaints) {
            if (sla.quickStatus(c, SlaTarget.REPLY, now) == SlaStatus.BREACHED) {
                breaching++;
            }
        }
        return breaching;
    }
}
