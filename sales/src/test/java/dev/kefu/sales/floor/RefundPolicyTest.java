package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.A;
import static dev.kefu.sales.floor.Fixtures.explained;
import static dev.kefu.sales.floor.Fixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.money.Money;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RefundPolicyTest {

    private static final RoleLabel GM = RoleLabel.of("总经理", "general manager");
    private static final RoleLabel CLERK = RoleLabel.of("文员", "clerk");
    private static final RefundPolicy BY_GM = RefundPolicy.builder().beforeSigning(RefundAuthority.grantedBy(GM)).build();
    private static final RefundPolicy NONE = RefundPolicy.builder().beforeSigning(RefundAuthority.noneGranted()).build();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final List<Payment> PAID = List.of(Payment.atFinance(Money.yuan(20_000), DAY, "F-1"),
            Payment.takenByRep(Money.yuan(5_000), DAY, A), Payment.atFinance(Money.of("30000.55"), DAY, "F-2"));

    @Test
    @DisplayName("EST-7 after signing a refund is refused, even with an approval (no override)")
    void afterSigning() {
        Decision<RefundOutcome> d = BY_GM.decide(RefundRequest.approved(ContractStage.SIGNED, "job moved", PAID, GM));
        assertThat(d.outcome().verdict()).isEqualTo(RefundVerdict.REFUSED_AFTER_SIGNING);
        assertThat(d.outcome().refund()).isEqualTo(Money.ZERO);
        assertThat(d.outcome().notebookReason()).isEqualTo("job moved");
        assertThat(explained(d)).contains("does not override").contains("notebook").doesNotContain("job moved");
        assertThat(NONE.decide(RefundRequest.unapproved(ContractStage.SIGNED, "r", PAID)).outcome().verdict())
                .isEqualTo(RefundVerdict.REFUSED_AFTER_SIGNING);
    }

    @Test
    @DisplayName("EST-7 before signing without approval: retention (做客户工作)")
    void retention() {
        Decision<RefundOutcome> d = BY_GM.decide(RefundRequest.unapproved(ContractStage.NOT_SIGNED, "r", PAID));
        assertThat(d.outcome().verdict()).isEqualTo(RefundVerdict.RETENTION);
        assertThat(d.outcome().parts()).isEmpty();
        assertThat(explained(d)).contains("works on the customer");
    }

    @Test
    @DisplayName("EST-7 before signing, approved by the configured approver: granted, finance-receipted payments refunded exactly (EST-8)")
    void granted() {
        Decision<RefundOutcome> d = BY_GM.decide(RefundRequest.approved(ContractStage.NOT_SIGNED, "r", PAID, GM));
        assertThat(d.outcome().verdict()).isEqualTo(RefundVerdict.GRANTED);
        assertThat(d.outcome().parts()).containsExactly(Money.yuan(20_000), Money.of("30000.55"));
        assertThat(d.outcome().refund()).isEqualTo(Money.of("50000.55"));
        assertThat(d.ruleIds()).contains(SalesFloorRules.EST_7, SalesFloorRules.EST_8);
        assertThat(explained(d)).contains("general manager").contains("50000.55");
        assertThat(d.outcome().toString()).doesNotContain("r]");
    }

    @Test
    @DisplayName("EST-7 before signing, approved by another role: retention; with no approver configured nobody can grant")
    void wrongApprover() {
        Decision<RefundOutcome> d = BY_GM.decide(RefundRequest.approved(ContractStage.NOT_SIGNED, "r", PAID, CLERK));
        assertThat(d.outcome().verdict()).isEqualTo(RefundVerdict.RETENTION);
        assertThat(explained(d)).contains("clerk").contains("general manager");
        Decision<RefundOutcome> none = NONE.decide(RefundRequest.approved(ContractStage.NOT_SIGNED, "r", PAID, GM));
        assertThat(none.outcome().verdict()).isEqualTo(RefundVerdict.RETENTION);
        assertThat(explained(none)).contains("none is configured");
    }

    @Test
    @DisplayName("EST-7 beforeSigning is required [X]: build() fails naming it")
    void required() {
        rejects(() -> RefundPolicy.builder().build(), "beforeSigning");
        rejects(() -> RefundPolicy.builder().beforeSigning(null).build(), "beforeSigning");
        rejects(() -> RefundAuthority.grantedBy(null), "approver");
        assertThat(RefundAuthority.grantedBy(GM)).isEqualTo(RefundAuthority.grantedBy(GM)).hasSameHashCodeAs(RefundAuthority.grantedBy(GM));
        assertThat(RefundAuthority.noneGranted()).isEqualTo(RefundAuthority.noneGranted()).isNotEqualTo(RefundAuthority.grantedBy(GM));
        assertThat(RefundAuthority.noneGranted().toString()).contains("none");
        assertThat(RefundAuthority.grantedBy(GM).toString()).contains("general manager");
    }

    @Test
    @DisplayName("EST-7 malformed requests: a blank reason, nulls")
    void malformed() {
        rejects(() -> BY_GM.decide(null), "request");
        rejects(() -> RefundRequest.unapproved(null, " ", null), "stage", "reason", "payments");
        rejects(() -> RefundRequest.approved(ContractStage.NOT_SIGNED, null, Arrays.asList((Payment) null), null), "approver", "reason", "payments[0]");
        assertThat(RefundRequest.unapproved(ContractStage.NOT_SIGNED, "secret reason", List.of()).toString()).doesNotContain("secret");
        RefundRequest r = RefundRequest.approved(ContractStage.NOT_SIGNED, "r", PAID, GM);
        assertThat(r.approvedBy()).contains(GM);
        assertThat(r.stage()).isEqualTo(ContractStage.NOT_SIGNED);
        assertThat(r.reason()).isEqualTo("r");
        assertThat(r.payments()).isEqualTo(PAID);
        assertThat(RefundRequest.unapproved(ContractStage.NOT_SIGNED, "r", PAID).approvedBy()).isEqualTo(Optional.empty());
    }
}
