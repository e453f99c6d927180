package dev.kefu.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.validation.PolicyInputException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13 / CORE-DEC-1: every enum a host shows has zh-CN and English labels; explanations show labels. */
class LabelsTest {

    static final List<Class<? extends Enum<?>>> LABELLED = List.of(
            dev.kefu.archive.custody.DestructionMethod.class, Confidentiality.class, dev.kefu.archive.custody.StorageHazard.class,
            dev.kefu.archive.custody.InspectionStatus.class, dev.kefu.archive.custody.FilingStatus.class,
            dev.kefu.archive.custody.DestructionCheck.class, dev.kefu.archive.custody.CustodyMove.Kind.class,
            dev.kefu.archive.lifecycle.DepositKind.class, dev.kefu.archive.lifecycle.DealStatus.class,
            dev.kefu.archive.lifecycle.RegisterLine.Register.class, dev.kefu.archive.lifecycle.ContactRecord.Channel.class,
            dev.kefu.archive.lifecycle.CustomerStage.class, dev.kefu.archive.lifecycle.IntentClass.class, ArchiveRole.class,
            AdmissionOutcome.class, BasicDataItem.class, Market.class, CustomerRelation.class, FactSource.class, CustomerTouch.Kind.class, DocumentKind.class,
            dev.kefu.archive.credit.CreditHandling.class, dev.kefu.archive.credit.OrderVerdict.class,
            dev.kefu.archive.desk.HandoverGap.class, dev.kefu.archive.desk.HandedDocumentKind.class, dev.kefu.archive.desk.RepairGap.class);

    @Test
    @DisplayName("CORE-DEC-1 every labelled archive enum constant has a zh-CN and an English label")
    void every_constant_labelled() {
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> c : type.getEnumConstants()) {
                for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                    assertThat(ArchiveMessages.BUNDLE.contains(l, Labels.key(c))).as(Labels.key(c) + " " + l).isTrue();
                    assertThat(Labels.label(c, l)).isNotBlank().doesNotContainPattern("[A-Z]+_[A-Z_]+");
                }
            }
        }
        assertThat(Labels.label(dev.kefu.archive.custody.DestructionMethod.TORN_UP, Locale.CHINA)).isEqualTo("撕毁");
        assertThat(Labels.label(dev.kefu.archive.custody.DestructionMethod.TORN_UP, Locale.ENGLISH)).isEqualTo("tearing up");
        assertThat(Labels.key(dev.kefu.archive.custody.CustodyMove.Kind.RECEIVED)).isEqualTo("label.custody.CustodyMove.Kind.RECEIVED");
        assertThat(Labels.of(Market.INTERNATIONAL)).isEqualTo(1);
        assertThatThrownBy(() -> Labels.label(null, Locale.ENGLISH)).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("CORE-DEC-1 every choice list in a message gives each constant the same text as its label")
    void choices_match_labels() {
        Pattern choice = Pattern.compile("\\{\\d+,choice,([^}]*)}");
        for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (String key : ArchiveMessages.BUNDLE.keys(l)) {
                Matcher m = choice.matcher(ArchiveMessages.BUNDLE.pattern(l, key));
                while (m.find()) {
                    String[] items = m.group(1).split("\\|");
                    boolean matched = false;
                    for (Class<? extends Enum<?>> type : LABELLED) {
                        Enum<?>[] cs = type.getEnumConstants();
                        if (cs.length != items.length) {
                            continue;
                        }
                        boolean all = true;
                        for (int i = 0; i < cs.length; i++) {
                            all &= items[i].equals(i + "#" + Labels.label(cs[i], l));
                        }
                        matched |= all;
                    }
                    assertThat(matched).as(key + " " + l + ": " + m.group()).isTrue();
                }
            }
        }
    }

    @Test
    @DisplayName("CORE-DEC-1 the archive bundles have the same keys in English and zh-CN")
    void bundles_aligned() {
        assertThat(ArchiveMessages.BUNDLE.keys(Locale.SIMPLIFIED_CHINESE)).isEqualTo(ArchiveMessages.BUNDLE.keys(Locale.ENGLISH));
    }
}
