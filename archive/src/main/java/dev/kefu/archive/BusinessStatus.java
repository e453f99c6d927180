package dev.kefu.archive;

import dev.kefu.core.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Business status (业务状况), the third fact group of ARC-2: current and past sales, quality
 * of managers and salespeople, relations with competitors, relationship and attitude to
 * cooperation with us. Build with {@code BusinessStatus.builder()}.
 */
@Value.Immutable
@ArchiveStyle
public interface BusinessStatus {

    /** Sales over the last 12 months (目前销售实绩). */
    Optional<Fact<Money>> currentSales();

    /** Sales in earlier periods (过去销售实绩). */
    Optional<Fact<Money>> pastSales();

    /** Quality of the customer's managers (经营管理者素质). */
    Optional<Fact<String>> managerQuality();

    /** Quality of the customer's salespeople (业务人员素质). */
    Optional<Fact<String>> salesStaffQuality();

    /** Relations with competitors (与其他竞争公司的关系). */
    Optional<Fact<String>> competitorRelations();

    /** Relationship and attitude to cooperation with us (与本公司的业务关系及合作态度). */
    Optional<Fact<String>> cooperationAttitude();

    /** An empty group. */
    static BusinessStatus empty() {
        return ImmutableBusinessStatus.builder().build();
    }

    /** A builder of this value; {@code build()} reports every problem at once. */
    static ImmutableBusinessStatus.Builder builder() {
        return ImmutableBusinessStatus.builder();
    }
}
