package dev.kefu.gas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.MessageBundle;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GasRulesTest {

    @Test
    @DisplayName("MTR-1…MTR-21: one constant per catalogue row, in order")
    void every_rule_has_a_constant() {
        assertThat(GasRules.ALL).hasSize(21);
        IntStream.range(0, 21).forEach(i -> assertThat(GasRules.ALL.get(i).value()).isEqualTo("MTR-" + (i + 1)));
    }

    @Test
    @DisplayName("CORE-DEC-1: the English and Chinese bundles have the same keys and every message renders without constant names")
    void bundles_match() {
        MessageBundle b = GasMessages.BUNDLE;
        assertThat(b.keys(Locale.ENGLISH)).isEqualTo(b.keys(Locale.SIMPLIFIED_CHINESE));
        Object[] args = IntStream.range(0, 12).mapToObj(i -> (Object) ("a" + i)).toArray();
        for (String k : b.keys(Locale.ENGLISH)) {
            for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                String s = b.format(l, k, args);
                assertThat(s).as(k).isNotBlank().doesNotContainPattern("[A-Z]+_[A-Z_]+").doesNotContain("{");
            }
        }
    }

    @Test
    @DisplayName("CORE-DEC-1: every role has a label in both languages")
    void labels() {
        for (DeskRole r : DeskRole.values()) {
            assertThat(GasMessages.en(r)).isNotEqualTo(GasMessages.zh(r));
        }
    }

    @Test
    @DisplayName("MTR-12: a host label needs code, Chinese and English text")
    void host_label() {
        Gas.rejects(() -> HostLabel.of(" ", null, ""), "code", "zh", "en");
        assertThat(HostLabel.of("c", "中", "e").en()).isEqualTo("e");
    }
}
