package dev.kefu.benchmarks;

import com.opengamma.strata.basics.date.HolidayCalendarId;
import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import dev.kefu.core.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The calendar in provisional years (CORE-CAL-3): kefu's {@code chinaOfficial()} answering
 * 2027–2031 from the statutory estimate, against Strata loaded with exactly the same days off
 * (read back from kefu). Start dates cycle through 1,024 days of 2027–2030; the
 * {@code …Detailed} row also says whether the answer is provisional.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ProvisionalCalendarBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ProvisionalCalendarBenchmark {

    private static final int MASK = 1023;

    @Param({"1", "250"})
    public int n;

    private BusinessCalendar kefu;
    private ImmutableHolidayCalendar strata;
    private final LocalDate[] starts = new LocalDate[MASK + 1];
    private final LocalDate[] yearLater = new LocalDate[MASK + 1];
    private int i;

    @Setup(Level.Trial)
    public void setUp() {
        kefu = BusinessCalendar.chinaOfficial();
        List<LocalDate> holidays = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2027, 1, 1); !d.isAfter(LocalDate.of(2032, 12, 31)); d = d.plusDays(1)) {
            DayOfWeek w = d.getDayOfWeek();
            if (!kefu.isWorkingDay(d) && w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY) {
                holidays.add(d);
            }
        }
        strata = ImmutableHolidayCalendar.of(HolidayCalendarId.of("CNESTIMATE"), holidays,
                List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of());
        LocalDate first = LocalDate.of(2027, 1, 4);
        for (int k = 0; k <= MASK; k++) {
            starts[k] = first.plusDays(k * 37L % 1400);
            yearLater[k] = starts[k].plusYears(1);
        }
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
    public Object plusWorkingDaysDetailed_kefu() {
        return kefu.plusWorkingDaysDetailed(starts[next()], n);
    }

    @Benchmark
    public LocalDate plusWorkingDays_strata() {
        return strata.shift(starts[next()], n);
    }

    @Benchmark
    public long workingDaysBetweenOneYear_kefu() {
        int k = next();
        return kefu.workingDaysBetween(starts[k], yearLater[k]);
    }

    @Benchmark
    public long workingDaysBetweenOneYear_strata() {
        int k = next();
        return strata.daysBetween(starts[k], yearLater[k]);
    }
}
