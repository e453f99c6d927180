package dev.kefu.archive;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Transaction status (交易活动现状), the fourth fact group of ARC-2: sales activity, problems,
 * advantages, future plans, reputation and image, credit status, trading conditions and past
 * credit problems. Build with {@code TransactionStatus.builder()}.
 */
@Value.Immutable
@ArchiveStyle
public interface TransactionStatus {

    /** Sales activity (客户的销售活动现状). */
    Optional<Fact<String>> salesActivity();

    /** Problems (存在的问题). */
    Optional<Fact<String>> problems();

    /** Advantages (保持的优势). */
    Optional<Fact<String>> advantages();

    /** Future plans (未来的对策). */
    Optional<Fact<String>> futurePlans();

    /** Reputation and image (企业形象、声誉). */
    Optional<Fact<String>> reputation();

    /** Credit grade code, as the company's credit policy names grades (信用状况). */
    Optional<Fact<String>> creditGrade();

    /** Trading conditions (交易条件). */
    Optional<Fact<String>> tradingConditions();

    /** Number of past credit problems (以往出现的信用问题); used to lower the credit grade (ARC-7). */
    Optional<Fact<Integer>> pastCreditProblems();

    /** An empty group. */
    static TransactionStatus empty() {
        return ImmutableTransactionStatus.builder().build();
    }

    /** A builder of this value; {@code build()} reports every problem at once. */
    static ImmutableTransactionStatus.Builder builder() {
        return ImmutableTransactionStatus.builder();
    }
}
