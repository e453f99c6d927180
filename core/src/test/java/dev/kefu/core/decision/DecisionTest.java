package dev.kefu.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.PolicyValidator;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionTest {

    private static final MessageBundle TEST = MessageBundle.beside(DecisionTest.class, "test-messages");

    private static Decision<Money> bonusDecision() {
        return Decision.of(Money.of("800.00"),
                Reason.of(RuleId.of("ATT-9"), TEST, "bonus.split", Money.of("800.00"), "A"),
                Reason.of(RuleId.of("CORE-MONEY-1"), TEST, "exact"));
    }

    @Test
    @DisplayName("CORE-DEC-1 a decision carries the outcome, the rule IDs and the reasons")
    void carries_outcome_rules_reasons() {
        Decision<Money> d = bonusDecision();
        assertThat(d.outcome()).isEqualTo(Money.of("800.00"));
        assertThat(d.ruleIds()).containsExactly(RuleId.of("ATT-9"), RuleId.of("CORE-MONEY-1"));
        assertThat(d.applied("ATT-9")).isTrue();
        assertThat(d.applied("ATT-10")).isFalse();
        assertThat(d.reasons()).hasSize(2);
        assertThat(d.withOutcome("x").ruleIds()).isEqualTo(d.ruleIds());
        assertThat(d).isEqualTo(bonusDecision()).hasSameHashCodeAs(bonusDecision());
        assertThat(d.toString()).contains("ATT-9");
    }

    @Test
    @DisplayName("CORE-DEC-1 the explanation renders in zh-CN and English")
    void explains_in_both_languages() {
        Decision<Money> d = bonusDecision();
        assertThat(d.explain(Locale.ENGLISH))
                .isEqualTo("[ATT-9] rep A''s bonus is 800.00 yuan; [CORE-MONEY-1] parts add up to the whole".replace("''", "'"));
        assertThat(d.explain(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[ATT-9] 业务员 A 的奖金为 800.00 元；[CORE-MONEY-1] 各部分之和等于总额");
        assertThat(d.explain(Locale.CHINESE)).contains("奖金");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-FR", "de", "ja-JP", "en-US"})
    @DisplayName("CORE-DEC-1 an unknown locale falls back to English")
    void unknown_locale_falls_back_to_english(String tag) {
        assertThat(bonusDecision().explain(Locale.forLanguageTag(tag))).contains("bonus is 800.00 yuan");
    }

    @Test
    @DisplayName("CORE-DEC-1 the JVM default locale does not leak into an English answer")
    void default_locale_not_used() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(bonusDecision().explain(Locale.ENGLISH)).contains("bonus");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    @DisplayName("CORE-DEC-1 a decision needs a reason; rule IDs have the catalogue's form")
    void needs_reason_and_valid_ids() {
        assertThatThrownBy(() -> Decision.of("x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleId.of("att-9")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleId.of("ATT")).isInstanceOf(IllegalArgumentException.class);
        assertThat(RuleId.of("CORE-CAL-1").value()).isEqualTo("CORE-CAL-1");
        assertThat(RuleId.of("ATT-10")).isGreaterThan(RuleId.of("ATT-1"));
        // bad-input #202: an unknown key is malformed input, reported the one way
        assertThatThrownBy(() -> TEST.format(Locale.ENGLISH, "no.such.key")).isInstanceOf(dev.kefu.core.validation.PolicyInputException.class);
    }

    @ParameterizedTest
    @ValueSource(classes = {BusinessCalendar.class, PolicyValidator.class, Sanction.class})
    @DisplayName("CORE-DEC-1 every message exists in both English and Chinese")
    void bundles_complete(Class<?> anchor) {
        MessageBundle bundle = MessageBundle.beside(anchor, "messages");
        assertThat(bundle.keys(Locale.SIMPLIFIED_CHINESE)).isEqualTo(bundle.keys(Locale.ENGLISH)).isNotEmpty();
    }

    enum Role { DEPARTMENT_MANAGER, UNLABELLED_ROLE }

    enum Labelled2 implements Labelled {
        HR_ADMIN;

        @Override
        public String label(java.util.Locale locale) {
            return MessageBundle.isChinese(locale) ? "人事行政" : "HR administration";
        }
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("CORE-DEC-1 explanations show enum labels from the bundle or the enum, never constant names")
    void enums_render_as_labels() {
        assertThat(TEST.format(java.util.Locale.SIMPLIFIED_CHINESE, "test.role", Role.DEPARTMENT_MANAGER)).isEqualTo("部门经理须签字");
        assertThat(TEST.format(java.util.Locale.ENGLISH, "test.role", Role.DEPARTMENT_MANAGER)).isEqualTo("the department manager must sign");
        assertThat(TEST.format(java.util.Locale.SIMPLIFIED_CHINESE, "test.role", Labelled2.HR_ADMIN)).isEqualTo("人事行政须签字");
        assertThat(TEST.label(java.util.Locale.ENGLISH, Role.UNLABELLED_ROLE)).isEqualTo("UNLABELLED_ROLE");
        assertThat(MessageBundle.labelKey(Role.DEPARTMENT_MANAGER)).isEqualTo("label.Role.DEPARTMENT_MANAGER");
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("CORE-DEC-1 explanations show local wall-clock time yyyy-MM-dd HH:mm, never UTC instants")
    void instants_render_as_local_time() {
        java.time.Instant t = java.time.Instant.parse("2026-11-24T03:00:00Z");
        assertThat(TEST.format(java.util.Locale.SIMPLIFIED_CHINESE, "test.at", t)).isEqualTo("截止于 2026-11-24 11:00");
        assertThat(TEST.format(java.util.Locale.ENGLISH, "test.at", t.atZone(java.time.ZoneId.of("Europe/Berlin"))))
                .isEqualTo("due at 2026-11-24 04:00");
        assertThat(TEST.format(java.util.Locale.ENGLISH, "test.at", java.time.LocalDateTime.parse("2026-11-24T09:30:15")))
                .isEqualTo("due at 2026-11-24 09:30");
        assertThat(TEST.format(java.util.Locale.ENGLISH, "test.at", java.time.LocalDate.parse("2026-11-24")))
                .isEqualTo("due at 2026-11-24");
    }
}
