package dev.kefu.benchmarks;

import dev.kefu.archive.composition.Composition;
import dev.kefu.archive.composition.CompositionAnalysis;
import dev.kefu.archive.composition.SalesLine;
import dev.kefu.archive.grading.CustomerSales;
import dev.kefu.archive.grading.Grade;
import dev.kefu.archive.grading.GradeBook;
import dev.kefu.archive.grading.Grading;
import dev.kefu.archive.grading.GradingStrategy;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.ProductId;
import dev.kefu.core.money.Money;
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
 * Archive bulk operations on a million rows (ARC-5, ARC-6): threshold grading and ABC grading
 * of 1,000,000 customers, and composition analysis of 1,000,000 sales lines. Sales follow a
 * long-tailed (Pareto-like) distribution so ABC cut-offs fall inside the population.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ArchiveBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class ArchiveBenchmark {

    private static final int N = 1_000_000;

    private List<CustomerSales> customers;
    private List<SalesLine> lines;
    private GradingStrategy<CustomerSales> thresholds;
    private GradingStrategy<CustomerSales> abc;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        customers = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            long fen = (long) (100_00 / Math.pow(1 - random.nextDouble(), 1 / 1.2)); // Pareto, minimum 100 yuan
            customers.add(CustomerSales.of(CustomerId.of("C" + i), Money.ofFen(Math.min(fen, 10_000_000_000L))));
        }
        thresholds = Grading.thresholds()
                .tier(Grade.of("A"), Money.yuan(100_000))
                .tier(Grade.of("B"), Money.yuan(10_000))
                .tier(Grade.of("C"), Money.yuan(1_000))
                .otherwise(Grade.of("D"))
                .build();
        abc = Grading.abc(dev.kefu.core.money.Share.ofPercent(80), dev.kefu.core.money.Share.ofPercent(95));
        Grade[] grades = {Grade.of("A"), Grade.of("B"), Grade.of("C")};
        ProductId[] products = new ProductId[200];
        for (int p = 0; p < products.length; p++) {
            products[p] = ProductId.of("P" + p);
        }
        String[] regions = {"East", "South", "North", "West", "Central", "Northeast", "Northwest"};
        lines = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            lines.add(SalesLine.of(CustomerId.of("C" + random.nextInt(50_000)), grades[random.nextInt(3)],
                    products[random.nextInt(products.length)], regions[random.nextInt(regions.length)],
                    Money.ofFen(random.nextLong(1, 10_000_000)), random.nextLong(1, 500)));
        }
    }

    @Benchmark
    public GradeBook thresholdGrading1M() {
        return thresholds.grade(customers);
    }

    @Benchmark
    public GradeBook abcGrading1M() {
        return abc.grade(customers);
    }

    @Benchmark
    public Composition composition1M() {
        return lines.stream().collect(CompositionAnalysis.collector());
    }
}
