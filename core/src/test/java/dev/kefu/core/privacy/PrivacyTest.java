package dev.kefu.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.validation.PolicyInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrivacyTest {

    /** A syntactically valid number (GB 11643 sample with a correct check character). */
    static final String ID = "11010519491231002X";

    @Test
    @DisplayName("ARC-2 mobile numbers show as 138****1234 and never leak in messages")
    void mobile() {
        MobileNumber m = MobileNumber.of("+86 138-1234-5678");
        assertThat(m.value()).isEqualTo("13812345678");
        assertThat(m).hasToString("138****5678");
        assertThatThrownBy(() -> MobileNumber.of("1231234567")).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("mobile").hasMessageNotContaining("1231234567");
        assertThatThrownBy(() -> MobileNumber.of(null)).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("ARC-2 ID-card numbers are checked by their check character and date of birth")
    void id_card() {
        IdCardNumber id = IdCardNumber.of(ID.toLowerCase());
        assertThat(id.value()).isEqualTo(ID);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id).hasToString("110***********002X");
        assertThat(IdCardNumber.checkCharacter(ID)).isEqualTo('X');
        assertThatThrownBy(() -> IdCardNumber.of("110105194912310021")).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("check character").hasMessageNotContaining("110105194912310021");
        assertThatThrownBy(() -> IdCardNumber.of("11010519491231")).hasMessageContaining("18-character");
        // valid check character but 1949-13-31 is no date: build one
        String noDate = "11010519491331002";
        String withCheck = noDate + IdCardNumber.checkCharacter(noDate + "0");
        assertThatThrownBy(() -> IdCardNumber.of(withCheck)).hasMessageContaining("date of birth");
        assertThatThrownBy(() -> IdCardNumber.of(null)).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("ARC-2 e-mail addresses and personal names are masked")
    void email_and_name() {
        assertThat(EmailAddress.of("zhangsan@example.com")).hasToString("z*******@example.com");
        assertThat(EmailAddress.of("a@b.cn")).hasToString("*@b.cn");
        assertThatThrownBy(() -> EmailAddress.of("not-an-address")).isInstanceOf(PolicyInputException.class);
        assertThat(PersonName.of("张小三")).hasToString("张*三");
        assertThat(PersonName.of("欧阳娜娜")).hasToString("欧**娜");
        assertThat(PersonName.of("张三")).hasToString("张*");
        assertThat(PersonName.of("王")).hasToString("*");
        assertThat(PersonName.of(" John Smith ").value()).isEqualTo("John Smith");
        assertThatThrownBy(() -> PersonName.of(" ")).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> PersonName.of("x".repeat(65))).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("ARC-2 personal values compare by value and kind")
    void equality() {
        assertThat(PersonName.of("张三")).isEqualTo(PersonName.of("张三")).hasSameHashCodeAs(PersonName.of("张三"))
                .isNotEqualTo(PersonName.of("李四")).isNotEqualTo(null);
        assertThat(Masking.mobile(null)).isNull();
        assertThat(Masking.email(null)).isNull();
        assertThat(Masking.personName(null)).isNull();
        assertThat(Masking.email("nodomain")).isEqualTo("n*******");
        assertThat(Masking.mobile("12")).isEqualTo("1*");
        assertThat(Masking.mobile("1")).isEqualTo("*");
    }
}
