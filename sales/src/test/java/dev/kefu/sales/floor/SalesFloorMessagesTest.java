package dev.kefu.sales.floor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.RuleId;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SalesFloorMessagesTest {

    @Test
    @DisplayName("EST-1…EST-15 every rule has a constant in SalesFloorRules")
    void constants() throws IllegalAccessException {
        List<String> ids = new ArrayList<>();
        for (Field f : SalesFloorRules.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == RuleId.class) {
                ids.add(((RuleId) f.get(null)).value());
            }
        }
        for (int i = 1; i <= 15; i++) {
            assertThat(ids).contains("EST-" + i);
        }
    }

    @Test
    @DisplayName("EST-1…EST-15 the English and zh-CN bundles have the same keys and every pattern formats")
    void bundles() {
        assertThat(FloorTexts.BUNDLE.keys(Locale.ENGLISH)).isEqualTo(FloorTexts.BUNDLE.keys(Locale.SIMPLIFIED_CHINESE));
        for (String key : FloorTexts.BUNDLE.keys(Locale.ENGLISH)) {
            Object[] args = {"a", "b", "c", "d", "e"};
            assertThat(FloorTexts.BUNDLE.format(Locale.ENGLISH, key, args)).isNotBlank().doesNotContainPattern("[A-Z]+_[A-Z_]+");
            assertThat(FloorTexts.BUNDLE.format(Locale.SIMPLIFIED_CHINESE, key, args)).isNotBlank();
        }
    }

    @Test
    @DisplayName("EST-1…EST-15 every gap kind names its rule")
    void gapKinds() {
        for (GapKind k : GapKind.values()) {
            assertThat(k.rule().value()).startsWith("EST-");
        }
    }
}
