package dev.kefu.orders.returns;

import static dev.kefu.orders.Fixtures.at;
import static dev.kefu.orders.Fixtures.explained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.fulfilment.GateOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReturnsTest {

    static final OrderId O = OrderId.of("R-1");

    @Test
    @DisplayName("ORD-15 a return slip signed by handler, customer and department manager is complete")
    void three_signatures() {
        var d = ReturnSlipCheck.regulation().check(new ReturnSlip(O, ReturnKind.UNTAKEN_ITEMS, EnumSet.allOf(ReturnSignatory.class),
                Set.of(ReturnSlipStep.MARKED_X_ON_BILL)));
        assertThat(d.outcome()).isEqualTo(GateOutcome.ALLOWED);
        explained(d);
    }

    @Test
    @DisplayName("ORD-15 each missing signature of the three is named; two signatures are refused")
    void missing_signature() {
        for (ReturnSignatory s : ReturnSignatory.values()) {
            EnumSet<ReturnSignatory> two = EnumSet.allOf(ReturnSignatory.class);
            two.remove(s);
            var d = ReturnSlipCheck.regulation().check(new ReturnSlip(O, ReturnKind.UNTAKEN_ITEMS, two, Set.of(ReturnSlipStep.MARKED_X_ON_BILL)));
            assertThat(d.outcome()).isEqualTo(GateOutcome.REFUSED);
            assertThat(d.reasons()).extracting(r -> r.key()).containsExactly("returns.unsigned." + s.name());
            explained(d);
        }
    }

    @Test
    @DisplayName("ORD-15 untaken items not marked X, and an on-site return not checked with the customer, are refused")
    void steps() {
        var notMarked = ReturnSlipCheck.regulation().check(new ReturnSlip(O, ReturnKind.UNTAKEN_ITEMS, EnumSet.allOf(ReturnSignatory.class), Set.of()));
        assertThat(notMarked.reasons()).extracting(r -> r.key()).containsExactly("returns.notMarked");
        var notChecked = ReturnSlipCheck.regulation().check(new ReturnSlip(O, ReturnKind.ON_SITE_RETURN, EnumSet.allOf(ReturnSignatory.class), Set.of()));
        assertThat(notChecked.reasons()).extracting(r -> r.key()).containsExactly("returns.notChecked");
        explained(notChecked);
    }

    @Test
    @DisplayName("ORD-15 a slip with nulls is malformed")
    void malformed_slip() {
        assertThatThrownBy(() -> new ReturnSlip(null, null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(4));
        Set<ReturnSignatory> ns = new HashSet<>();
        ns.add(null);
        Set<ReturnSlipStep> nst = new HashSet<>();
        nst.add(null);
        assertThatThrownBy(() -> new ReturnSlip(O, ReturnKind.UNTAKEN_ITEMS, ns, nst)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
        assertThatThrownBy(() -> ReturnSlipCheck.regulation().check(null)).isInstanceOf(PolicyInputException.class);
    }

    static final ReturnsPolicy POLICY = ReturnsPolicy.builder()
            .conditions(r -> r.type() == ReturnType.EXCHANGE || r.reasonCode().equals("QUALITY")).build();

    @Test
    @DisplayName("ORD-16 the return conditions are a required host setting, named")
    void conditions_required() {
        assertThatThrownBy(() -> ReturnsPolicy.builder().build()).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).extracting(Violation::path).containsExactly("conditions"));
        assertThatThrownBy(() -> ReturnsPolicy.builder().conditions(null).build()).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(1));
    }

    @Test
    @DisplayName("ORD-16 a request that meets the host's conditions is handled; one that does not is not")
    void decide() {
        var ok = POLICY.decide(new ReturnRequest(O, ReturnType.RETURN, at("2026-11-24T10:00"), "QUALITY"));
        assertThat(ok.outcome()).isEqualTo(ReturnEligibility.ELIGIBLE);
        explained(ok);
        var no = POLICY.decide(new ReturnRequest(O, ReturnType.RETURN, at("2026-11-24T10:00"), "CHANGED_MIND"));
        assertThat(no.outcome()).isEqualTo(ReturnEligibility.NOT_ELIGIBLE);
        explained(no);
        assertThat(POLICY.decide(new ReturnRequest(O, ReturnType.EXCHANGE, at("2026-11-24T10:00"), "X")).reasons().get(0).key())
                .isEqualTo("returns.exchangeEligible");
        assertThat(ReturnsPolicy.builder().conditions(r -> false).build()
                .decide(new ReturnRequest(O, ReturnType.EXCHANGE, at("2026-11-24T10:00"), "X")).reasons().get(0).key())
                .isEqualTo("returns.exchangeNotEligible");
        assertThatThrownBy(() -> POLICY.decide(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new ReturnRequest(null, null, null, " ")).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(4));
    }

    @Test
    @DisplayName("ORD-16 accepted cases are followed to completion: open ones are listed oldest first")
    void follow_up() {
        ReturnCase a = ReturnCase.accepted(OrderId.of("A"), at("2026-11-20T10:00"));
        ReturnCase b = ReturnCase.accepted(OrderId.of("B"), at("2026-11-18T10:00"));
        ReturnCase c = ReturnCase.accepted(OrderId.of("C"), at("2026-11-19T10:00")).completed(at("2026-11-19T10:00"));
        var d = POLICY.followUp(List.of(a, b, c));
        assertThat(d.outcome().open()).containsExactly(OrderId.of("B"), OrderId.of("A"));
        assertThat(explained(d)).contains("2 of 3");
        assertThat(c.completedAt()).hasValue(at("2026-11-19T10:00"));
        assertThat(c.order()).isEqualTo(OrderId.of("C"));
        assertThat(c.acceptedAt()).isEqualTo(at("2026-11-19T10:00"));
        assertThat(c.toString()).contains("completed");
        assertThat(a.toString()).contains("open");
        assertThat(a).isEqualTo(ReturnCase.accepted(OrderId.of("A"), at("2026-11-20T10:00")));
        assertThat(a.hashCode()).isEqualTo(ReturnCase.accepted(OrderId.of("A"), at("2026-11-20T10:00")).hashCode());
        assertThat(a).isNotEqualTo(b);
        assertThatThrownBy(() -> a.completed(at("2026-11-20T09:59"))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> a.completed(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> ReturnCase.accepted(null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
        assertThatThrownBy(() -> POLICY.followUp(null)).isInstanceOf(PolicyInputException.class);
        List<ReturnCase> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> POLICY.followUp(withNull)).isInstanceOf(PolicyInputException.class);
        assertThat(Instant.EPOCH).isNotNull();
    }
}
