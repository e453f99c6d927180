package dev.kefu.gas.billing;

import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static dev.kefu.gas.Gas.zh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.money.Money;
import dev.kefu.gas.HostLabel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TariffTest {

    static final HostLabel GAS = HostLabel.of("gas-res", "居民用气", "household gas");
    static final HostLabel CARD = HostLabel.of("card", "补卡费", "card replacement");
    static final Tariff TARIFF = Tariff.builder().line(TariffLine.perUnit(GAS, Money.of("2.61"))).line(TariffLine.fixed(CARD, Money.of("20.00")))
            .rounding(RoundingMode.HALF_UP).build();

    @Test
    @DisplayName("MTR-12: the tariff is a required setting; with a per-unit line, so is the rounding")
    void required() {
        rejects(() -> Tariff.builder().build(), "lines");
        rejects(() -> Tariff.builder().line(TariffLine.perUnit(GAS, Money.of("2.61"))).build(), "rounding");
        rejects(() -> Tariff.builder().line(null).line(TariffLine.fixed(CARD, Money.yuan(1))).line(TariffLine.fixed(CARD, Money.yuan(1)))
                .rounding(RoundingMode.UNNECESSARY).build(), "lines[0]", "lines[2]", "rounding");
        assertThat(Tariff.builder().line(TariffLine.fixed(CARD, Money.of("20.00"))).build().lines()).containsKey("card");
        assertThat(TARIFF.toString()).contains("gas-res");
    }

    @Test
    @DisplayName("MTR-12 and MTR-1: a charge with no tariff line is refused as an arbitrary charge")
    void no_line() {
        var d = TARIFF.check(new Charge("door-fee", BigDecimal.ONE, Money.of("50.00")));
        assertThat(d.outcome()).isEqualTo(ChargeVerdict.NO_TARIFF_LINE);
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactly("MTR-12", "MTR-1");
        assertThat(en(d)).contains("Item door-fee (50.00 yuan) has no tariff line");
        assertThat(zh(d)).contains("乱收费");
    }

    @Test
    @DisplayName("MTR-12: a per-unit charge is price × quantity rounded to the fen; one fen off is the wrong amount")
    void per_unit() {
        // 2.61 × 12.5 = 32.625 → 32.63 (HALF_UP)
        assertThat(TARIFF.check(new Charge("gas-res", new BigDecimal("12.5"), Money.of("32.63"))).outcome()).isEqualTo(ChargeVerdict.MATCHES_TARIFF);
        var wrong = TARIFF.check(new Charge("gas-res", new BigDecimal("12.5"), Money.of("32.62")));
        assertThat(wrong.outcome()).isEqualTo(ChargeVerdict.WRONG_AMOUNT);
        assertThat(en(wrong)).contains("The charge for household gas is 32.62 yuan; the tariff gives 32.63 yuan");
        assertThat(zh(wrong)).contains("居民用气收费 32.62 元");
    }

    @Test
    @DisplayName("MTR-12: a fixed charge is the line's amount times a whole quantity")
    void fixed() {
        var ok = TARIFF.check(new Charge("card", new BigDecimal("2"), Money.of("40.00")));
        assertThat(ok.outcome()).isEqualTo(ChargeVerdict.MATCHES_TARIFF);
        assertThat(en(ok)).contains("card replacement is the tariff amount, 40.00 yuan");
        assertThat(TARIFF.check(new Charge("card", new BigDecimal("1.0"), Money.of("20.00"))).outcome()).isEqualTo(ChargeVerdict.MATCHES_TARIFF);
        rejects(() -> TARIFF.check(new Charge("card", new BigDecimal("1.5"), Money.of("30.00"))), "charge.quantity");
    }

    @Test
    @DisplayName("MTR-12: malformed charges and lines are rejected, naming each problem")
    void malformed() {
        rejects(() -> new Charge(" ", BigDecimal.ZERO, Money.ZERO), "itemCode", "quantity", "amount");
        rejects(() -> new Charge(null, null, null), "itemCode", "quantity", "amount");
        rejects(() -> TariffLine.fixed(null, Money.ZERO), "item", "price");
        rejects(() -> new TariffLine(CARD, null, null), "price", "perUnit");
        rejects(() -> TARIFF.check(null), "charge");
    }
}
