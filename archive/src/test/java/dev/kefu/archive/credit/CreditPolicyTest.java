package dev.kefu.archive.credit;

import static dev.kefu.archive.credit.CreditHandling.CASH_ONLY;
import static dev.kefu.archive.credit.CreditHandling.NORMAL_CREDIT;
import static dev.kefu.archive.credit.CreditHandling.PREPAYMENT;
import static dev.kefu.archive.credit.CreditHandling.REVIEW_REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CreditPolicyTest {

    private static final CreditPolicy POLICY = CreditPolicy.builder()
            .grade(CreditGrade.of("AA"), new CreditTerms(CreditLimit.of(Money.yuan(500_000)), 60, NORMAL_CREDIT))
            .grade(CreditGrade.of("A"), new CreditTerms(CreditLimit.shareOfSales(Share.ofPercent(10)), 30, REVIEW_REQUIRED))
            .grade(CreditGrade.of("B"), new CreditTerms(CreditLimit.of(Money.ZERO), 0, PREPAYMENT))
            .grade(CreditGrade.of("C"), new CreditTerms(CreditLimit.of(Money.ZERO), 0, CASH_ONLY))
            .lowerOneGradePer(2)
            .build();

    private static CreditProfile profile(String grade, int problems, long sales) {
        return new CreditProfile(CustomerId.of("C1"), CreditGrade.of(grade), problems, Money.yuan(sales));
    }

    @Test
    @DisplayName("ARC-7 the credit grade sets limit, payment days and handling")
    void grade_sets_terms() {
        Decision<CreditAssessment> aa = POLICY.assess(profile("AA", 0, 2_000_000));
        assertThat(aa.outcome().creditLimit()).isEqualTo(Money.yuan(500_000));
        assertThat(aa.outcome().terms().paymentDays()).isEqualTo(60);
        assertThat(aa.explain(Locale.ENGLISH)).isEqualTo("[ARC-7] credit grade AA: limit 500000.00 yuan, 60 payment days, handling: normal credit");
        CreditAssessment a = POLICY.assess(profile("A", 1, 1_234_567)).outcome();
        assertThat(a.creditLimit()).isEqualTo(Money.of("123456.70"));
        assertThat(a.terms().handling()).isEqualTo(REVIEW_REQUIRED);
    }

    @Test
    @DisplayName("ARC-7 past credit problems lower the grade, never below the worst")
    void past_problems_lower_grade() {
        Decision<CreditAssessment> d = POLICY.assess(profile("AA", 2, 2_000_000));
        assertThat(d.outcome().assignedGrade()).isEqualTo(CreditGrade.of("AA"));
        assertThat(d.outcome().effectiveGrade()).isEqualTo(CreditGrade.of("A"));
        assertThat(d.explain(Locale.CHINA)).contains("因以往 2 次信用问题，信用等级由 AA 降为 A");
        assertThat(POLICY.assess(profile("AA", 5, 0)).outcome().effectiveGrade()).isEqualTo(CreditGrade.of("B"));
        assertThat(POLICY.assess(profile("B", 9, 0)).outcome().effectiveGrade()).isEqualTo(CreditGrade.of("C"));
        CreditPolicy lenient = CreditPolicy.builder()
                .grade(CreditGrade.of("AA"), new CreditTerms(CreditLimit.of(Money.yuan(1)), 0, NORMAL_CREDIT))
                .grade(CreditGrade.of("C"), new CreditTerms(CreditLimit.of(Money.ZERO), 0, CASH_ONLY))
                .pastProblemsDoNotLowerGrade().build();
        assertThat(lenient.assess(profile("AA", 9, 0)).outcome().effectiveGrade()).isEqualTo(CreditGrade.of("AA"));
    }

    @Test
    @DisplayName("ARC-7 ARC-17 a non-cash order within the limit needs the signature procedure, then is approved")
    void within_limit_needs_sign_off() {
        Decision<OrderCheck> d = POLICY.checkOrder(profile("AA", 0, 2_000_000), OrderRequest.onCredit(Money.yuan(100_000), Money.yuan(300_000)));
        assertThat(d.outcome().verdict()).isEqualTo(OrderVerdict.NEEDS_SIGN_OFF);
        assertThat(d.outcome().exposureAfter()).isEqualTo(Money.yuan(400_000));
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactly("ARC-7", "ARC-17");
        Decision<OrderCheck> signed = POLICY.checkOrder(profile("AA", 0, 2_000_000),
                OrderRequest.onCredit(Money.yuan(100_000), Money.yuan(300_000)).signedOffBy(EmployeeId.of("manager")));
        assertThat(signed.outcome().verdict()).isEqualTo(OrderVerdict.APPROVE);
        assertThat(signed.explain(Locale.ENGLISH)).contains("signed off by manager");
    }

    @Test
    @DisplayName("ARC-7 an order that takes receivables over the limit is refused; exactly at the limit is not")
    void over_limit_refused() {
        Decision<OrderCheck> over = POLICY.checkOrder(profile("AA", 0, 0), OrderRequest.onCredit(Money.of("200000.01"), Money.yuan(300_000)));
        assertThat(over.outcome().verdict()).isEqualTo(OrderVerdict.REFUSE);
        assertThat(over.explain(Locale.ENGLISH)).contains("over the credit limit of 500000.00 yuan");
        Decision<OrderCheck> at = POLICY.checkOrder(profile("AA", 0, 0), OrderRequest.onCredit(Money.yuan(200_000), Money.yuan(300_000)));
        assertThat(at.outcome().verdict()).isEqualTo(OrderVerdict.NEEDS_SIGN_OFF);
    }

    @Test
    @DisplayName("ARC-7 cash-only and prepayment customers get no credit; a cash trade is approved for anyone")
    void cash_only_and_prepayment() {
        assertThat(POLICY.checkOrder(profile("C", 0, 0), OrderRequest.onCredit(Money.yuan(1), Money.ZERO)).outcome().verdict())
                .isEqualTo(OrderVerdict.REFUSE);
        Decision<OrderCheck> pre = POLICY.checkOrder(profile("B", 0, 0), OrderRequest.onCredit(Money.yuan(1), Money.ZERO));
        assertThat(pre.outcome().verdict()).isEqualTo(OrderVerdict.REFUSE);
        assertThat(pre.explain(Locale.ENGLISH)).contains("prepayment");
        Decision<OrderCheck> cash = POLICY.checkOrder(profile("C", 3, 0), OrderRequest.cash(Money.yuan(5_000)));
        assertThat(cash.outcome().verdict()).isEqualTo(OrderVerdict.APPROVE);
        assertThat(cash.outcome().exposureAfter()).isEqualTo(Money.ZERO);
    }

    @Test
    @DisplayName("ARC-7 a review-required grade says so and still needs the sign-off")
    void review_required() {
        Decision<OrderCheck> d = POLICY.checkOrder(profile("A", 0, 1_000_000), OrderRequest.onCredit(Money.yuan(50_000), Money.ZERO));
        assertThat(d.outcome().verdict()).isEqualTo(OrderVerdict.NEEDS_SIGN_OFF);
        assertThat(d.explain(Locale.ENGLISH)).contains("requires every credit order to be reviewed");
    }

    @Test
    @DisplayName("ARC-7 misconfiguration and bad input are refused, naming every field")
    void bad_input() {
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> CreditPolicy.builder().build());
        assertThat(e.violations()).extracting(Violation::path).containsExactly("grades", "pastProblems");
        assertThatThrownBy(() -> CreditPolicy.builder()
                .grade(CreditGrade.of("A"), new CreditTerms(CreditLimit.of(Money.ZERO), 0, CASH_ONLY))
                .grade(CreditGrade.of("A"), new CreditTerms(CreditLimit.of(Money.ZERO), 0, CASH_ONLY))
                .grade(null, null).lowerOneGradePer(-1).build())
                .hasMessageContaining("grades[1]").hasMessageContaining("grades[2]").hasMessageContaining("lowerOneGradePer")
                .hasMessageContaining("at least 1 (was -1)");
        assertThatThrownBy(() -> CreditPolicy.builder()
                .grade(CreditGrade.of("A"), new CreditTerms(CreditLimit.of(Money.ZERO), 0, CASH_ONLY)).lowerOneGradePer(0).build())
                .as("issue 13: lowerOneGradePer(0) is refused at build(), not read as 'never lower'")
                .hasMessageContaining("lowerOneGradePer").hasMessageContaining("was 0");
        assertThatThrownBy(() -> POLICY.assess(profile("Z", 0, 0))).hasMessageContaining("profile.grade");
        assertThatThrownBy(() -> new CreditProfile(null, null, -1, Money.yuan(-1))).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).extracting(Violation::path)
                        .containsExactly("customerId", "grade", "pastCreditProblems", "sales12Months"));
        assertThatThrownBy(() -> OrderRequest.onCredit(Money.ZERO, Money.yuan(-1)))
                .hasMessageContaining("amount").hasMessageContaining("openReceivables");
        assertThatThrownBy(() -> new CreditTerms(null, -1, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(3));
        assertThatThrownBy(() -> CreditLimit.of(Money.yuan(-5))).hasMessageContaining("amount");
        assertThatThrownBy(() -> CreditLimit.shareOfSales(null)).hasMessageContaining("share");
        assertThatThrownBy(() -> POLICY.checkOrder(profile("AA", 0, 0), null)).hasMessageContaining("order");
        assertThatThrownBy(() -> CreditGrade.of("")).isInstanceOf(PolicyInputException.class);
        assertThat(CreditLimit.shareOfSales(Share.HALF).limitFor(Money.yuan(-10))).isEqualTo(Money.ZERO);
        assertThat(CreditLimit.shareOfSales(Share.HALF).toString()).contains("50%");
        assertThat(CreditLimit.of(Money.yuan(3)).toString()).isEqualTo("CNY 3.00");
    }

    @Test
    @DisplayName("ARC-9 the archive is there to be used: a credit check reads its facts directly")
    void archive_feeds_credit() {
        dev.kefu.archive.CustomerArchive archive = dev.kefu.archive.Fixtures.archive("C1")
                .transactionStatus(dev.kefu.archive.ImmutableTransactionStatus.builder()
                        .creditGrade(dev.kefu.archive.Fact.of("AA", dev.kefu.archive.FactSource.SURVEY_AGENCY, java.time.LocalDate.of(2025, 1, 1)))
                        .pastCreditProblems(dev.kefu.archive.Fact.of(3, dev.kefu.archive.FactSource.SURVEY_AGENCY, java.time.LocalDate.of(2025, 1, 1)))
                        .build())
                .businessStatus(dev.kefu.archive.ImmutableBusinessStatus.builder()
                        .currentSales(dev.kefu.archive.Fact.of(Money.yuan(2_000_000), dev.kefu.archive.FactSource.SALES_VISIT, java.time.LocalDate.of(2025, 1, 1)))
                        .build())
                .build();
        CreditProfile p = CreditProfile.fromArchive(archive);
        assertThat(p.grade()).isEqualTo(CreditGrade.of("AA"));
        assertThat(p.pastCreditProblems()).isEqualTo(3);
        assertThat(POLICY.assess(p).outcome().effectiveGrade()).isEqualTo(CreditGrade.of("A"));
        assertThat(POLICY.assess(p).outcome().creditLimit()).isEqualTo(Money.yuan(200_000));
        dev.kefu.archive.CustomerArchive bare = dev.kefu.archive.Fixtures.archive("C2")
                .transactionStatus(dev.kefu.archive.TransactionStatus.empty()).build();
        assertThatThrownBy(() -> CreditProfile.fromArchive(bare)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("transactionStatus.creditGrade").hasMessageContaining("businessStatus.currentSales");
        assertThatThrownBy(() -> CreditProfile.fromArchive(null)).hasMessageContaining("archive");
    }
}
