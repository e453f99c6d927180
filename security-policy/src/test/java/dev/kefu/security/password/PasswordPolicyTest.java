package dev.kefu.security.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.privacy.MobileNumber;
import dev.kefu.core.privacy.PersonName;
import dev.kefu.core.validation.PolicyInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.regulation();
    private static final PasswordContext ZHANG = new PasswordContext(Optional.of("zhangsan"), Optional.of(PersonName.of("Zhang San")),
            Optional.of(MobileNumber.of("13812345678")));

    private List<String> codes(String pw, AccountClass c) {
        return policy.check(pw.toCharArray(), c, ZHANG).outcome().violations();
    }

    @Test
    @DisplayName("SEC-3 important passwords are longer than 8 characters; the length is configurable per class")
    void length() {
        assertThat(codes("Vk#9mQ2x", AccountClass.IMPORTANT)).containsExactly("TOO_SHORT");
        assertThat(codes("Vk#9mQ2xT", AccountClass.IMPORTANT)).isEmpty();
        assertThat(codes("Vk#9mQ2x", AccountClass.ORDINARY)).isEmpty();
        PasswordPolicy longer = PasswordPolicy.builder().minLength(AccountClass.ORDINARY, 12).build();
        assertThat(longer.check("Vk#9mQ2xT".toCharArray(), AccountClass.ORDINARY, PasswordContext.NONE).outcome().violations())
                .containsExactly("TOO_SHORT");
    }

    @Test
    @DisplayName("SEC-3 no pattern: sequences, keyboard walks, repeats, dates")
    void patterns() {
        assertThat(codes("Kx9#abcdTq", AccountClass.IMPORTANT)).containsExactly("SEQUENCE");
        assertThat(codes("Kx9#4321Tq", AccountClass.IMPORTANT)).containsExactly("SEQUENCE");
        assertThat(codes("Kx9#qwerTm", AccountClass.IMPORTANT)).containsExactly("KEYBOARD_WALK");
        assertThat(codes("Kx9#lkjhTm", AccountClass.IMPORTANT)).containsExactly("KEYBOARD_WALK");
        assertThat(codes("Kx#7410Tmq", AccountClass.IMPORTANT)).containsExactly("KEYBOARD_WALK");
        assertThat(codes("Kx9#aaaTmq", AccountClass.IMPORTANT)).containsExactly("REPEAT");
        assertThat(codes("Kx9#TmqTmq", AccountClass.IMPORTANT)).containsExactly("REPEAT");
        assertThat(codes("Kx#19880315", AccountClass.IMPORTANT)).containsExactly("DATE");
        assertThat(codes("Kx#15031988", AccountClass.IMPORTANT)).containsExactly("DATE");
        assertThat(codes("Kx#880315Tm", AccountClass.IMPORTANT)).containsExactly("DATE");
        assertThat(codes("Kx#19881345", AccountClass.IMPORTANT)).as("no 13th month").doesNotContain("DATE");
    }

    @Test
    @DisplayName("SEC-3 not the account name, the person's name or phone number, forwards or backwards")
    void personal() {
        assertThat(codes("Kx9#ZhangSan!", AccountClass.IMPORTANT)).containsExactly("PERSONAL_DATA");
        assertThat(codes("Kx9#nasgnahz!", AccountClass.IMPORTANT)).containsExactly("PERSONAL_DATA");
        assertThat(codes("Kx9#345678Tq", AccountClass.IMPORTANT)).contains("PERSONAL_DATA");
        assertThat(codes("Kx9#876543Tq", AccountClass.IMPORTANT)).contains("PERSONAL_DATA");
    }

    @Test
    @DisplayName("SEC-3 not a common password, even with digits or symbols appended; hosts add their own list")
    void common() {
        assertThat(codes("password", AccountClass.ORDINARY)).containsExactly("COMMON_PASSWORD");
        assertThat(codes("woaini1314", AccountClass.ORDINARY)).containsExactly("COMMON_PASSWORD");
        assertThat(codes("Sunshine2024!", AccountClass.IMPORTANT)).containsExactly("COMMON_PASSWORD");
        PasswordPolicy more = PasswordPolicy.builder().commonPasswords(Set.of("Kefu-Desk")).build();
        assertThat(more.check("kefu-desk".toCharArray(), AccountClass.IMPORTANT, PasswordContext.NONE).outcome().violations())
                .containsExactly("COMMON_PASSWORD");
    }

    @Test
    @DisplayName("SEC-3 every violation is returned at once, with messages that never echo the password")
    void every_violation() {
        Decision<PasswordCheck> d = policy.check("zhangsan1234".toCharArray(), AccountClass.IMPORTANT, ZHANG);
        assertThat(d.outcome().valid()).isFalse();
        assertThat(d.outcome().violations()).containsExactly("SEQUENCE", "PERSONAL_DATA"); // digit runs are sequences, not walks
        assertThat(d.explain(Locale.ENGLISH)).doesNotContain("zhangsan1234");
        assertThat(d.explain(Locale.CHINA)).contains("包含账号名、姓名或电话号码");
        assertThat(ZHANG.toString()).doesNotContain("zhangsan").doesNotContain("13812345678").doesNotContain("Zhang San");
    }

    @Test
    @DisplayName("SEC-3 optional character classes; bad settings refused")
    void classes() {
        PasswordPolicy strict = PasswordPolicy.builder().characterClasses(3).build();
        assertThat(strict.check("vkqmxtzpw".toCharArray(), AccountClass.IMPORTANT, PasswordContext.NONE).outcome().violations())
                .containsExactly("CHARACTER_CLASSES");
        assertThat(strict.check("Vk9mxtzpw".toCharArray(), AccountClass.IMPORTANT, PasswordContext.NONE).outcome().valid()).isTrue();
        assertThatThrownBy(() -> PasswordPolicy.builder().minLength(null, 0).runLength(2).repeatLength(1).characterClasses(5)
                .commonPasswords(null).build()).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(5));
        assertThatThrownBy(() -> policy.check(null, null, null)).hasMessageContaining("password");
        assertThat(policy.check("Vk9mxtzpwQ".toCharArray(), AccountClass.ORDINARY, PasswordContext.account("bob")).explain(Locale.ENGLISH))
                .contains("meets the password rules");
    }
}
