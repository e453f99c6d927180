package dev.kefu.benchmarks;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.sales.attribution.Attribution;
import dev.kefu.sales.attribution.AttributionCase;
import dev.kefu.sales.attribution.AttributionPolicy;
import dev.kefu.sales.attribution.Deal;
import dev.kefu.sales.attribution.PriorVisit;
import dev.kefu.sales.attribution.Registration;
import dev.kefu.sales.attribution.VisitKind;
import dev.kefu.sales.attribution.VisitMotive;
import dev.kefu.sales.reception.Reception;
import dev.kefu.sales.reception.ReceptionRotation;
import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Attribution decisions per second over a mix of 1,024 generated cases (registrations,
 * earlier visits, refusals, named reps, deals on the day or later), and reception-rotation
 * operations per second on a 12-rep rotation (a new visitor, with a rep marked away or back
 * every eighth operation). Rules ATT-1 … ATT-21.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AttributionBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class AttributionBenchmark {

    private static final int MASK = 1023;

    private final AttributionPolicy policy = AttributionPolicy.regulation();
    private final AttributionCase[] cases = new AttributionCase[MASK + 1];
    private List<EmployeeId> reps;
    private ReceptionRotation rotation;
    private int i;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(11);
        reps = new ArrayList<>();
        for (int r = 0; r < 12; r++) {
            reps.add(EmployeeId.of("R" + r));
        }
        LocalDate visit = LocalDate.of(2025, 6, 10);
        for (int k = 0; k <= MASK; k++) {
            EmployeeId receiver = reps.get(random.nextInt(12));
            int regs = random.nextInt(3);
            AttributionCase.Builder b = AttributionCase.builder()
                    .customer(CustomerId.of("C" + k)).team(reps).present(reps.subList(0, 9)).present(receiver)
                    .visitDate(visit).visit(regs == 0 ? VisitKind.FIRST_VISIT : VisitKind.RETURNING).receivedBy(receiver);
            EmployeeId earlier = null;
            for (int r = 0; r < regs; r++) {
                earlier = reps.get(random.nextInt(12));
                b.registrations(new Registration(earlier, visit.minusDays(random.nextInt(90)).atTime(10, r)));
                b.priorVisits(new PriorVisit(visit.minusDays(1 + random.nextInt(90)), earlier));
            }
            if (earlier != null) {
                switch (random.nextInt(5)) {
                    case 0 -> {
                        b.mentions(earlier).designates(receiver);
                    }
                    case 1 -> b.mentions(earlier);
                    case 2 -> b.motive(new VisitMotive.ForgotWho()).identifiedAtVisit(earlier);
                    case 3 -> b.designates(receiver);
                    default -> b.identifiedAtVisit(earlier);
                }
            }
            if (random.nextBoolean()) {
                b.deal(new Deal(visit.plusDays(random.nextInt(2)), receiver));
            }
            cases[k] = b.build();
        }
        rotation = ReceptionRotation.of(reps);
    }

    @Benchmark
    public Decision<Attribution> attributionDecision() {
        i = (i + 1) & MASK;
        return policy.decide(cases[i]);
    }

    @Benchmark
    public ReceptionRotation rotationOperation() {
        i = (i + 1) & MASK;
        if ((i & 7) == 0) {
            EmployeeId rep = reps.get(i % 12);
            rotation = (i & 8) == 0 ? rotation.markAway(rep).outcome() : rotation.markBack(rep).outcome();
        } else {
            Reception r = rotation.receiveNewVisitor().outcome();
            rotation = r.rotation();
        }
        return rotation;
    }
}
