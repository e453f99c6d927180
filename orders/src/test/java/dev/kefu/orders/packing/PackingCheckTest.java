package dev.kefu.orders.packing;

import static dev.kefu.orders.Fixtures.at;
import static dev.kefu.orders.Fixtures.explained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.orders.OrderId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PackingCheckTest {

    static final EmployeeId CLERK = EmployeeId.of("E-1");
    static final EmployeeId COLLEAGUE = EmployeeId.of("E-2");

    static PackingRecord.Builder absent() {
        PackingRecord.Builder b = PackingRecord.builder();
        b.order(OrderId.of("D-1")).presence(CustomerPresence.ABSENT).countedAt(at("2026-11-24T14:00"))
                .counters(List.of(CLERK, COLLEAGUE)).signedBy(Set.of(CLERK, COLLEAGUE))
                .steps(EnumSet.of(PackingStep.COPY_3_IN_LID, PackingStep.BOX_SEALED, PackingStep.CUSTOMER_NAME_ON_SEAL));
        return b;
    }

    static PackingRecord.Builder present() {
        PackingRecord.Builder b = PackingRecord.builder();
        b.order(OrderId.of("D-2")).presence(CustomerPresence.PRESENT).countedAt(at("2026-11-24T14:00"))
                .counters(List.of(CLERK)).signedBy(Set.of(CLERK))
                .steps(EnumSet.of(PackingStep.COUNTER_SIGNED_BILL, PackingStep.CUSTOMER_NAME_CHECKED, PackingStep.CUSTOMER_SIGNED,
                        PackingStep.FOLLOWER_SIGNED, PackingStep.COPY_3_TO_CUSTOMER, PackingStep.COPIES_1_2_TO_CUSTODIAN,
                        PackingStep.BOX_SEALED, PackingStep.CUSTOMER_DETAILS_ON_BOX));
        return b;
    }

    @Test
    @DisplayName("ORD-14 customer absent: two counters, both signed, copy 3 in the lid, sealed, name on the seal — accepted")
    void absent_accepted() {
        var d = PackingCheck.regulation().check(absent().build());
        assertThat(d.outcome()).isEqualTo(PackingVerdict.ACCEPTED);
        assertThat(d.applied("ORD-14")).isTrue();
        explained(d);
    }

    @Test
    @DisplayName("ORD-14 a packing record with one signer is refused")
    void one_signer_refused() {
        var d = PackingCheck.regulation().check(absent().signedBy(Set.of(CLERK)).build());
        assertThat(d.outcome()).isEqualTo(PackingVerdict.REFUSED);
        assertThat(d.reasons()).extracting(r -> r.key()).contains("packing.tooFewSigners");
        assertThat(explained(d)).contains("1 counter(s) signed");
    }

    @Test
    @DisplayName("ORD-14 the same person listed twice counts once: one counter is refused")
    void same_person_twice() {
        var d = PackingCheck.regulation().check(absent().counters(List.of(CLERK, CLERK)).signedBy(Set.of(CLERK)).build());
        assertThat(d.reasons()).extracting(r -> r.key()).contains("packing.tooFewCounters", "packing.tooFewSigners");
    }

    @Test
    @DisplayName("ORD-14 a signer who did not count does not count as a signature; three counters need three signatures")
    void signers_must_be_counters() {
        var d = PackingCheck.regulation().check(absent().signedBy(Set.of(CLERK, EmployeeId.of("E-9"))).build());
        assertThat(d.outcome()).isEqualTo(PackingVerdict.REFUSED);
        var three = PackingCheck.regulation().check(absent().counters(List.of(CLERK, COLLEAGUE, EmployeeId.of("E-3"))).build());
        assertThat(three.outcome()).isEqualTo(PackingVerdict.REFUSED);
    }

    @Test
    @DisplayName("ORD-14 a host may require three counters; fewer than two is a bad setting")
    void builder() {
        PackingCheck three = PackingCheck.builder().countersWhenCustomerAbsent(3).build();
        assertThat(three.check(absent().build()).outcome()).isEqualTo(PackingVerdict.REFUSED);
        assertThatThrownBy(() -> PackingCheck.builder().countersWhenCustomerAbsent(1).build()).isInstanceOf(PolicyInputException.class);
        assertThat(PackingCheck.builder().countersWhenCustomerAbsent(2).build().check(absent().build()).outcome()).isEqualTo(PackingVerdict.ACCEPTED);
    }

    @Test
    @DisplayName("ORD-14 each missing step of absent packing is named")
    void absent_steps() {
        var d = PackingCheck.regulation().check(absent().steps(Set.of()).build());
        assertThat(d.reasons()).extracting(r -> r.key()).contains("packing.missing.COPY_3_IN_LID", "packing.missing.BOX_SEALED",
                "packing.missing.CUSTOMER_NAME_ON_SEAL");
        assertThat(explained(d)).contains("clear bag");
    }

    @Test
    @DisplayName("ORD-13 customer present: counter, customer and follower sign, copies handed out, box sealed and marked — accepted")
    void present_accepted() {
        var d = PackingCheck.regulation().check(present().build());
        assertThat(d.outcome()).isEqualTo(PackingVerdict.ACCEPTED);
        assertThat(d.applied("ORD-13")).isTrue();
        explained(d);
    }

    @Test
    @DisplayName("ORD-13 every missing signature or copy is named; no counter is refused")
    void present_gaps() {
        for (PackingStep s : List.of(PackingStep.COUNTER_SIGNED_BILL, PackingStep.CUSTOMER_NAME_CHECKED, PackingStep.CUSTOMER_SIGNED,
                PackingStep.FOLLOWER_SIGNED, PackingStep.COPY_3_TO_CUSTOMER, PackingStep.COPIES_1_2_TO_CUSTODIAN,
                PackingStep.BOX_SEALED, PackingStep.CUSTOMER_DETAILS_ON_BOX)) {
            EnumSet<PackingStep> steps = EnumSet.copyOf(present().build().steps());
            steps.remove(s);
            var d = PackingCheck.regulation().check(present().steps(steps).build());
            assertThat(d.outcome()).isEqualTo(PackingVerdict.REFUSED);
            assertThat(d.reasons()).extracting(r -> r.key()).containsExactly("packing.refused", "packing.missing." + s.name());
            explained(d);
        }
        var none = PackingCheck.regulation().check(present().counters(List.of()).build());
        assertThat(none.reasons()).extracting(r -> r.key()).contains("packing.noCounter");
    }

    @Test
    @DisplayName("ORD-13 ORD-14 a record without order, presence, time or with null entries is malformed; absent lists are empty")
    void malformed() {
        assertThatThrownBy(() -> PackingRecord.builder().build()).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(3));
        assertThatThrownBy(() -> absent().addCounters((EmployeeId) null).build()).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> absent().addSignedBy((EmployeeId) null).build()).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> absent().addSteps((PackingStep) null).build()).isInstanceOf(PolicyInputException.class);
        PackingRecord r = PackingRecord.builder().order(OrderId.of("x")).presence(CustomerPresence.ABSENT).countedAt(at("2026-11-24T14:00")).build();
        assertThat(r.counters()).isEmpty();
        assertThat(r.signedBy()).isEmpty();
        assertThat(r.steps()).isEmpty();
        assertThatThrownBy(() -> PackingCheck.regulation().check(null)).isInstanceOf(PolicyInputException.class);
    }
}
