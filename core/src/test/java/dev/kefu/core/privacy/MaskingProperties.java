package dev.kefu.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MaskingProperties {

    @Provide
    Arbitrary<String> mobiles() {
        return Arbitraries.integers().between(3, 9).flatMap(second ->
                Arbitraries.strings().numeric().ofLength(9).map(rest -> "1" + second + rest));
    }

    @Provide
    Arbitrary<String> idCards() {
        return Arbitraries.strings().numeric().ofLength(6).flatMap(region ->
                Arbitraries.integers().between(0, 365 * 90).flatMap(day ->
                        Arbitraries.strings().numeric().ofLength(3).map(seq -> {
                            String body = region + java.time.LocalDate.of(1930, 1, 1).plusDays(day)
                                    .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + seq;
                            return body + IdCardNumber.checkCharacter(body + "0");
                        })));
    }

    @Property
    @Label("ARC-2 a masked mobile keeps exactly its first 3 and last 4 digits")
    void mobile_keeps_only_kept_digits(@ForAll("mobiles") String raw) {
        String masked = MobileNumber.of(raw).toString();
        assertThat(masked).hasSize(11).startsWith(raw.substring(0, 3)).endsWith(raw.substring(7));
        assertThat(masked.substring(3, 7)).isEqualTo("****");
    }

    @Property
    @Label("ARC-2 a masked ID card keeps its first 3 and last 4 characters; the date of birth never shows")
    void id_card_keeps_only_kept_digits(@ForAll("idCards") String raw) {
        IdCardNumber id = IdCardNumber.of(raw);
        String masked = id.toString();
        assertThat(masked).hasSize(18).startsWith(raw.substring(0, 3)).endsWith(raw.substring(14));
        assertThat(masked.substring(3, 14)).matches("\\*{11}");
        assertThat(masked.chars().filter(Character::isDigit).count()).isLessThanOrEqualTo(7);
    }

    @Property
    @Label("ARC-2 masking any text reveals at most the kept characters and keeps the length")
    void masking_never_reveals_more(@ForAll String text) {
        for (String masked : new String[] {Masking.mobile(text), Masking.idCard(text), Masking.personName(text)}) {
            assertThat(masked.codePointCount(0, masked.length())).isEqualTo(text.codePointCount(0, text.length()));
            long revealed = masked.codePoints().filter(c -> c != '*').count();
            assertThat(revealed).isLessThanOrEqualTo(7);
        }
    }
}
