package dev.kefu.archive;

import dev.kefu.core.money.Money;
import dev.kefu.core.privacy.PersonName;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Basic data (基础资料), the first fact group of ARC-2: the customer's situation, owner,
 * managers, the date trading with us began, company size, industry and assets. Every fact is
 * optional and carries its source (ARC-3). Build with {@code BasicData.builder()}.
 */
@Value.Immutable
@ArchiveStyle
public interface BasicData {

    /** General situation (基本情况). */
    Optional<Fact<String>> situation();

    /** The owner or legal representative (法定代表人); personal data, masked when shown. */
    Optional<Fact<PersonName>> owner();

    /** The managers (主要管理者); personal data, masked when shown. */
    Optional<Fact<List<PersonName>>> managers();

    /** The day trading with us began (与本公司交易起始时间). */
    Optional<Fact<LocalDate>> tradingSince();

    /** Company size, as headcount (企业规模). */
    Optional<Fact<Integer>> headcount();

    /** Industry (行业). */
    Optional<Fact<String>> industry();

    /** Assets (资产). */
    Optional<Fact<Money>> assets();

    /** An empty group. */
    static BasicData empty() {
        return ImmutableBasicData.builder().build();
    }

    /** A builder of this value; {@code build()} reports every problem at once. */
    static ImmutableBasicData.Builder builder() {
        return ImmutableBasicData.builder();
    }
}
