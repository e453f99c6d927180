package dev.kefu.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.money.Money;
import dev.kefu.core.validation.PolicyInputException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Boundaries of the calendar's limits, the schedule loader and money's magnitude (CORE-CAL-1, CORE-CAL-3, CORE-MONEY-1). */
class CalendarBoundaryTest {

    @Test
    @DisplayName("CORE-CAL-1 coverage may run from 1900 to 9999 and span at most 400 years, boundaries included")
    void coverage_year_limits() {
        assertThat(BusinessCalendar.builder().coverage(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 12, 31)).build().firstDay())
                .isEqualTo(LocalDate.of(1900, 1, 1));
        assertThatThrownBy(() -> BusinessCalendar.builder().coverage(LocalDate.of(1899, 12, 31), LocalDate.of(1900, 12, 31)).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("1900").hasMessageContaining("9999");
        assertThat(BusinessCalendar.builder().coverage(LocalDate.of(9999, 1, 1), LocalDate.of(9999, 12, 31)).build().lastDay())
                .isEqualTo(LocalDate.of(9999, 12, 31));
        assertThatThrownBy(() -> BusinessCalendar.builder().coverage(LocalDate.of(9999, 1, 1), LocalDate.of(10000, 1, 1)).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("9999");
        assertThat(BusinessCalendar.builder().coverage(LocalDate.of(2000, 1, 1), LocalDate.of(2399, 12, 31)).build().lastDay())
                .isEqualTo(LocalDate.of(2399, 12, 31));
        assertThatThrownBy(() -> BusinessCalendar.builder().coverage(LocalDate.of(2000, 1, 1), LocalDate.of(2401, 1, 1)).build())
                .hasMessageContaining("400");
        // a setter records its problem and returns the builder; build() reports it even if a later call was fine
        assertThatThrownBy(() -> BusinessCalendar.builder().coverage(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31))
                .weekendDays((DayOfWeek[]) null).weekendDays(DayOfWeek.SUNDAY).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("weekendDays");
        assertThat(BusinessCalendar.builder().coverage(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31))
                .weekendDays(DayOfWeek.SUNDAY).build().isWorkingDay(LocalDate.of(2025, 1, 4))).isTrue();
    }

    @Test
    @DisplayName("CORE-CAL-3 provisional checks refuse null and uncovered instants; a fresh strict calendar is never provisional")
    void provisional_checks_refuse_bad_input() {
        BusinessCalendar strict = BusinessCalendar.builder().officialChinaSchedule().build();
        Instant in2030 = LocalDate.of(2030, 1, 2).atStartOfDay(strict.zone()).toInstant();
        Instant in2025 = LocalDate.of(2025, 1, 2).atStartOfDay(strict.zone()).toInstant();
        assertThatThrownBy(() -> strict.isProvisionalBetween(in2025, in2030)).isInstanceOf(CalendarCoverageException.class);
        assertThatThrownBy(() -> strict.isProvisionalBetween(in2030, in2025)).isInstanceOf(CalendarCoverageException.class);
        assertThatThrownBy(() -> strict.isProvisionalBetween((Instant) null, in2025)).isInstanceOf(PolicyInputException.class);
        assertThat(strict.isProvisionalBetween(in2025, in2025)).isFalse();
        assertThat(strict.provisionalYears()).isEmpty();
        assertThat(strict.lastPublishedDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(strict.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
        BusinessCalendar cal = BusinessCalendar.chinaOfficial();
        assertThat(cal.coverageAlert(LocalDate.of(2026, 11, 24), Period.ofMonths(2)).explain(Locale.ENGLISH))
                .contains("within 60 days of 2026-11-24");
        assertThat(cal.coverageAlert(LocalDate.of(2026, 11, 24), Period.ofDays(45)).explain(Locale.SIMPLIFIED_CHINESE))
                .contains("不足 45 天");
        assertThat(cal.coverageAlert(LocalDate.of(2026, 6, 1), Period.ofDays(1)).explain(Locale.ENGLISH))
                .contains("cover dates up to 2026-12-31 (213 days from 2026-06-01)");
    }

    @Test
    @DisplayName("CORE-CAL-3 the loader refuses null sources, a 201-character line and a 201-character name; 200 are read")
    void loader_limits() {
        assertThatThrownBy(() -> PublishedSchedule.fromCsv((Path) null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> PublishedSchedule.fromHolidayCnJson((Path) null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> PublishedSchedule.fromHolidayCnJson((java.io.Reader) null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> PublishedSchedule.fromCsvResource(null, "x.csv")).isInstanceOf(PolicyInputException.class);
        String prefix = "2027-01-01,HOLIDAY,";
        String fits = "元".repeat(200 - prefix.length());
        PublishedSchedule ok = PublishedSchedule.fromCsv(new StringReader("date,kind,name\n" + prefix + fits + "\n"));
        assertThat(ok.size()).isEqualTo(1);
        assertThat(ok.toString()).isEqualTo("PublishedSchedule[2027][1 days]");
        assertThatThrownBy(() -> PublishedSchedule.fromCsv(new StringReader("date,kind,name\n" + prefix + fits + "元\n")))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("200");
        String json200 = "{\"year\":2027,\"days\":[{\"name\":\"" + "元".repeat(200) + "\",\"date\":\"2027-01-01\",\"isOffDay\":true}]}";
        assertThat(PublishedSchedule.fromHolidayCnJson(new StringReader(json200)).size()).isEqualTo(1);
        String json201 = "{\"year\":2027,\"days\":[{\"name\":\"" + "元".repeat(201) + "\",\"date\":\"2027-01-01\",\"isOffDay\":true}]}";
        assertThatThrownBy(() -> PublishedSchedule.fromHolidayCnJson(new StringReader(json201)))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("days[0].name");
        PublishedSchedule reversed = PublishedSchedule.fromCsv(new StringReader(
                "date,kind,name\n2027-10-01,HOLIDAY,国庆节\n2027-01-01,HOLIDAY,元旦\n2027-01-01,HOLIDAY,元旦\n"));
        assertThat(reversed.days()).extracting(PublishedSchedule.Day::date)
                .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 10, 1));
    }

    @Test
    @DisplayName("CORE-MONEY-1 amounts have at most 30 integer digits; text at most 64 characters; paths name the bad element")
    void money_limits() {
        String thirty = "9".repeat(30);
        assertThat(Money.of(thirty).amount()).isEqualByComparingTo(thirty);
        assertThatThrownBy(() -> Money.of(thirty + "9")).isInstanceOf(PolicyInputException.class).hasMessageContaining("30");
        assertThatThrownBy(() -> Money.of(new BigDecimal(thirty + "9"))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Money.rounded(new BigDecimal(thirty + "9.5"), RoundingMode.HALF_UP)).isInstanceOf(PolicyInputException.class);
        assertThat(Money.rounded(new BigDecimal(thirty + ".555"), RoundingMode.HALF_UP).amount()).isEqualByComparingTo(thirty + ".56");
        assertThatThrownBy(() -> Money.of((BigDecimal) null)).isInstanceOf(PolicyInputException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.001"))).isInstanceOf(PolicyInputException.class).hasMessageContaining("fen");
        assertThat(Money.of(" " + "0".repeat(60) + "1 ").amount()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> Money.of("0".repeat(65))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Money.sum(Arrays.asList(Money.yuan(1), Money.yuan(2), null)))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("amounts[2]");
    }
}
