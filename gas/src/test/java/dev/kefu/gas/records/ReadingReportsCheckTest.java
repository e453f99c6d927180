package dev.kefu.gas.records;

import static dev.kefu.gas.Gas.at;
import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static dev.kefu.gas.Gas.zh;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReadingReportsCheckTest {

    static final ReadingReportsCheck CHECK = ReadingReportsCheck.builder().dailyReportWithin(Duration.ofHours(9))
            .monthSummaryWithin(Duration.ofDays(3)).anomalyReportWithin(Duration.ofHours(24)).build();
    static final LocalDate D22 = LocalDate.of(2026, 11, 22);
    static final LocalDate D23 = LocalDate.of(2026, 11, 23);

    @Test
    @DisplayName("MTR-9: the three report deadlines are required settings, each named at build()")
    void required() {
        rejects(() -> ReadingReportsCheck.builder().build(), "dailyReportWithin", "monthSummaryWithin", "anomalyReportWithin");
        rejects(() -> ReadingReportsCheck.builder().dailyReportWithin(Duration.ofHours(-1)).zone(null).monthSummaryWithin(Duration.ZERO)
                .anomalyReportWithin(Duration.ZERO).build(), "dailyReportWithin", "zone");
        assertThat(CHECK.toString()).contains("PT9H");
    }

    @Test
    @DisplayName("MTR-9: a daily report by 09:00 next day is on time, 09:01 late, none after the deadline missing; the month summary is due 3 days after month end")
    void daily_and_month() {
        List<ReportFiling> filed = List.of(new ReportFiling(ReportKind.DAILY_READING_REPORT, D22, at("2026-11-23T09:00")),
                new ReportFiling(ReportKind.DAILY_READING_REPORT, D22, at("2026-11-23T10:00")),
                new ReportFiling(ReportKind.DAILY_READING_REPORT, D23, at("2026-11-24T09:01")));
        var d = CHECK.checkReports(List.of(D22, D23, D22), filed, at("2026-12-04T00:01"));
        assertThat(d.outcome()).containsExactly(new ReportIssue(ReportKind.DAILY_READING_REPORT, D23, ReportIssue.Filing.LATE),
                new ReportIssue(ReportKind.MONTH_SUMMARY, LocalDate.of(2026, 11, 1), ReportIssue.Filing.MISSING));
        assertThat(en(d)).contains("The daily reading report of 2026-11-23 was filed at 2026-11-24 09:01, after the deadline 2026-11-24 09:00")
                .contains("The month summary of the month starting 2026-11-01 is missing; the deadline was 2026-12-04 00:00");
        assertThat(CHECK.checkReports(List.of(D22), filed.subList(0, 1), at("2026-12-04T00:00")).outcome()).isEmpty();
        var missingDaily = CHECK.checkReports(List.of(D23), List.of(new ReportFiling(ReportKind.MONTH_SUMMARY, D23, at("2026-12-05T00:00")),
                new ReportFiling(ReportKind.MONTH_SUMMARY, D23, at("2026-12-01T00:00"))), at("2026-12-10T00:00"));
        assertThat(missingDaily.outcome()).containsExactly(new ReportIssue(ReportKind.DAILY_READING_REPORT, D23, ReportIssue.Filing.MISSING));
        assertThat(zh(missingDaily)).contains("未填报");
        var lateMonth = CHECK.checkReports(List.of(D23), List.of(new ReportFiling(ReportKind.DAILY_READING_REPORT, D23, at("2026-11-24T08:00")),
                new ReportFiling(ReportKind.MONTH_SUMMARY, D23, at("2026-12-04T00:01"))), at("2026-12-10T00:00"));
        assertThat(lateMonth.outcome()).containsExactly(new ReportIssue(ReportKind.MONTH_SUMMARY, LocalDate.of(2026, 11, 1), ReportIssue.Filing.LATE));
        var ok = CHECK.checkReports(List.of(), List.of(), at("2026-12-10T00:00"));
        assertThat(en(ok)).contains("0 reading days");
    }

    @Test
    @DisplayName("MTR-9: a fast, slow or failed meter is reported within 24 hours; later, or not at all after the deadline, is reported")
    void anomalies() {
        MeterAnomaly inTime = new MeterAnomaly("H-1", AnomalyKind.FAST, at("2026-11-22T10:00"), Optional.of(at("2026-11-23T10:00")));
        MeterAnomaly late = new MeterAnomaly("H-2", AnomalyKind.SLOW, at("2026-11-22T10:00"), Optional.of(at("2026-11-23T10:01")));
        MeterAnomaly none = new MeterAnomaly("H-3", AnomalyKind.FAILED, at("2026-11-22T10:00"), Optional.empty());
        var d = CHECK.checkAnomalies(List.of(inTime, late, none), at("2026-11-23T10:01"));
        assertThat(d.outcome()).containsExactly(late, none);
        assertThat(en(d)).contains("Meter H-2 (running slow) was reported after the deadline 2026-11-23 10:00").contains("Meter H-3 (failed) has not been reported");
        assertThat(zh(d)).contains("走慢").contains("失灵");
        assertThat(CHECK.checkAnomalies(List.of(none), at("2026-11-23T10:00")).outcome()).isEmpty();
    }

    @Test
    @DisplayName("MTR-9: malformed filings and anomalies are rejected, naming each problem")
    void malformed() {
        rejects(() -> new ReportFiling(null, null, null), "kind", "period", "filedAt");
        rejects(() -> new MeterAnomaly(" ", null, at("2026-11-22T10:00"), Optional.of(at("2026-11-22T09:00"))), "meterNumber", "kind", "reportedAt");
        rejects(() -> new MeterAnomaly("H", AnomalyKind.FAST, null, null), "foundAt", "reportedAt");
        rejects(() -> CHECK.checkReports(null, null, null), "readingDays", "filings", "now");
        rejects(() -> CHECK.checkReports(Arrays.asList((LocalDate) null), Arrays.asList((ReportFiling) null), at("2026-11-22T10:00")),
                "readingDays[0]", "filings[0]");
        rejects(() -> CHECK.checkAnomalies(Arrays.asList((MeterAnomaly) null), null), "anomalies[0]", "now");
    }
}
