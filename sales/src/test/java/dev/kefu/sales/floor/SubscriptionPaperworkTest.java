package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.explained;
import static dev.kefu.sales.floor.Fixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.money.Money;
import dev.kefu.sales.floor.AgreementAlteration.Authorisation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SubscriptionPaperworkTest {

    private static final SubscriptionPaperwork PAPER = SubscriptionPaperwork.regulation();
    private static final Map<CopyHolder, Integer> FOUR = Map.of(CopyHolder.CUSTOMER, 1, CopyHolder.FINANCE, 1, CopyHolder.SALES_DEPARTMENT, 2);

    private static SubscriptionAgreement agreement(Optional<Money> balance, List<AgreementAlteration> alterations, String address,
            String postcode, String phone) {
        SubscriptionAgreement.Builder b = SubscriptionAgreement.builder().unit("1-101").price(Money.yuan(1_000_000)).deposit(Money.yuan(50_000))
                .mailingAddress(address).postcode(postcode).telephone(phone);
        balance.ifPresent(b::balance);
        alterations.forEach(b::alteration);
        return b.build();
    }

    @Test
    @DisplayName("EST-11 a designated receipt and 4 copies (customer 1, finance 1, sales 2): complete")
    void complete() {
        Decision<GapReport> d = PAPER.checkDeposit(DepositPaperwork.withReceipt("1-101", "R-1", FOUR));
        assertThat(d.outcome().isClear()).isTrue();
        assertThat(PAPER.totalCopies()).isEqualTo(4);
        assertThat(d.ruleIds()).containsExactly(SalesFloorRules.EST_11);
        explained(d);
    }

    @Test
    @DisplayName("EST-11 no receipt, and 3 copies (sales 1) or 5 copies (customer 2): each holder's count is a gap")
    void gaps() {
        Decision<GapReport> d = PAPER.checkDeposit(DepositPaperwork.withoutReceipt("1-101",
                Map.of(CopyHolder.CUSTOMER, 2, CopyHolder.SALES_DEPARTMENT, 1)));
        assertThat(d.outcome().of(GapKind.NO_RECEIPT)).hasSize(1);
        assertThat(d.outcome().of(GapKind.WRONG_COPIES)).hasSize(3);
        assertThat(explained(d)).contains("the customer has 2 copies, must have 1").contains("finance has 0 copies")
                .contains("sales department has 1 copies, must have 2");
    }

    @Test
    @DisplayName("EST-11 copies are defaults: a host may change them; below 1 is refused at build()")
    void builder() {
        SubscriptionPaperwork five = SubscriptionPaperwork.builder().copies(CopyHolder.SALES_DEPARTMENT, 3).build();
        assertThat(five.totalCopies()).isEqualTo(5);
        assertThat(five.checkDeposit(DepositPaperwork.withReceipt("u", "R", FOUR)).outcome().gaps()).hasSize(1);
        rejects(() -> SubscriptionPaperwork.builder().copies(CopyHolder.CUSTOMER, 0).copies(null, 1).build(), "copies[customer]", "copies[null]");
    }

    @Test
    @DisplayName("EST-12 a correct agreement: balance = price - deposit, contact fields present, alterations authorised")
    void agreementComplete() {
        Decision<GapReport> d = PAPER.checkAgreement(agreement(Optional.of(Money.yuan(950_000)),
                List.of(new AgreementAlteration("balance", Authorisation.AUTHORISED)), "上海市某路1号", "200001", "021-1234 5678"));
        assertThat(d.outcome().isClear()).isTrue();
        assertThat(d.ruleIds()).containsExactly(SalesFloorRules.EST_12);
    }

    @Test
    @DisplayName("EST-12 an unauthorised alteration, a balance off by 0.01, missing contact fields are gaps; personal data is never shown")
    void agreementGaps() {
        Decision<GapReport> d = PAPER.checkAgreement(agreement(Optional.of(Money.of("950000.01")),
                List.of(new AgreementAlteration("balance", Authorisation.UNAUTHORISED)), " ", "", ""));
        assertThat(d.outcome().of(GapKind.UNAUTHORISED_ALTERATION)).hasSize(1);
        assertThat(d.outcome().of(GapKind.BALANCE_WRONG)).hasSize(1);
        assertThat(d.outcome().of(GapKind.CONTACT_MISSING)).hasSize(3);
        assertThat(explained(d)).contains("950000.01").contains("1000000.00").contains("50000.00");
        Decision<GapReport> forms = PAPER.checkAgreement(agreement(Optional.empty(), List.of(), "Secret Road 9", "12345", "call me"));
        assertThat(forms.outcome().of(GapKind.BALANCE_WRONG)).hasSize(1);
        assertThat(forms.outcome().of(GapKind.CONTACT_MISSING)).hasSize(2);
        assertThat(explained(forms)).doesNotContain("Secret").doesNotContain("12345").doesNotContain("call me").contains("six digits");
        assertThat(agreement(Optional.empty(), List.of(), "Secret Road 9", "12345", "139").toString()).doesNotContain("Secret").doesNotContain("139");
    }

    @Test
    @DisplayName("EST-12 a deposit above the price can never balance")
    void depositAbovePrice() {
        SubscriptionAgreement a = SubscriptionAgreement.builder().unit("u").price(Money.yuan(10)).deposit(Money.yuan(20))
                .balance(Money.yuan(-10)).mailingAddress("a").postcode("200001").telephone("123").build();
        assertThat(PAPER.checkAgreement(a).outcome().of(GapKind.BALANCE_WRONG)).hasSize(1);
    }

    @Test
    @DisplayName("EST-11/EST-12 malformed paperwork is a PolicyInputException")
    void malformed() {
        rejects(() -> PAPER.checkDeposit(null), "paperwork");
        Map<CopyHolder, Integer> bad = new HashMap<>();
        bad.put(CopyHolder.CUSTOMER, -1);
        bad.put(null, 1);
        rejects(() -> DepositPaperwork.withReceipt(" ", null, bad), "unit", "receiptNumber", "copiesSigned");
        rejects(() -> DepositPaperwork.withoutReceipt("u", null), "copiesSigned");
        DepositPaperwork p = DepositPaperwork.withReceipt("u", "R", FOUR);
        assertThat(p).isEqualTo(DepositPaperwork.withReceipt("u", "R", FOUR)).hasSameHashCodeAs(DepositPaperwork.withReceipt("u", "R", FOUR))
                .isNotEqualTo(DepositPaperwork.withoutReceipt("u", FOUR)).isNotEqualTo(DepositPaperwork.withReceipt("v", "R", FOUR))
                .isNotEqualTo(DepositPaperwork.withReceipt("u", "R", Map.of())).isNotEqualTo("x");
        assertThat(p.toString()).contains("R");
        assertThat(DepositPaperwork.withoutReceipt("u", FOUR).toString()).contains("none");
        rejects(() -> PAPER.checkAgreement(null), "agreement");
        rejects(() -> SubscriptionAgreement.builder().price(Money.ZERO).deposit(Money.yuan(-1)).mailingAddress(null).postcode(null)
                .telephone(null).build(), "unit", "price", "deposit", "mailingAddress", "postcode", "telephone");
        rejects(() -> SubscriptionAgreement.builder().unit("u").alteration(new AgreementAlteration(" ", null)).alteration(null).build(),
                "price", "deposit", "alterations[0].field", "alterations[0].authorisation", "alterations[1]");
        SubscriptionAgreement a = agreement(Optional.empty(), List.of(), "addr", "200001", "1");
        assertThat(a.unit()).isEqualTo("1-101");
        assertThat(a.alterations()).isEmpty();
        assertThat(a.mailingAddress()).isEqualTo("addr");
    }
}
