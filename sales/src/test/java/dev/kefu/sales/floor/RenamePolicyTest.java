package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.explained;
import static dev.kefu.sales.floor.Fixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RenamePolicyTest {

    private static final RenamePolicy POLICY = RenamePolicy.builder().transferFee(Money.of("2000.50")).build();

    @Test
    @DisplayName("EST-5 a rename after signing is a transfer of title: the transfer fee is charged")
    void afterSigning() {
        Decision<RenameCharge> d = POLICY.charge(ContractStage.SIGNED);
        assertThat(d.outcome()).isEqualTo(new RenameCharge(RenameChargeKind.TRANSFER_FEE, Money.of("2000.50")));
        assertThat(explained(d)).contains("2000.50");
        assertThat(d.explain(java.util.Locale.CHINA)).contains("2000.50 元");
    }

    @Test
    @DisplayName("EST-5 a rename before signing: the seed sets no fee")
    void beforeSigning() {
        Decision<RenameCharge> d = POLICY.charge(ContractStage.NOT_SIGNED);
        assertThat(d.outcome()).isEqualTo(new RenameCharge(RenameChargeKind.NO_FEE_SET, Money.ZERO));
        assertThat(d.ruleIds()).containsExactly(SalesFloorRules.EST_5);
        explained(d);
    }

    @Test
    @DisplayName("EST-5 transferFee is required [X]: build() fails naming it; a negative fee is refused; zero is allowed")
    void required() {
        rejects(() -> RenamePolicy.builder().build(), "transferFee");
        rejects(() -> RenamePolicy.builder().transferFee(Money.yuan(-1)).build(), "transferFee");
        assertThat(RenamePolicy.builder().transferFee(Money.ZERO).build().charge(ContractStage.SIGNED).outcome().fee()).isEqualTo(Money.ZERO);
        rejects(() -> POLICY.charge(null), "stage");
    }
}
