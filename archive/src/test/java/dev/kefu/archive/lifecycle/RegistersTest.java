package dev.kefu.archive.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistersTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final EmployeeId REP = EmployeeId.of("rep-1");
    private static final CustomerId C1 = CustomerId.of("C1");
    /** 2025-06-02 10:00 in Shanghai. */
    private static final Instant VISIT = Instant.parse("2025-06-02T02:00:00Z");
    /** 2025-06-02 23:59 in Shanghai. */
    private static final Instant LATE_EVENING = Instant.parse("2025-06-02T15:59:00Z");
    /** 2025-06-03 00:00 in Shanghai. */
    private static final Instant NEXT_DAY = Instant.parse("2025-06-02T16:00:00Z");

    private static NotebookEntry entry(DealStatus status, Optional<Instant> signedAt, Optional<String> reason, Instant recordedAt) {
        return new NotebookEntry(REP, C1, "张三丰, 13812345678, 做外贸", VISIT, status, signedAt, "wants a south-facing unit", reason, recordedAt);
    }

    @Test
    @DisplayName("ARC-15 audit: small and large deposits go into their own registers (小定/大定), not merged into deals")
    void audit_deposit_registers() {
        DepositEntry small = new DepositEntry(DepositKind.SMALL, C1, REP, Money.yuan(5_000), VISIT, LATE_EVENING);
        DepositEntry large = new DepositEntry(DepositKind.LARGE, C1, REP, Money.yuan(50_000), VISIT, NEXT_DAY);
        assertThat(small.register()).isEqualTo(RegisterLine.Register.SMALL_DEPOSIT);
        assertThat(large.register()).isEqualTo(RegisterLine.Register.LARGE_DEPOSIT);
        Decision<List<RegisterLine>> d = SameDayRegistration.lateLines(List.of(small, large), SHANGHAI);
        assertThat(d.outcome()).containsExactly(large);
        assertThat(d.explain(Locale.CHINA)).contains("大定登记表").contains("2025-06-03");
        assertThat(d.explain(Locale.ENGLISH)).contains("large-deposit register for 2025-06-02 was written on 2025-06-03");
        assertThatThrownBy(() -> new DepositEntry(DepositKind.SMALL, C1, REP, Money.ZERO, VISIT, VISIT)).hasMessageContaining("amount");
        assertThatThrownBy(() -> new DepositEntry(null, null, null, null, VISIT, VISIT.minusSeconds(1)))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("kind").hasMessageContaining("customer")
                .hasMessageContaining("rep").hasMessageContaining("amount").hasMessageContaining("recordedAt");
    }

    @Test
    @DisplayName("ARC-15 audit: the rep's notebook holds background, visit time, deal status, signing time, suggestions and the no-deal or refund reason")
    void audit_notebook_fields() {
        NotebookEntry signed = entry(DealStatus.SIGNED, Optional.of(VISIT.plusSeconds(3600)), Optional.empty(), VISIT.plusSeconds(7200));
        assertThat(signed.background()).isNotBlank();
        assertThat(signed.suggestions()).contains("south-facing");
        assertThat(signed.signedAt()).isPresent();
        assertThat(signed.register()).isEqualTo(RegisterLine.Register.NOTEBOOK);
        assertThat(signed.occurredAt()).isEqualTo(VISIT);
        assertThatThrownBy(() -> entry(DealStatus.SIGNED, Optional.empty(), Optional.empty(), VISIT)).hasMessageContaining("signedAt")
                .hasMessageContaining("signing time");
        assertThatThrownBy(() -> entry(DealStatus.NO_DEAL, Optional.empty(), Optional.empty(), VISIT)).hasMessageContaining("noDealOrRefundReason");
        assertThatThrownBy(() -> entry(DealStatus.REFUNDED, Optional.empty(), Optional.of(" "), VISIT)).hasMessageContaining("noDealOrRefundReason");
        assertThat(entry(DealStatus.REFUNDED, Optional.of(VISIT), Optional.of("bought elsewhere"), VISIT).noDealOrRefundReason()).isPresent();
        assertThatThrownBy(() -> entry(DealStatus.FOLLOWING_UP, Optional.of(VISIT), Optional.empty(), VISIT)).hasMessageContaining("signedAt");
        assertThatThrownBy(() -> entry(DealStatus.SIGNED, Optional.of(VISIT.minusSeconds(1)), Optional.empty(), VISIT))
                .hasMessageContaining("signedAt");
        assertThatThrownBy(() -> entry(DealStatus.SIGNED, Optional.of(VISIT), Optional.empty(), VISIT.minusSeconds(1)))
                .hasMessageContaining("recordedAt");
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> new NotebookEntry(null, null, " ", null, null, null, null, null, null));
        assertThat(e.violations()).hasSize(9);
    }

    @Test
    @DisplayName("ARC-15 issue 18: the notebook's free text never prints in toString")
    void notebook_to_string_masks_free_text() {
        NotebookEntry e = entry(DealStatus.NO_DEAL, Optional.empty(), Optional.of("张三丰 found it too dear"), VISIT);
        assertThat(e.toString()).doesNotContain("张三丰").doesNotContain("13812345678").doesNotContain("south-facing").contains("NO_DEAL");
    }

    @Test
    @DisplayName("ARC-15 same-day registration: 23:59 local is the same day, 00:00 the next is late, across all registers")
    void same_day_boundary() {
        ContactRecord call = new ContactRecord(ContactRecord.Channel.CALL, VISIT, LATE_EVENING, REP, true, false);
        ContactRecord visit = new ContactRecord(ContactRecord.Channel.VISIT, VISIT, NEXT_DAY, REP, true, false);
        NotebookEntry note = entry(DealStatus.FOLLOWING_UP, Optional.empty(), Optional.empty(), NEXT_DAY);
        Decision<List<RegisterLine>> d = SameDayRegistration.lateLines(List.of(call, visit, note), SHANGHAI);
        assertThat(d.outcome()).containsExactly(visit, note);
        assertThat(d.applied("ARC-15")).isTrue();
        assertThat(d.explain(Locale.ENGLISH)).contains("visitor register").contains("notebook of the rep").doesNotContainPattern("[A-Z]+_[A-Z_]+");
        assertThat(call.occurredAt()).isEqualTo(VISIT);
        assertThat(call.register()).isEqualTo(RegisterLine.Register.CALL);
        Decision<List<RegisterLine>> ok = SameDayRegistration.lateLines(List.of(call), SHANGHAI);
        assertThat(ok.outcome()).isEmpty();
        assertThat(ok.explain(Locale.CHINA)).contains("全部 1 条登记均当天完成");
        assertThat(SameDayRegistration.lateLines(List.of(visit), ZoneId.of("UTC")).outcome()).isEmpty();
        assertThatThrownBy(() -> SameDayRegistration.lateLines(Arrays.asList(call, null), null)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("lines[1]").hasMessageContaining("zone");
        assertThatThrownBy(() -> SameDayRegistration.lateLines(null, SHANGHAI)).hasMessageContaining("lines");
    }
}
