package dev.kefu.archive;

import dev.kefu.core.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Customer characteristics (客户特征), the second fact group of ARC-2: service area, sales
 * capability, development potential, culture, business policy, size by sales and management
 * traits. Build with {@code Characteristics.builder()}.
 */
@Value.Immutable
@ArchiveStyle
public interface Characteristics {

    /** Service area (服务区域). */
    Optional<Fact<String>> serviceArea();

    /** Sales capability (销售能力). */
    Optional<Fact<String>> salesCapability();

    /** Development potential (发展潜力). */
    Optional<Fact<String>> developmentPotential();

    /** Business culture (经营观念). */
    Optional<Fact<String>> culture();

    /** Business policy (经营方针与政策). */
    Optional<Fact<String>> businessPolicy();

    /** Size by annual sales (企业规模：销售额). */
    Optional<Fact<Money>> sizeBySales();

    /** Management traits (经营特点). */
    Optional<Fact<String>> managementTraits();

    /** An empty group. */
    static Characteristics empty() {
        return ImmutableCharacteristics.builder().build();
    }

    /** A builder of this value; {@code build()} reports every problem at once. */
    static ImmutableCharacteristics.Builder builder() {
        return ImmutableCharacteristics.builder();
    }
}
