package dev.kefu.benchmarks;

import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import dev.kefu.core.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import net.objectlab.kit.datecalc.common.DateCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code plusWorkingDays} for n = 1, 20 and 250, kefu against OpenGamma Strata
 * ({@code ImmutableHolidayCalendar.shift}) and ObjectLab Kit ({@code moveByBusinessDays}), all loaded with
 * the same official 2020–2026 data (ObjectLab without the make-up working days, which it
 * cannot represent). Start dates cycle through 1,024 days of 2021–2025 so that no answer is
 * constant.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CalendarBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class CalendarBenchmark {

    private static final int MASK = 1023;

    @Param({"1", "20", "250"})
    public int n;

    private BusinessCalendar kefu;
    private ImmutableHolidayCalendar strata;
    private DateCalculator<LocalDate> objectLab;
    private LocalDate[] starts;
    private int i;

    @Setup(Level.Trial)
    public void setUp() {
        HolidayData data = new HolidayData();
        kefu = data.kefu();
        strata = data.strata();
        objectLab = data.objectLab();
        starts = HolidayData.startDates(MASK + 1);
    }

    private int next() {
        i = (i + 1) & MASK;
        return i;
    }

    @Benchmark
    public LocalDate plusWorkingDays_kefu() {
        return kefu.plusWorkingDays(starts[next()], n);
    }

    @Benchmark
    public LocalDate plusWorkingDays_strata() {
        return strata.shift(starts[next()], n);
    }

    @Benchmark
    public LocalDate plusWorkingDays_objectLab() {
        return objectLab.setStartDate(starts[next()]).moveByBusinessDays(n).getCurrentBusinessDate();
    }
}
