package dev.kefu.benchmarks;

import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.calendar.PublishedSchedule;
import java.io.StringReader;
import java.time.LocalDate;
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
 * Loading one year's published schedule (CORE-CAL-3): parsing kefu's CSV and a holiday-cn
 * JSON file of the 2025 schedule (the shipped 2025 rows, 36 days), and building the calendar
 * with it loaded over the estimate.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScheduleLoadBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ScheduleLoadBenchmark {

    private String csv;
    private String json;
    private PublishedSchedule parsed;

    @Setup(Level.Trial)
    public void setUp() {
        HolidayData data = new HolidayData();
        StringBuilder c = new StringBuilder("date,kind,name\n");
        StringBuilder j = new StringBuilder("{\"year\":2025,\"papers\":[],\"days\":[");
        boolean first = true;
        for (LocalDate d : data.holidays) {
            if (d.getYear() == 2025) {
                c.append(d).append(",HOLIDAY,节日\n");
                j.append(first ? "" : ",").append("{\"name\":\"节日\",\"date\":\"").append(d).append("\",\"isOffDay\":true}");
                first = false;
            }
        }
        for (LocalDate d : data.workingDays) {
            if (d.getYear() == 2025) {
                c.append(d).append(",WORKDAY,节日\n");
                j.append(",{\"name\":\"节日\",\"date\":\"").append(d).append("\",\"isOffDay\":false}");
            }
        }
        csv = c.toString();
        json = j.append("]}").toString();
        parsed = PublishedSchedule.fromCsv(new StringReader(csv));
    }

    @Benchmark
    public PublishedSchedule parseCsv() {
        return PublishedSchedule.fromCsv(new StringReader(csv));
    }

    @Benchmark
    public PublishedSchedule parseHolidayCnJson() {
        return PublishedSchedule.fromHolidayCnJson(new StringReader(json));
    }

    @Benchmark
    public BusinessCalendar loadIntoCalendar() {
        return BusinessCalendar.chinaOfficial().withPublishedSchedule(parsed);
    }
}
