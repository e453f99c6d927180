package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.A;
import static dev.kefu.sales.floor.Fixtures.B;
import static dev.kefu.sales.floor.Fixtures.C;
import static dev.kefu.sales.floor.Fixtures.D;
import static dev.kefu.sales.floor.Fixtures.explained;
import static dev.kefu.sales.floor.Fixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.sales.floor.ControlledForms.Draw;
import dev.kefu.sales.floor.ControlledForms.FormKind;
import dev.kefu.sales.floor.ControlledForms.Kept;
import dev.kefu.sales.floor.ControlledForms.SignedKind;
import dev.kefu.sales.floor.ControlledForms.Use;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ControlledFormsTest {

    // S = on-site sales supervisor, K = custodian
    private static final dev.kefu.core.id.EmployeeId S = dev.kefu.core.id.EmployeeId.of("S");
    private static final dev.kefu.core.id.EmployeeId K = dev.kefu.core.id.EmployeeId.of("K");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    @DisplayName("EST-13 forms drawn by the on-site supervisor, used once, signed papers with the custodian: complete")
    void complete() {
        Decision<GapReport> d = ControlledForms.check(S, K,
                List.of(new Draw(FormKind.RECEIPT, "0001", S), new Draw(FormKind.SUBSCRIPTION_FORM, "0001", S)),
                List.of(new Use(FormKind.RECEIPT, "0001", A, DAY), new Use(FormKind.SUBSCRIPTION_FORM, "0001", A, DAY)),
                List.of(new Kept(SignedKind.ORDER, "O-1", K), new Kept(SignedKind.SUBSCRIPTION_AGREEMENT, "S-1", K)));
        assertThat(d.outcome().isClear()).isTrue();
        explained(d);
    }

    @Test
    @DisplayName("EST-13 a form drawn by a rep, a form not from stock, a form used twice, papers kept by others: gaps")
    void gaps() {
        Decision<GapReport> d = ControlledForms.check(S, K,
                List.of(new Draw(FormKind.RECEIPT, "0001", S), new Draw(FormKind.SUBSCRIPTION_FORM, "0009", B)),
                List.of(new Use(FormKind.RECEIPT, "0001", A, DAY), new Use(FormKind.RECEIPT, "0001", C, DAY),
                        new Use(FormKind.SUBSCRIPTION_FORM, "0001", A, DAY), new Use(FormKind.SUBSCRIPTION_FORM, "0009", B, DAY),
                        new Use(FormKind.RECEIPT, "0002", D, DAY)),
                List.of(new Kept(SignedKind.ORDER, "O-1", A), new Kept(SignedKind.SUBSCRIPTION_AGREEMENT, "S-1", B)));
        assertThat(d.outcome().of(GapKind.FORM_DRAWN_BY_OTHER)).hasSize(1);
        assertThat(d.outcome().of(GapKind.FORM_NOT_FROM_STOCK)).hasSize(4);
        assertThat(d.outcome().of(GapKind.WRONG_CUSTODIAN)).hasSize(2);
        assertThat(explained(d)).contains("used again").contains("designated custodian K").contains("not issued from");
        assertThat(d.outcome().of(GapKind.FORM_NOT_FROM_STOCK).get(0).employee()).contains(C);
    }

    @Test
    @DisplayName("EST-13 malformed records are PolicyInputExceptions")
    void malformed() {
        rejects(() -> ControlledForms.check(null, null, null, null, null), "supervisor", "custodian", "draws", "uses", "kept");
        rejects(() -> ControlledForms.check(S, K, List.of(new Draw(null, " ", null)), List.of(new Use(null, null, null, null)),
                Arrays.asList(new Kept(null, "", null), null)),
                "draws[0].kind", "draws[0].serial", "draws[0].drawnBy", "uses[0].kind", "uses[0].serial", "uses[0].usedBy", "uses[0].day",
                "kept[0].kind", "kept[0].number", "kept[0].keptBy", "kept[1]");
    }
}
