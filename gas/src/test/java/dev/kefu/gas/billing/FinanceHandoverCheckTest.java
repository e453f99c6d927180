package dev.kefu.gas.billing;

import static dev.kefu.gas.Gas.at;
import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static dev.kefu.gas.Gas.zh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FinanceHandoverCheckTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    static final EmployeeId WANG = EmployeeId.of("clerk-wang");
    static final FinanceHandoverCheck CHECK = FinanceHandoverCheck.builder().deadlineAfterDay(Duration.ofHours(10)).build();

    static TakingsHandover handover(String at, String amount, int handedReceipts, DepositAccount account) {
        return new TakingsHandover(WANG, DAY, Money.of("286.40"), Money.of(amount), at(at), 12, handedReceipts, account);
    }

    @Test
    @DisplayName("MTR-13: the hand-over deadline is a required setting, named at build()")
    void required() {
        rejects(() -> FinanceHandoverCheck.builder().build(), "deadlineAfterDay");
        rejects(() -> FinanceHandoverCheck.builder().deadlineAfterDay(Duration.ofHours(-1)).zone(null).build(), "deadlineAfterDay", "zone");
        assertThat(CHECK.toString()).contains("PT10H");
        assertThat(FinanceHandoverCheck.builder().deadlineAfterDay(Duration.ZERO).zone(ZoneOffset.UTC).build().deadline(DAY))
                .isEqualTo(java.time.Instant.parse("2026-11-25T00:00:00Z"));
    }

    @Test
    @DisplayName("MTR-13: takings and every receipt handed to the company by 10:00 next day are in order; 10:01 is late")
    void deadline_boundary() {
        var ok = CHECK.check(handover("2026-11-25T10:00", "286.40", 12, DepositAccount.COMPANY));
        assertThat(ok.outcome()).isEmpty();
        assertThat(en(ok)).contains("on time");
        var late = CHECK.check(handover("2026-11-25T10:01", "286.40", 12, DepositAccount.COMPANY));
        assertThat(late.outcome()).containsExactly(HandoverFinding.LATE);
        assertThat(en(late)).contains("at 2026-11-25 10:01, after the deadline 2026-11-25 10:00");
    }

    @Test
    @DisplayName("MTR-13: accounts not matching cash, missing receipts and a private account are each reported")
    void findings() {
        var d = CHECK.check(handover("2026-11-25T09:00", "286.30", 11, DepositAccount.PRIVATE));
        assertThat(d.outcome()).containsExactlyInAnyOrder(HandoverFinding.AMOUNT_MISMATCH, HandoverFinding.RECEIPTS_MISSING, HandoverFinding.PRIVATE_ACCOUNT);
        assertThat(en(d)).contains("handed over 286.30 yuan against takings of 286.40 yuan").contains("11 of 12 receipts").contains("private account");
        assertThat(zh(d)).contains("帐款不符").contains("公款私存");
        var more = CHECK.check(handover("2026-11-25T09:00", "286.40", 13, DepositAccount.COMPANY));
        assertThat(more.outcome()).isEmpty();
    }

    @Test
    @DisplayName("MTR-13: a malformed hand-over is rejected, naming each problem")
    void malformed() {
        rejects(() -> new TakingsHandover(null, null, Money.of("-1"), Money.of("-1"), null, -1, -1, null), "collector", "businessDay", "takings",
                "handedOver", "handedAt", "receiptsIssued", "receiptsHandedOver", "account");
        rejects(() -> new TakingsHandover(WANG, DAY, null, null, at("2026-11-25T09:00"), 0, 0, DepositAccount.COMPANY), "takings", "handedOver");
        rejects(() -> CHECK.check(null), "handover");
    }
}
