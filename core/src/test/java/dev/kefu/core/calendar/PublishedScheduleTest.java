package dev.kefu.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CORE-CAL-1, CORE-CAL-3: published schedules loaded at run time, without upgrading kefu. */
class PublishedScheduleTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static void assertSample2027(PublishedSchedule s) {
        assertThat(s.years()).containsExactly(2027);
        assertThat(s.size()).isEqualTo(6);
        BusinessCalendar cal = BusinessCalendar.chinaOfficial().withPublishedSchedule(s);
        assertThat(cal.isProvisional(d("2027-03-01"))).isFalse();
        assertThat(cal.isWorkingDay(d("2027-02-20"))).isTrue();
        assertThat(cal.describe(d("2027-02-20")).kind()).isEqualTo(DayKind.OFFICIAL_WORKING_DAY);
        assertThat(cal.isWorkingDay(d("2027-02-08"))).isFalse();
        assertThat(cal.isWorkingDay(d("2027-02-09"))).isTrue();
    }

    @Test
    @DisplayName("CORE-CAL-3 kefu's CSV from a Reader, a Path and a classpath resource")
    void csv_sources(@TempDir Path dir) throws Exception {
        String csv = new String(getClass().getResourceAsStream("sample-2027.csv").readAllBytes(), StandardCharsets.UTF_8);
        assertSample2027(PublishedSchedule.fromCsv(new StringReader(csv)));
        Path file = dir.resolve("cn-2027.csv");
        Files.writeString(file, csv);
        assertSample2027(PublishedSchedule.fromCsv(file));
        assertSample2027(PublishedSchedule.fromCsvResource(getClass().getClassLoader(), "dev/kefu/core/calendar/sample-2027.csv"));
    }

    @Test
    @DisplayName("CORE-CAL-3 holiday-cn JSON from a Reader and a Path; unknown members ignored")
    void holiday_cn_json(@TempDir Path dir) throws Exception {
        String json = new String(getClass().getResourceAsStream("holiday-cn-2027.json").readAllBytes(), StandardCharsets.UTF_8);
        assertSample2027(PublishedSchedule.fromHolidayCnJson(new StringReader(json)));
        Path file = dir.resolve("2027.json");
        Files.writeString(file, json);
        assertSample2027(PublishedSchedule.fromHolidayCnJson(file));
    }

    @Test
    @DisplayName("CORE-CAL-3 the shipped 2020-2026 data reads back through the public CSV loader unchanged")
    void shipped_data_round_trips() {
        PublishedSchedule shipped = PublishedSchedule.fromCsvResource(BusinessCalendar.class.getClassLoader(),
                "dev/kefu/core/calendar/cn-official-2020-2026.csv");
        assertThat(shipped.years()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        BusinessCalendar fromFile = BusinessCalendar.builder().publishedSchedule(shipped).build();
        BusinessCalendar official = BusinessCalendar.chinaOfficialStrict();
        for (LocalDate day = d("2020-01-01"); !day.isAfter(d("2026-12-31")); day = day.plusDays(1)) {
            assertThat(fromFile.isWorkingDay(day)).as(day.toString()).isEqualTo(official.isWorkingDay(day));
        }
    }

    @Test
    @DisplayName("CORE-CAL-3 a malformed CSV is refused whole, listing every bad line, and no calendar changes")
    void malformed_csv_lists_every_line() {
        String csv = "date,kind,name\n"
                + "2027-01-01,HOLIDAY,元旦\n"
                + "2027-13-01,HOLIDAY,坏日期\n"         // line 3: bad date
                + "2027-02-06,HALFDAY,春节\n"           // line 4: unknown kind
                + "2027-02-07,HOLIDAY\n"                // line 5: two fields
                + "2027-01-01,WORKDAY,元旦\n"           // line 6: both off and on
                + "2027-03-01,HOLIDAY,\u0000\n";        // line 7: control character as name
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> PublishedSchedule.fromCsv(new StringReader(csv)));
        assertThat(e.violations()).extracting(Violation::path)
                .containsExactly("line[3]", "line[4]", "line[5]", "line[7]", "days[2027-01-01]");
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("同时被列为休息日和工作日");
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.rule()).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("CORE-CAL-1")));
        assertThat(BusinessCalendar.chinaOfficial().isProvisional(d("2027-01-01"))).isTrue();
    }

    @Test
    @DisplayName("CORE-CAL-3 a CSV without the header, empty, or unreadable is refused")
    void csv_header_and_empty() {
        assertThatThrownBy(() -> PublishedSchedule.fromCsv(new StringReader("2027-01-01,HOLIDAY,元旦\n")))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("header");
        assertThatThrownBy(() -> PublishedSchedule.fromCsv(new StringReader("date,kind,name\n")))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("no day");
        assertThatThrownBy(() -> PublishedSchedule.fromCsv(Path.of("/nonexistent/kefu.csv")))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> PublishedSchedule.fromCsvResource(getClass().getClassLoader(), "missing.csv"))
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> PublishedSchedule.fromCsv((java.io.Reader) null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> BusinessCalendar.chinaOfficial().withPublishedSchedule(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> PublishedSchedule.fromCsv(new StringReader("date,kind,name\n2027-01-01,HOLIDAY," + "长".repeat(300) + "\n")))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("line[2]");
    }

    @Test
    @DisplayName("CORE-CAL-3 malformed holiday-cn JSON: a date outside the stated year, a day both off and on, a missing isOffDay, all listed")
    void malformed_json_lists_every_problem() {
        String json = "{\"year\":2027,\"days\":["
                + "{\"name\":\"元旦\",\"date\":\"2026-12-31\",\"isOffDay\":true},"
                + "{\"name\":\"春节\",\"date\":\"2027-02-06\",\"isOffDay\":true},"
                + "{\"name\":\"春节\",\"date\":\"2027-02-06\",\"isOffDay\":false},"
                + "{\"name\":\"春节\",\"date\":\"2027-02-07\"},"
                + "{\"name\":\"春节\",\"date\":\"07/02/2027\",\"isOffDay\":true}]}";
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> PublishedSchedule.fromHolidayCnJson(new StringReader(json)));
        assertThat(e.violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("days[3].isOffDay", "days[4].date", "days[0].date", "days[2027-02-06]");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("2026-12-31 lies outside the stated year 2027");
    }

    @Test
    @DisplayName("CORE-CAL-3 JSON that is not the holiday-cn shape, or not JSON at all, is refused")
    void json_shape() {
        assertThatThrownBy(() -> PublishedSchedule.fromHolidayCnJson(new StringReader("not json")))
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> PublishedSchedule.fromHolidayCnJson(new StringReader("[1,2]")))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("holiday-cn");
        assertThatThrownBy(() -> PublishedSchedule.fromHolidayCnJson(new StringReader("{\"days\":[]}")))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> PublishedSchedule.fromHolidayCnJson(new StringReader("{\"year\":2027}")))
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> PublishedSchedule.fromHolidayCnJson(new StringReader("{\"year\":2027,\"days\":[]}")))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("no day");
        assertThatThrownBy(() -> PublishedSchedule.fromHolidayCnJson(new StringReader("{\"year\":2027,\"days\":[1]} trailing")))
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> PublishedSchedule.fromHolidayCnJson(new StringReader("{\"year\":\"2027\",\"days\":[]}")))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> PublishedSchedule.fromHolidayCnJson(Path.of("/nonexistent/2027.json")))
                .isInstanceOf(PolicyInputException.class);
    }
}
