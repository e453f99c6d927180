package dev.kefu.benchmarks;

import dev.kefu.appraisal.ledger.EntryKind;
import dev.kefu.appraisal.ledger.LedgerEntry;
import dev.kefu.appraisal.ledger.MonthlyStatement;
import dev.kefu.appraisal.ledger.PenaltyLedger;
import dev.kefu.appraisal.scoring.AppraisalResult;
import dev.kefu.appraisal.scoring.AppraisalScheme;
import dev.kefu.appraisal.scoring.Bands;
import dev.kefu.appraisal.scoring.MonthlyAppraisal;
import dev.kefu.appraisal.scoring.ScoreSheet;
import dev.kefu.appraisal.scoring.Source;
import dev.kefu.appraisal.scoring.SourceWeights;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The month-end run (APR-1 … APR-9): statements of 10,000 staff from a ledger of 1,000,000
 * entries (fines, rewards, warnings and complaint sanctions spread over a year), then the
 * monthly appraisal of the 10,000 with their point deductions — scores, ranking, bands,
 * outcomes and one decision each.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AppraisalBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class AppraisalBenchmark {

    private static final Sanction FINE_20 = Sanction.of(new SanctionMeasure.Fine(Money.yuan(20)));
    private static final Sanction WARNING = Sanction.of(new SanctionMeasure.Warning(SanctionMeasure.WarningForm.ORAL));
    private static final Sanction FINE_200_POINTS_5 = Sanction.of(new SanctionMeasure.Fine(Money.yuan(200)),
            new SanctionMeasure.PointDeduction(5));

    private static final int STAFF = 10_000;
    private static final int ENTRIES = 1_000_000;
    private static final YearMonth MONTH = YearMonth.of(2025, 6);

    private List<LedgerEntry> ledger;
    private List<ScoreSheet> sheets;
    private MonthlyAppraisal appraisal;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(3);
        EmployeeId[] staff = new EmployeeId[STAFF];
        for (int i = 0; i < STAFF; i++) {
            staff[i] = EmployeeId.of("E" + i);
        }
        EmployeeId mgr = EmployeeId.of("mgr");
        ledger = new ArrayList<>(ENTRIES);
        LocalDate first = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < ENTRIES; i++) {
            EmployeeId e = staff[random.nextInt(STAFF)];
            LocalDate day = first.plusDays(random.nextInt(365));
            int kind = random.nextInt(4);
            // valid stored rows (APR-8): a 20-yuan fine, a 10-yuan reward, a warning, a 200-yuan fine with 5 points
            ledger.add(switch (kind) {
                case 0 -> new LedgerEntry(i + 1L, e, day, EntryKind.PENALTY, "CODE0", Money.yuan(-20), 0, Optional.of(FINE_20),
                        RuleId.of("APR-8"), mgr);
                case 1 -> new LedgerEntry(i + 1L, e, day, EntryKind.REWARD, "CODE1", Money.yuan(10), 0, Optional.empty(),
                        RuleId.of("APR-7"), mgr);
                case 2 -> new LedgerEntry(i + 1L, e, day, EntryKind.WARNING, "CODE2", Money.ZERO, 0, Optional.of(WARNING),
                        RuleId.of("APR-9"), mgr);
                default -> new LedgerEntry(i + 1L, e, day, EntryKind.PENALTY, "CODE3", Money.yuan(-200), 5,
                        Optional.of(FINE_200_POINTS_5), RuleId.of("APR-8"), mgr);
            });
        }
        AppraisalScheme.Builder scheme = AppraisalScheme.regulation()
                .weight(AppraisalScheme.WORK_RESULTS, Share.ofPercent(50))
                .weight(AppraisalScheme.ATTITUDE, Share.ofPercent(30))
                .weight(AppraisalScheme.ABILITY, Share.ofPercent(20));
        List<List<String>> groups = List.of(AppraisalScheme.WORK_RESULTS_INDICATORS, AppraisalScheme.ATTITUDE_INDICATORS,
                AppraisalScheme.ABILITY_INDICATORS);
        for (List<String> group : groups) {
            List<Share> equal = Share.proportional(group.stream().mapToLong(x -> 1).toArray());
            for (int k = 0; k < group.size(); k++) {
                scheme.weight(group.get(k), equal.get(k));
            }
        }
        AppraisalScheme built = scheme.build();
        sheets = new ArrayList<>(STAFF);
        for (EmployeeId e : staff) {
            ScoreSheet.Builder b = ScoreSheet.builder(e, MONTH);
            for (Source s : Source.values()) {
                for (String ind : built.indicators()) {
                    b.score(s, ind, 40 + random.nextInt(61));
                }
            }
            sheets.add(b.build());
        }
        appraisal = MonthlyAppraisal.builder().scheme(built)
                .weights(new SourceWeights(Share.ofPercent(50), Share.ofPercent(30), Share.ofPercent(20)))
                .bands(Bands.of(90, 60)).build();
    }

    @Benchmark
    public List<Decision<AppraisalResult>> monthEnd() {
        Map<EmployeeId, MonthlyStatement> statements = PenaltyLedger.statements(ledger, MONTH);
        Map<EmployeeId, Integer> points = new HashMap<>(statements.size() * 2);
        statements.forEach((e, s) -> points.put(e, s.pointsDeducted()));
        return appraisal.appraise(MONTH, sheets, points, Map.of());
    }
}
