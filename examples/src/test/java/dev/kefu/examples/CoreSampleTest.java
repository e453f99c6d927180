package dev.kefu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.calendar.BusinessCalendar;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoreSampleTest {

    @Test
    @DisplayName("CORE-CAL-1 CORE-CAL-3 CORE-MONEY-1 CORE-DEC-1 the sample runs end to end and prints the known answers")
    void sample_prints_known_answers() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new CoreSample(BusinessCalendar.chinaOfficial(), new PrintStream(buffer, true, StandardCharsets.UTF_8)).run();
        String out = buffer.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("2025-10-11 SATURDAY  working  OFFICIAL_WORKING_DAY");
        assertThat(out).contains("reply due (2wd)         2025-10-10 Fri 22:00");
        assertThat(out).contains("investigation due (1wd) 2025-10-09 Thu 22:00");
        assertThat(out).contains("A CNY 987.66, B CNY 246.91 (sum CNY 1234.57)");
        assertThat(out).contains("罚款 200.00 元");
        assertThat(out).contains("must total exactly 100% (they total 110%)");
        assertThat(out).contains("outside the calendar's coverage 2020-01-01 to 2026-12-31");
        // CORE-CAL-3: a complaint of 2026-12-30 gets a provisional 2027 deadline
        assertThat(out).contains("reply due (2wd)          2027-01-04 Mon 22:00  [provisional]");
        assertThat(out).contains("the 2027 schedule is not yet published; estimated from the statutory holidays");
        assertThat(out).contains("2027 年放假安排尚未公布，按法定假日估算");
        assertThat(out).contains("published coverage ending soon");
    }
}
