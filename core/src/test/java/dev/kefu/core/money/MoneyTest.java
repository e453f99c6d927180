package dev.kefu.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.validation.PolicyInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static Share pct(String p) {
        return Share.ofPercent(p);
    }

    @Test
    @DisplayName("CORE-MONEY-1 80/20 of 0.03 yuan is 0.02 + 0.01")
    void eighty_twenty_of_three_fen() {
        assertThat(Money.of("0.03").allocate(pct("80"), pct("20"))).containsExactly(Money.of("0.02"), Money.of("0.01"));
    }

    @Test
    @DisplayName("CORE-MONEY-1 50/50 of an odd fen gives the extra fen to the first share")
    void fifty_fifty_odd() {
        assertThat(Money.of("100.01").allocate(Share.HALF, Share.HALF)).containsExactly(Money.of("50.01"), Money.of("50.00"));
    }

    @Test
    @DisplayName("CORE-MONEY-1 thirds of 100 yuan sum to 100 yuan")
    void thirds() {
        List<Money> parts = Money.yuan(100).allocate(pct("33.3333"), pct("33.3333"), pct("33.3334"));
        assertThat(Money.sum(parts)).isEqualTo(Money.yuan(100));
        assertThat(parts).containsExactly(Money.of("33.33"), Money.of("33.33"), Money.of("33.34"));
    }

    @Test
    @DisplayName("CORE-MONEY-1 the largest remainder wins the leftover fen")
    void largest_remainder() {
        // 0.10 by 15% / 85%: exact 0.015 and 0.085; floors 0.01 + 0.08, one fen left; remainders equal -> first
        assertThat(Money.of("0.10").allocate(pct("15"), pct("85"))).containsExactly(Money.of("0.02"), Money.of("0.08"));
        // 0.10 by 14% / 86%: exact 0.014 and 0.086 -> the second has the larger remainder
        assertThat(Money.of("0.10").allocate(pct("14"), pct("86"))).containsExactly(Money.of("0.01"), Money.of("0.09"));
    }

    @Test
    @DisplayName("CORE-MONEY-1 a negative amount splits symmetrically; a 0% share gets nothing")
    void negative_and_zero_share() {
        assertThat(Money.of("-0.03").allocate(pct("80"), pct("20"))).containsExactly(Money.of("-0.02"), Money.of("-0.01"));
        assertThat(Money.yuan(500).allocate(Share.ALL, Share.ZERO)).containsExactly(Money.yuan(500), Money.ZERO);
    }

    @Test
    @DisplayName("CORE-MONEY-1 shares that do not total 100% are refused, naming the total")
    void shares_must_total_100() {
        assertThatThrownBy(() -> Money.yuan(100).allocate(pct("80"), pct("30")))
                .isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("shares")
                .hasMessageContaining("110")
                .hasMessageContaining("CORE-MONEY-1");
        assertThatThrownBy(() -> Money.yuan(100).allocate()).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Money.yuan(100).allocate(pct("100"), null))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("shares[1]");
    }

    @Test
    @DisplayName("CORE-MONEY-1 amounts are exact to the fen; fractions of a fen are refused")
    void scale() {
        assertThat(Money.of("12.5").amount()).isEqualByComparingTo("12.50");
        assertThat(Money.of("12.5").toPlainString()).isEqualTo("12.50");
        assertThat(Money.of(new BigDecimal("12.500")).toFen()).isEqualTo(1250);
        assertThatThrownBy(() -> Money.of("12.505")).isInstanceOf(PolicyInputException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> Money.of("twelve")).isInstanceOf(PolicyInputException.class);
        assertThat(Money.rounded(new BigDecimal("12.505"), RoundingMode.HALF_UP)).isEqualTo(Money.of("12.51"));
    }

    @Test
    @DisplayName("CORE-MONEY-1 arithmetic and comparison")
    void arithmetic() {
        assertThat(Money.yuan(30).plus(Money.of("0.5"))).isEqualTo(Money.of("30.50"));
        assertThat(Money.yuan(30).minus(Money.yuan(50))).isEqualTo(Money.yuan(-20));
        assertThat(Money.yuan(20).times(3)).isEqualTo(Money.yuan(60));
        assertThat(Money.yuan(1000).times(Share.HALF, RoundingMode.HALF_EVEN)).isEqualTo(Money.yuan(500));
        assertThat(Money.ofFen(5).negate()).isEqualTo(Money.of("-0.05"));
        assertThat(Money.yuan(2).isGreaterThan(Money.yuan(1))).isTrue();
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.yuan(-1).isNegative()).isTrue();
        assertThat(Money.yuan(1).isPositive()).isTrue();
        assertThat(Money.yuan(7)).hasToString("CNY 7.00");
        assertThat(Money.of("7")).isEqualTo(Money.of("7.00")).hasSameHashCodeAs(Money.of("7.00"));
    }

    @Test
    @DisplayName("CORE-MONEY-1 shares are percentages between 0 and 100 with at most 4 decimals")
    void shares() {
        assertThat(pct("80.00")).isEqualTo(Share.ofPercent(80)).hasToString("80%");
        assertThat(Share.ofPercent(80).complement()).isEqualTo(Share.ofPercent(20));
        assertThat(Share.ofPercent(80).fraction()).isEqualByComparingTo("0.8");
        assertThat(Share.totalOneHundred(List.of(pct("50"), pct("50")))).isTrue();
        assertThat(Share.totalOneHundred(List.of(pct("50"), pct("49.9999")))).isFalse();
        assertThatThrownBy(() -> Share.ofPercent(101)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Share.ofPercent(-1)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> pct("33.33333")).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> pct("abc")).isInstanceOf(PolicyInputException.class);
        assertThat(pct("100")).isEqualTo(Share.ALL);
    }
}
