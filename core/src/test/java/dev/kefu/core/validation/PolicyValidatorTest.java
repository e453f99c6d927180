package dev.kefu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.RuleId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PolicyValidatorTest {

    private final PolicyValidator validator = PolicyValidator.shared();

    private static SampleWeights weights(String supervisor, String customers, String secret) {
        return ImmutableSampleWeights.builder().supervisor(new BigDecimal(supervisor))
                .customers(new BigDecimal(customers)).secret(secret).build();
    }

    @Test
    @DisplayName("CORE-DEC-1 constraints on Immutables accessors are checked (not only getX())")
    void accessor_constraints_are_checked() {
        assertThat(validator.violations(weights("101", "10", "ok"), "")).extracting(Violation::path)
                .containsExactly("supervisor");
        assertThat(validator.requireValid(weights("60", "40", "ok"))).isNotNull();
    }

    @Test
    @DisplayName("CORE-DEC-1 every violation is listed, with path, rule ID and messages in English and Chinese")
    void every_violation_listed() {
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> validator.requireValid(weights("101", "100", "hunter2-secret")));
        List<Violation> v = e.violations();
        assertThat(v).extracting(Violation::path).containsExactly("customers", "secret", "supervisor");
        assertThat(v.get(0).message(Locale.ENGLISH)).isEqualTo("must be less than 100");
        assertThat(v.get(0).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("必须小于 100");
        assertThat(v.get(0).rule()).contains(RuleId.of("APR-3"));
        assertThat(v.get(1).message(Locale.ENGLISH)).isEqualTo("must have between 0 and 5 elements or characters");
        assertThat(v.get(2).message(Locale.ENGLISH)).isEqualTo("must be at most 100");
        assertThat(v.get(2).message(Locale.CHINA)).isEqualTo("不能大于 100");
        assertThat(v.get(2).rule()).contains(RuleId.of("CORE-MONEY-1"));
        assertThat(e.getMessage()).startsWith("Invalid input: ").contains("[APR-3]");
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).startsWith("输入无效：");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("CORE-DEC-1 messages render without an Expression Language and never echo the rejected value")
    void no_el_and_no_echo() {
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> validator.requireValid(weights("101", "100", "hunter2-secret")));
        assertThat(e.getMessage()).doesNotContain("${").doesNotContain("hunter2").doesNotContain("101");
        assertThat(e.getMessage(Locale.CHINA)).doesNotContain("${").doesNotContain("hunter2");
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.toString()).doesNotContain("hunter2"));
    }

    @Test
    @DisplayName("CORE-DEC-1 a null input is itself a violation")
    void null_is_a_violation() {
        assertThatThrownBy(() -> validator.requireValid(null)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("is required");
        assertThat(validator.violations(null, "request")).extracting(Violation::path).containsExactly("request");
    }

    @Test
    @DisplayName("CORE-DEC-1 Violations collects problems and throws them together")
    void collector() {
        Violations v = Violations.create();
        assertThat(v.isEmpty()).isTrue();
        v.throwIfAny();
        v.add("a", "required", RuleId.of("ATT-7")).add("b", "positive", null);
        assertThat(v.requireNonNull("x", "c", null)).isTrue();
        assertThat(v.requireNonNull(null, "d", null)).isFalse();
        assertThat(v.list()).hasSize(3);
        assertThatThrownBy(v::throwIfAny).isInstanceOf(PolicyInputException.class)
                .hasMessage("Invalid input: a: is required [ATT-7]; b: must be above zero; d: is required");
        // bad-input #197/#198: an exception built with no violation still lists one, never throws something else
        assertThat(new PolicyInputException(List.of()).violations()).extracting(Violation::path).containsExactly("violations");
        assertThat(new PolicyInputException(null).violations()).hasSize(1);
    }
}
