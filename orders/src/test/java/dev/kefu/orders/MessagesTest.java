package dev.kefu.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    @DisplayName("ORD-1…ORD-19 every message exists in English and Chinese")
    void bundles_have_the_same_keys() {
        assertThat(OrdersMessages.BUNDLE.keys(Locale.ENGLISH)).isEqualTo(OrdersMessages.BUNDLE.keys(Locale.SIMPLIFIED_CHINESE));
        for (String k : OrdersMessages.BUNDLE.keys(Locale.ENGLISH)) {
            assertThat(OrdersMessages.BUNDLE.format(Locale.SIMPLIFIED_CHINESE, k, 1, 2, 3, 4, 5)).isNotBlank();
            assertThat(OrdersMessages.BUNDLE.format(Locale.ENGLISH, k, 1, 2, 3, 4, 5)).doesNotContain("''");
        }
    }

    @Test
    @DisplayName("ORD-1…ORD-19 one constant per rule, named after it")
    void rule_constants() throws Exception {
        int n = 0;
        for (Field f : OrderRules.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                assertThat(f.get(null).toString()).isEqualTo(f.getName().replace('_', '-'));
                n++;
            }
        }
        assertThat(n).isEqualTo(19);
    }

    @Test
    @DisplayName("ORD-4 local times render as yyyy-MM-dd HH:mm; out-of-range instants render as ISO")
    void local_times() {
        assertThat(OrdersMessages.local(Fixtures.at("2026-11-24T17:05"), Fixtures.SHANGHAI)).isEqualTo("2026-11-24 17:05");
        assertThat(OrdersMessages.local(java.time.Instant.MAX, Fixtures.SHANGHAI)).isEqualTo(java.time.Instant.MAX.toString());
        assertThat(OrdersMessages.inSupportedRange(java.time.Instant.MIN)).isFalse();
    }

    @Test
    @DisplayName("ORD-1 an order id is not blank")
    void order_id() {
        assertThat(OrderId.of("A-1").toString()).isEqualTo("A-1");
        assertThat(OrderId.of("A-1").compareTo(OrderId.of("A-2"))).isNegative();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OrderId.of(" "))
                .isInstanceOf(dev.kefu.core.validation.PolicyInputException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OrderId.of(null))
                .isInstanceOf(dev.kefu.core.validation.PolicyInputException.class);
    }
}
