package dev.kefu.gas.billing;

import static dev.kefu.gas.Gas.at;
import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static dev.kefu.gas.Gas.zh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SalesSummaryCheckTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    static final SalesSummaryCheck CHECK = SalesSummaryCheck.builder().deadlineAfterDay(Duration.ZERO).build();

    static DailySalesSummary summary(String at, String amount, int found, int reported) {
        return new DailySalesSummary(DAY, at(at), new BigDecimal("1520.5"), Money.of(amount), found, reported);
    }

    @Test
    @DisplayName("MTR-14: the submission deadline (unstated: promptly) is a required setting")
    void required() {
        rejects(() -> SalesSummaryCheck.builder().build(), "deadlineAfterDay");
        rejects(() -> SalesSummaryCheck.builder().deadlineAfterDay(null).zone(null).build(), "deadlineAfterDay", "zone");
        assertThat(CHECK.toString()).contains("PT0S");
    }

    @Test
    @DisplayName("MTR-14: a summary submitted by midnight, equal to the system total, with anomalies reported, is in order; 00:01 is late")
    void boundary() {
        var ok = CHECK.check(summary("2026-11-25T00:00", "3968.51", 1, 1), Money.of("3968.51"));
        assertThat(ok.outcome()).isEmpty();
        assertThat(en(ok)).contains("on time and accurate");
        var late = CHECK.check(summary("2026-11-25T00:01", "3968.51", 0, 0), Money.of("3968.51"));
        assertThat(late.outcome()).containsExactly(SummaryFinding.LATE);
        assertThat(zh(late)).contains("晚于期限 2026-11-25 00:00");
    }

    @Test
    @DisplayName("MTR-14: an inaccurate amount and unreported purchasing anomalies are reported")
    void findings() {
        var d = CHECK.check(summary("2026-11-24T21:00", "3968.50", 3, 1), Money.of("3968.51"));
        assertThat(d.outcome()).containsExactlyInAnyOrder(SummaryFinding.INACCURATE, SummaryFinding.ANOMALIES_UNREPORTED);
        assertThat(en(d)).contains("shows 3968.50 yuan; the billing system shows 3968.51 yuan").contains("leaves 2 purchasing anomalies unreported");
    }

    @Test
    @DisplayName("MTR-14: a business day with sales and no summary is reported")
    void missing() {
        LocalDate next = DAY.plusDays(1);
        var d = CHECK.missing(List.of(DAY, next, next), List.of(summary("2026-11-24T21:00", "1.00", 0, 0)));
        assertThat(d.outcome()).containsExactly(next);
        assertThat(en(d)).contains("No gas-sales summary for 2026-11-25");
        var all = CHECK.missing(List.of(DAY), List.of(summary("2026-11-24T21:00", "1.00", 0, 0)));
        assertThat(all.outcome()).isEmpty();
        assertThat(en(all)).contains("All 1 business days");
    }

    @Test
    @DisplayName("MTR-14: malformed summaries are rejected, naming each problem")
    void malformed() {
        rejects(() -> new DailySalesSummary(null, null, new BigDecimal("-1"), Money.of("-1"), -1, 2), "businessDay", "submittedAt", "volume",
                "amount", "anomaliesFound", "anomaliesReported");
        rejects(() -> new DailySalesSummary(DAY, at("2026-11-24T21:00"), null, null, 0, 0), "volume", "amount");
        rejects(() -> CHECK.check(null, null), "summary", "systemTotal");
        rejects(() -> CHECK.missing(null, null), "daysWithSales", "summaries");
        rejects(() -> CHECK.missing(Arrays.asList(DAY, null), Arrays.asList((DailySalesSummary) null)), "daysWithSales[1]", "summaries[0]");
    }
}
