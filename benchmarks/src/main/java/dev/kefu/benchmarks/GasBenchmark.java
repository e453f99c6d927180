package dev.kefu.benchmarks;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.gas.DeskRole;
import dev.kefu.gas.HostLabel;
import dev.kefu.gas.meter.MeterClass;
import dev.kefu.gas.readrate.ReadOutcome;
import dev.kefu.gas.readrate.ReadRatePolicy;
import dev.kefu.gas.readrate.ReadRateReport;
import dev.kefu.gas.readrate.ReadSheet;
import dev.kefu.gas.reconciliation.CloseOfBusinessReconciliation;
import dev.kefu.gas.reconciliation.Collector;
import dev.kefu.gas.reconciliation.PaymentLog;
import dev.kefu.gas.reconciliation.ReconciliationReport;
import dev.kefu.gas.reconciliation.SettlementCover;
import dev.kefu.gas.reconciliation.Takings;
import java.time.Instant;
import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The gas desk's bulk work (MTR-6, MTR-15, MTR-21):
 * <ul>
 *   <li>{@code readRateReport} — the read-rate report of a cycle of 1,000,000 meters (70%
 *       household, 25% indoor-mounted, 5% commercial; about 1.5% estimated, skipped or wrong),
 *       target &lt; 100 ms;</li>
 *   <li>{@code readRateSheetAndReport} — the same, building the sheet from the host's rows
 *       first;</li>
 *   <li>{@code reconcileDay} — close-of-business reconciliation of a day of 100,000 payments by
 *       20 collectors, with 10 settlement covers, target &lt; 50 ms;</li>
 *   <li>{@code logAndReconcileDay} — the same, building the payment log from the billing
 *       system's columns first.</li>
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar GasBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class GasBenchmark {

    private static final int METERS = 1_000_000;
    private static final int PAYMENTS = 100_000;
    private static final int COLLECTORS = 20;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private MeterClass[] classes;
    private ReadOutcome[] outcomes;
    private ReadSheet sheet;
    private ReadRatePolicy policy;

    private EmployeeId[] staff;
    private int[] payer;
    private long[] atSecond;
    private long[] fen;
    private PaymentLog log;
    private Takings takings;
    private List<SettlementCover> covers;
    private CloseOfBusinessReconciliation reconciliation;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(6);
        classes = new MeterClass[METERS];
        outcomes = new ReadOutcome[METERS];
        for (int i = 0; i < METERS; i++) {
            int c = random.nextInt(100);
            classes[i] = c < 5 ? MeterClass.COMMERCIAL : c < 75 ? MeterClass.HOUSEHOLD : MeterClass.INDOOR_HOUSEHOLD;
            int o = random.nextInt(1000);
            outcomes[i] = o < 985 ? ReadOutcome.READ : o < 990 ? ReadOutcome.ESTIMATED : o < 995 ? ReadOutcome.SKIPPED : ReadOutcome.WRONG;
        }
        policy = ReadRatePolicy.regulation();
        sheet = buildSheet();

        staff = new EmployeeId[COLLECTORS + 10];
        for (int i = 0; i < staff.length; i++) {
            staff[i] = EmployeeId.of((i < COLLECTORS ? "billing-" : "card-") + i);
        }
        Instant open = DAY.atTime(8, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        payer = new int[PAYMENTS];
        atSecond = new long[PAYMENTS];
        fen = new long[PAYMENTS];
        for (int i = 0; i < PAYMENTS; i++) {
            payer[i] = random.nextInt(COLLECTORS);
            atSecond[i] = open.getEpochSecond() + random.nextInt(10 * 3600);
            fen[i] = 100 + random.nextInt(500_000);
        }
        covers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Instant from = open.plusSeconds(9 * 3600 + i * 60L);
            covers.add(new SettlementCover(staff[i], staff[COLLECTORS + i], DeskRole.CARD_SERVICE_CLERK, from, from.plusSeconds(1800)));
        }
        log = buildLog();
        reconciliation = CloseOfBusinessReconciliation.builder()
                .differenceProcedure(HostLabel.of("make-good", "当日补齐", "made good the same day")).build();
        // count each collector's cash from the report itself, one fen short for every third
        ReconciliationReport exact = reconciliation.reconcile(log, countAll(Money.ZERO), covers).outcome();
        Takings.Builder t = Takings.builder();
        for (int i = 0; i < exact.lines().size(); i++) {
            Money system = exact.lines().get(i).systemTotal();
            t.counted(exact.lines().get(i).collector(), i % 3 == 0 ? system.minus(Money.ofFen(1)) : system);
        }
        takings = t.build();
    }

    private Takings countAll(Money each) {
        Takings.Builder t = Takings.builder();
        for (EmployeeId e : staff) {
            t.counted(e, each);
        }
        return t.build();
    }

    private ReadSheet buildSheet() {
        ReadSheet.Builder b = ReadSheet.builder(DAY).expect(METERS);
        for (int i = 0; i < METERS; i++) {
            b.add(classes[i], outcomes[i]);
        }
        return b.build();
    }

    private PaymentLog buildLog() {
        PaymentLog.Builder b = PaymentLog.builder(DAY).expect(PAYMENTS);
        Collector[] handles = new Collector[COLLECTORS];
        for (int i = 0; i < COLLECTORS; i++) {
            handles[i] = b.collector(staff[i]);
        }
        for (int i = 0; i < PAYMENTS; i++) {
            b.addFen(handles[payer[i]], atSecond[i], fen[i]);
        }
        return b.build();
    }

    @Benchmark
    public Decision<ReadRateReport> readRateReport() {
        return policy.report(sheet);
    }

    @Benchmark
    public Decision<ReadRateReport> readRateSheetAndReport() {
        return policy.report(buildSheet());
    }

    @Benchmark
    public Decision<ReconciliationReport> reconcileDay() {
        return reconciliation.reconcile(log, takings, covers);
    }

    @Benchmark
    public Decision<ReconciliationReport> logAndReconcileDay() {
        return reconciliation.reconcile(buildLog(), takings, covers);
    }
}
