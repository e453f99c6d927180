package dev.kefu.orders.fulfilment;

import static dev.kefu.orders.Fixtures.at;
import static dev.kefu.orders.Fixtures.explained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.packing.CustomerPresence;
import dev.kefu.orders.packing.LineVerdict;
import dev.kefu.orders.packing.PackingRecord;
import dev.kefu.orders.review.OrderChannel;
import dev.kefu.orders.returns.ReturnKind;
import dev.kefu.orders.returns.ReturnSignatory;
import dev.kefu.orders.returns.ReturnSlip;
import dev.kefu.orders.returns.ReturnSlipStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FulfilmentGateTest {

    static final OrderId ORDER = OrderId.of("V-1");
    static final FulfilmentGate G = FulfilmentGate.regulation();

    static OrderProgress.Builder video() {
        OrderProgress.Builder b = OrderProgress.builder();
        b.order(ORDER).channel(OrderChannel.VIDEO).pickedAt(at("2026-11-24T10:00")).customerCalledAt(at("2026-11-24T10:05"))
                .paymentReceivedAt(at("2026-11-24T13:00"));
        return b;
    }

    static PackingRecord packing(Instant counted, EmployeeId... counters) {
        return PackingRecord.builder().order(ORDER).presence(CustomerPresence.ABSENT).countedAt(counted).counters(List.of(counters)).build();
    }

    static final EmployeeId A = EmployeeId.of("E-1");
    static final EmployeeId B = EmployeeId.of("E-2");

    @Test
    @DisplayName("ORD-5 the amount is quoted only after picking and the call to the customer")
    void quote_after_call() {
        assertThat(G.mayQuote(video().build()).outcome()).isEqualTo(GateOutcome.ALLOWED);
        explained(G.mayQuote(video().build()));
        var noCall = G.mayQuote(video().customerCalledAt((Instant) null).build());
        assertThat(noCall.outcome()).isEqualTo(GateOutcome.REFUSED);
        assertThat(explained(noCall)).contains("shortages");
        var notPicked = G.mayQuote(video().pickedAt((Instant) null).build());
        assertThat(notPicked.reasons()).extracting(r -> r.key()).containsExactly("gate.notPicked");
    }

    @Test
    @DisplayName("ORD-5 a call before picking does not count; a call at the picking instant does")
    void call_boundary() {
        assertThat(G.mayQuote(video().customerCalledAt(at("2026-11-24T09:59:59")).build()).outcome()).isEqualTo(GateOutcome.REFUSED);
        assertThat(G.mayQuote(video().customerCalledAt(at("2026-11-24T10:00")).build()).outcome()).isEqualTo(GateOutcome.ALLOWED);
    }

    @Test
    @DisplayName("ORD-7 a paid remote order counted by two after payment, with clean lines, ships")
    void ships() {
        var d = G.mayShip(video().build(), packing(at("2026-11-24T13:00"), A, B), LineVerdict.ALL_CLEAR);
        assertThat(d.outcome()).isEqualTo(GateOutcome.ALLOWED);
        assertThat(explained(d)).contains("carrier");
    }

    @Test
    @DisplayName("ORD-5 no shipping before the post-picking call, even when paid and counted by two")
    void ship_after_call() {
        var d = G.mayShip(video().customerCalledAt((Instant) null).build(), packing(at("2026-11-24T13:00"), A, B), LineVerdict.ALL_CLEAR);
        assertThat(d.reasons()).extracting(r -> r.key()).containsExactly("gate.noCall");
        assertThatThrownBy(() -> G.mayShip(null, packing(at("2026-11-24T13:00"), A, B), LineVerdict.ALL_CLEAR))
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> G.mayShip(video().build(), null, LineVerdict.ALL_CLEAR)).isInstanceOf(PolicyInputException.class);
        assertThat(FulfilmentGate.builder().countersForRemoteOrders(2).build()
                .mayShip(video().build(), packing(at("2026-11-24T13:00"), A, B), LineVerdict.ALL_CLEAR).outcome()).isEqualTo(GateOutcome.ALLOWED);
    }

    @Test
    @DisplayName("ORD-7 no remittance: no shipping; counted one second before the remittance: refused")
    void payment_first() {
        var unpaid = G.mayShip(video().paymentReceivedAt((Instant) null).build(), packing(at("2026-11-24T13:00"), A, B), LineVerdict.ALL_CLEAR);
        assertThat(unpaid.reasons()).extracting(r -> r.key()).containsExactly("gate.noPayment");
        explained(unpaid);
        var early = G.mayShip(video().build(), packing(at("2026-11-24T12:59:59"), A, B), LineVerdict.ALL_CLEAR);
        assertThat(early.reasons()).extracting(r -> r.key()).containsExactly("gate.countedBeforePayment");
    }

    @Test
    @DisplayName("ORD-7 one person counting a remote order is refused; an on-site order needs no remittance")
    void two_counters() {
        var one = G.mayShip(video().build(), packing(at("2026-11-24T13:00"), A, A), LineVerdict.ALL_CLEAR);
        assertThat(one.reasons()).extracting(r -> r.key()).containsExactly("gate.tooFewCounters");
        var onSite = G.mayShip(video().channel(OrderChannel.ON_SITE).paymentReceivedAt((Instant) null).build(),
                packing(at("2026-11-24T13:00"), A), LineVerdict.ALL_CLEAR);
        assertThat(onSite.outcome()).isEqualTo(GateOutcome.ALLOWED);
    }

    @Test
    @DisplayName("ORD-7 the regulation has no credit exception; a host's credit terms stand in for payment")
    void credit_terms() {
        OrderProgress onCredit = video().paymentReceivedAt((Instant) null).creditApprovedAt(at("2026-11-24T11:00")).build();
        assertThat(G.mayShip(onCredit, packing(at("2026-11-24T13:00"), A, B), LineVerdict.ALL_CLEAR).outcome()).isEqualTo(GateOutcome.REFUSED);
        FulfilmentGate credit = FulfilmentGate.builder().paymentRule(PaymentRule.HOST_CREDIT_TERMS).build();
        assertThat(credit.mayShip(onCredit, packing(at("2026-11-24T13:00"), A, B), LineVerdict.ALL_CLEAR).outcome()).isEqualTo(GateOutcome.ALLOWED);
        FulfilmentGate three = FulfilmentGate.builder().countersForRemoteOrders(3).build();
        assertThat(three.mayShip(video().build(), packing(at("2026-11-24T13:00"), A, B), LineVerdict.ALL_CLEAR).outcome()).isEqualTo(GateOutcome.REFUSED);
        assertThatThrownBy(() -> FulfilmentGate.builder().countersForRemoteOrders(1).paymentRule(null).build())
                .isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
    }

    @Test
    @DisplayName("ORD-12 problem goods never leave the warehouse; a discrepancy also stops shipping")
    void problem_goods() {
        var bad = G.mayShip(video().build(), packing(at("2026-11-24T13:00"), A, B), LineVerdict.PROBLEM_GOODS);
        assertThat(bad.outcome()).isEqualTo(GateOutcome.REFUSED);
        assertThat(bad.applied("ORD-12")).isTrue();
        explained(bad);
        var disc = G.mayShip(video().build(), packing(at("2026-11-24T13:00"), A, B), LineVerdict.DISCREPANCY);
        assertThat(disc.reasons()).extracting(r -> r.key()).containsExactly("gate.discrepancy");
    }

    @Test
    @DisplayName("ORD-7 nulls and a packing record of another order are malformed")
    void malformed() {
        assertThatThrownBy(() -> G.mayShip(null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(3));
        PackingRecord other = PackingRecord.builder().order(OrderId.of("X")).presence(CustomerPresence.ABSENT).countedAt(Instant.EPOCH).build();
        assertThatThrownBy(() -> G.mayShip(video().build(), other, LineVerdict.ALL_CLEAR)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> G.mayQuote(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> OrderProgress.builder().build()).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
    }

    static ReturnSlip slip(Set<ReturnSignatory> signed) {
        return new ReturnSlip(ORDER, ReturnKind.ON_SITE_RETURN, signed, Set.of(ReturnSlipStep.CHECKED_WITH_CUSTOMER));
    }

    @Test
    @DisplayName("ORD-11 a sale is not settled for a customer with no archive")
    void no_archive() {
        var d = G.maySettle(ArchiveStatus.NOT_ARCHIVED, List.of());
        assertThat(d.outcome()).isEqualTo(GateOutcome.REFUSED);
        assertThat(d.applied("ORD-11")).isTrue();
        assertThat(explained(d)).contains("数据中心");
        var ok = G.maySettle(ArchiveStatus.ARCHIVED, List.of(slip(EnumSet.allOf(ReturnSignatory.class))));
        assertThat(ok.outcome()).isEqualTo(GateOutcome.ALLOWED);
        explained(ok);
    }

    @Test
    @DisplayName("ORD-15 an on-site return slip without the manager's signature stops settlement")
    void return_before_settlement() {
        var d = G.maySettle(ArchiveStatus.ARCHIVED, List.of(slip(EnumSet.of(ReturnSignatory.HANDLER, ReturnSignatory.CUSTOMER))));
        assertThat(d.outcome()).isEqualTo(GateOutcome.REFUSED);
        assertThat(d.applied("ORD-15")).isTrue();
        assertThatThrownBy(() -> G.maySettle(null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
        List<ReturnSlip> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> G.maySettle(ArchiveStatus.ARCHIVED, withNull)).isInstanceOf(PolicyInputException.class);
    }
}
