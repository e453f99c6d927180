package dev.kefu.gas.billing;

import static dev.kefu.gas.Gas.at;
import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static dev.kefu.gas.Gas.zh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.money.Money;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArrearsCheckTest {

    static final ArrearsCheck CHECK = ArrearsCheck.builder().firstChaseWithin(Duration.ofDays(3)).build();
    static final CustomerId C = CustomerId.of("cust-88");

    @Test
    @DisplayName("MTR-10: the time to the first chase (unstated: promptly) is a required setting")
    void required() {
        rejects(() -> ArrearsCheck.builder().build(), "firstChaseWithin");
        rejects(() -> ArrearsCheck.builder().firstChaseWithin(Duration.ZERO).zone(null).build(), "firstChaseWithin", "zone");
        assertThat(CHECK.toString()).contains("PT72H");
    }

    @Test
    @DisplayName("MTR-10: a first chase exactly 3 days after the arrears is in time; one minute later is late")
    void boundary() {
        var ok = CHECK.check(List.of(Arrears.chased(C, Money.of("120.00"), at("2026-11-01T09:00"), at("2026-11-04T09:00"))), at("2026-11-10T00:00"));
        assertThat(ok.outcome()).isEmpty();
        assertThat(en(ok)).contains("All 1 customers");
        var late = CHECK.check(List.of(Arrears.chased(C, Money.of("120.00"), at("2026-11-01T09:00"), at("2026-11-04T09:01"))), at("2026-11-10T00:00"));
        assertThat(late.outcome()).hasSize(1);
        assertThat(en(late)).contains("Customer cust-88 (arrears 120.00 yuan) was first chased at 2026-11-04 09:01, after the deadline 2026-11-04 09:00");
    }

    @Test
    @DisplayName("MTR-10: arrears not chased are overdue only once the deadline has passed")
    void unchased() {
        Arrears a = Arrears.unchased(C, Money.of("50.00"), at("2026-11-01T09:00"));
        assertThat(CHECK.check(List.of(a), at("2026-11-04T09:00")).outcome()).isEmpty();
        var d = CHECK.check(List.of(a), at("2026-11-04T09:01"));
        assertThat(d.outcome()).containsExactly(a);
        assertThat(zh(d)).contains("尚未催缴");
    }

    @Test
    @DisplayName("MTR-10: malformed arrears are rejected, naming each problem")
    void malformed() {
        rejects(() -> new Arrears(null, Money.ZERO, null, null), "customer", "amount", "since", "firstChase");
        rejects(() -> Arrears.chased(C, Money.of("1.00"), at("2026-11-02T00:00"), at("2026-11-01T00:00")), "firstChase");
        rejects(() -> new Arrears(C, null, at("2026-11-02T00:00"), Optional.empty()), "amount");
        rejects(() -> CHECK.check(null, null), "arrears", "now");
        rejects(() -> CHECK.check(Arrears.class.cast(null) == null ? Arrays.asList((Arrears) null) : List.of(), at("2026-11-02T00:00")), "arrears[0]");
    }
}
