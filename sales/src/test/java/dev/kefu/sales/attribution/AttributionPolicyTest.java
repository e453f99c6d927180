package dev.kefu.sales.attribution;

import static dev.kefu.sales.attribution.Cases.A;
import static dev.kefu.sales.attribution.Cases.B;
import static dev.kefu.sales.attribution.Cases.C;
import static dev.kefu.sales.attribution.Cases.D;
import static dev.kefu.sales.attribution.Cases.VISIT;
import static dev.kefu.sales.attribution.Cases.dealBy;
import static dev.kefu.sales.attribution.Cases.reg;
import static dev.kefu.sales.attribution.Cases.says;
import static dev.kefu.sales.attribution.Cases.visit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AttributionPolicyTest {

    private final AttributionPolicy policy = AttributionPolicy.standard();

    private static BonusShare share(EmployeeId rep, String percent) {
        return new BonusShare(Holder.rep(rep), Share.ofPercent(percent));
    }

    private Attribution decide(AttributionCase c) {
        return policy.decide(c).outcome();
    }

    @Test
    @DisplayName("ATT-1 a first-time visitor received on rotation is the receiver's and counts toward the rotation")
    void rotation_first_visit() {
        Decision<Attribution> d = policy.decide(visit().deal(dealBy(A)).build());
        assertThat(d.outcome().owner()).isEqualTo(Holder.rep(A));
        assertThat(d.outcome().performance()).contains(Holder.rep(A));
        assertThat(d.outcome().bonus()).containsExactly(share(A, "100"));
        assertThat(d.outcome().countsTowardRotation()).isTrue();
        assertThat(d.ruleIds()).extracting(Object::toString).contains("ATT-1", "ATT-16");
    }

    @Test
    @DisplayName("ATT-3 B's customer received by A while B is away: a same-day deal splits the bonus 50/50")
    void same_day_fifty_fifty() {
        AttributionCase c = visit().addPresent(A).present(Set.of(A, C, D)).addRegistrations(reg(B, "2025-05-20T10:00"))
                .deal(dealBy(A)).build();
        Attribution at = decide(c);
        assertThat(at.performance()).contains(Holder.rep(B));
        assertThat(at.bonus()).containsExactly(share(A, "50"), share(B, "50"));
        assertThat(at.split(Money.of("1000.01"))).containsExactly(Map.entry(Holder.rep(A), Money.of("500.01")),
                Map.entry(Holder.rep(B), Money.of("500.00")));
        assertThat(at.countsTowardRotation()).isFalse();
    }

    @Test
    @DisplayName("ATT-3 without a same-day deal, A's reception of B's customer is a courtesy with no credit")
    void courtesy_reception() {
        AttributionCase noDeal = visit().present(Set.of(A, C)).addRegistrations(reg(B, "2025-05-20T10:00")).build();
        Attribution at = decide(noDeal);
        assertThat(at.owner()).isEqualTo(Holder.rep(B));
        assertThat(at.performance()).isEmpty();
        assertThat(at.bonus()).isEmpty();
        assertThat(at.followUp()).contains(B);
        AttributionCase later = visit().present(Set.of(A, C)).addRegistrations(reg(B, "2025-05-20T10:00"))
                .deal(dealBy(B, LocalDate.of(2025, 6, 12))).build();
        assertThat(decide(later).bonus()).containsExactly(share(B, "100"));
        assertThat(policy.decide(later).explain(Locale.ENGLISH)).contains("courtesy");
    }

    @Test
    @DisplayName("ATT-4 a first-time visitor who names a rep is that rep's, outside the rotation")
    void designated_first_visit() {
        Decision<Attribution> d = policy.decide(visit().statement(says().addNamedReps(C).build()).deal(dealBy(C)).build());
        assertThat(d.outcome().owner()).isEqualTo(Holder.rep(C));
        assertThat(d.outcome().bonus()).containsExactly(share(C, "100"));
        assertThat(d.outcome().countsTowardRotation()).isFalse();
        assertThat(d.ruleIds()).extracting(Object::toString).contains("ATT-4");
    }

    @Test
    @DisplayName("ATT-4 a rep who merely recognises a first-time visitor who names nobody does not jump the rotation")
    void recognising_is_not_naming() {
        Attribution at = decide(visit().receivedBy(A).deal(dealBy(A)).build());
        assertThat(at.owner()).isEqualTo(Holder.rep(A));
        assertThat(at.countsTowardRotation()).isTrue();
    }

    @Test
    @DisplayName("ATT-5 a returning customer does not count toward the rotation, whoever receives them")
    void returning_no_turn() {
        Decision<Attribution> d = policy.decide(visit().addPriorVisits(new PriorVisit(LocalDate.of(2025, 1, 5), D))
                .deal(dealBy(A)).build());
        assertThat(d.outcome().countsTowardRotation()).isFalse();
        assertThat(d.ruleIds()).extracting(Object::toString).contains("ATT-5");
        assertThat(d.outcome().owner()).isEqualTo(Holder.rep(A));
    }

    @Test
    @DisplayName("ATT-6 first-visit principle: the earlier registration wins, by the register time")
    void first_visit_principle() {
        AttributionCase c = visit().present(Set.of(A, C, D))
                .addRegistrations(reg(C, "2025-05-20T15:30"), reg(B, "2025-05-20T09:10"))
                .deal(dealBy(A, LocalDate.of(2025, 6, 12))).build();
        Decision<Attribution> d = policy.decide(c);
        assertThat(d.outcome().owner()).isEqualTo(Holder.rep(B));
        assertThat(d.ruleIds()).extracting(Object::toString).contains("ATT-6");
        assertThat(d.explain(Locale.ENGLISH)).contains("B registered first, at 2025-05-20T09:10");
    }

    @Test
    @DisplayName("ATT-6 a rep who registered the customer first and receives them again has their own customer")
    void own_customer() {
        Attribution at = decide(visit().addRegistrations(reg(A, "2025-06-01T10:00"), reg(B, "2025-06-05T10:00")).deal(dealBy(A)).build());
        assertThat(at.bonus()).containsExactly(share(A, "100"));
        assertThat(at.countsTowardRotation()).isFalse();
    }

    @Test
    @DisplayName("ATT-7 a registration lapsed before the deal earns nothing; the next valid one wins")
    void lapsed_registration_earns_nothing() {
        AttributionCase c = visit().present(Set.of(A, C)).addRegistrations(reg(B, "2025-04-09T10:00"))
                .deal(dealBy(A)).build(); // valid through 2025-06-09, the deal is on 06-10
        Decision<Attribution> d = policy.decide(c);
        assertThat(d.outcome().bonus()).containsExactly(share(A, "100"));
        assertThat(d.explain(Locale.ENGLISH)).contains("lapsed after 2025-06-09");
        AttributionCase stillValid = visit().present(Set.of(A, C)).addRegistrations(reg(B, "2025-04-10T10:00"))
                .deal(dealBy(A)).build(); // valid through 2025-06-10
        assertThat(decide(stillValid).bonus()).containsExactly(share(A, "50"), share(B, "50"));
    }

    @Test
    @DisplayName("ATT-8 A knows B received the customer before and B is present: handed back, B's performance")
    void hand_back_to_b() {
        Decision<Attribution> d = policy.decide(visit().addRegistrations(reg(B, "2025-06-01T10:00")).deal(dealBy(B)).build());
        assertThat(d.outcome().performance()).contains(Holder.rep(B));
        assertThat(d.outcome().bonus()).containsExactly(share(B, "100"));
        assertThat(d.outcome().followUp()).contains(B);
        assertThat(d.ruleIds()).extracting(Object::toString).contains("ATT-8");
    }

    @Test
    @DisplayName("ATT-9 the customer refuses B and asks for A: A's performance, bonus A 80% / B 20% while B's registration is valid")
    void refuses_b_asks_for_a() {
        AttributionCase c = visit().addRegistrations(reg(B, "2025-06-01T10:00"))
                .statement(says().addRefused(B).askedFor(A).build()).deal(dealBy(A)).build();
        Decision<Attribution> d = policy.decide(c);
        assertThat(d.outcome().performance()).contains(Holder.rep(A));
        assertThat(d.outcome().bonus()).containsExactly(share(A, "80"), share(B, "20"));
        assertThat(d.outcome().split(Money.of("0.03"))).containsExactly(Map.entry(Holder.rep(A), Money.of("0.02")),
                Map.entry(Holder.rep(B), Money.of("0.01")));
        assertThat(d.explain(Locale.SIMPLIFIED_CHINESE)).contains("奖金 A 80%、B 20%");
    }

    @Test
    @DisplayName("ATT-9 if B's registration has lapsed, B gets nothing")
    void refuses_b_lapsed() {
        AttributionCase c = visit().addRegistrations(reg(B, "2025-03-01T10:00"))
                .statement(says().addRefused(B).askedFor(A).build()).deal(dealBy(A)).build();
        Decision<Attribution> d = policy.decide(c);
        assertThat(d.outcome().bonus()).containsExactly(share(A, "100"));
        assertThat(d.ruleIds()).extracting(Object::toString).contains("ATT-7", "ATT-9");
    }

    @Test
    @DisplayName("ATT-10 the customer names B, B is absent: C helps outside the rotation; B's performance, bonus B 80% / C 20%")
    void named_absent_c_helps() {
        AttributionCase c = visit().receivedBy(C).present(Set.of(A, C)).addRegistrations(reg(B, "2025-06-01T10:00"))
                .statement(says().addNamedReps(B).build()).deal(dealBy(C)).build();
        Attribution at = decide(c);
        assertThat(at.performance()).contains(Holder.rep(B));
        assertThat(at.bonus()).containsExactly(share(B, "80"), share(C, "20"));
        assertThat(at.countsTowardRotation()).isFalse();
        AttributionCase firstTime = visit().receivedBy(C).present(Set.of(A, C, D)).assistedBy(D)
                .statement(says().addNamedReps(B).build()).deal(dealBy(D)).build();
        assertThat(decide(firstTime).bonus()).containsExactly(share(B, "80"), share(D, "20"));
    }

    @Test
    @DisplayName("ATT-11 a verified complaint against B: the deal has nothing to do with B")
    void complaint_against_b() {
        AttributionCase c = visit().addRegistrations(reg(B, "2025-06-01T10:00"))
                .statement(says().addNamedReps(B).addRefused(B).complainedAbout(B).complaintVerified(true).build())
                .deal(dealBy(A)).build();
        Decision<Attribution> d = policy.decide(c);
        assertThat(d.outcome().bonus()).containsExactly(share(A, "100"));
        assertThat(d.ruleIds()).extracting(Object::toString).contains("ATT-11");
        AttributionCase unverified = visit().addRegistrations(reg(B, "2025-06-01T10:00"))
                .statement(says().complainedAbout(B).build()).deal(dealBy(B)).build();
        assertThat(decide(unverified).performance()).contains(Holder.rep(B));
    }

    @Test
    @DisplayName("ATT-12 a returning customer who named several reps but chose none: the first named who is present receives")
    void several_named() {
        AttributionCase c = visit().present(Set.of(A, C, D)).addPriorVisits(new PriorVisit(LocalDate.of(2025, 3, 1), D))
                .statement(says().addNamedReps(B, C, D).build()).deal(dealBy(C)).build();
        Attribution at = decide(c);
        assertThat(at.owner()).isEqualTo(Holder.rep(C));
        AttributionCase noneHere = visit().present(Set.of(A)).addPriorVisits(new PriorVisit(LocalDate.of(2025, 3, 1), D))
                .statement(says().addNamedReps(B, C).build()).build();
        assertThat(decide(noneHere).owner()).isEqualTo(Holder.rep(A));
    }

    @Test
    @DisplayName("ATT-13 A's customer went to B for a bigger discount: performance and bonus all A's")
    void bigger_discount() {
        AttributionCase c = visit().receivedBy(B).addRegistrations(reg(A, "2025-06-01T10:00"))
                .statement(says().cameForBiggerDiscount(true).build()).deal(dealBy(B)).build();
        Decision<Attribution> d = policy.decide(c);
        assertThat(d.outcome().performance()).contains(Holder.rep(A));
        assertThat(d.outcome().bonus()).containsExactly(share(A, "100"));
        assertThat(d.ruleIds()).extracting(Object::toString).contains("ATT-13");
    }

    @Test
    @DisplayName("ATT-14 forgot who received them: unrelated to the earlier rep, unless A finds B's valid registration: 50/50 to whoever closes")
    void forgot_who() {
        AttributionCase notFound = visit().addPriorVisits(new PriorVisit(LocalDate.of(2025, 2, 1), B))
                .statement(says().forgotWhoReceived(true).build()).deal(dealBy(A)).build();
        assertThat(decide(notFound).bonus()).containsExactly(share(A, "100"));
        AttributionCase found = visit().addRegistrations(reg(B, "2025-06-01T10:00"))
                .statement(says().forgotWhoReceived(true).build()).deal(dealBy(B)).build();
        Attribution at = decide(found);
        assertThat(at.performance()).contains(Holder.rep(B));
        assertThat(at.bonus()).containsExactly(share(A, "50"), share(B, "50"));
        AttributionCase closedByA = visit().addRegistrations(reg(B, "2025-06-01T10:00"))
                .statement(says().forgotWhoReceived(true).build()).deal(dealBy(A)).build();
        assertThat(decide(closedByA).performance()).contains(Holder.rep(A));
        AttributionCase lapsed = visit().addRegistrations(reg(B, "2025-01-01T10:00"))
                .statement(says().forgotWhoReceived(true).build()).deal(dealBy(A)).build();
        assertThat(decide(lapsed).bonus()).containsExactly(share(A, "100"));
    }

    @Test
    @DisplayName("ATT-15 a customer who designates A on the Nth visit: A 50%, 50% to the earlier receivers")
    void designated_on_nth_visit() {
        AttributionCase one = visit().addRegistrations(reg(B, "2025-05-20T10:00"))
                .addPriorVisits(new PriorVisit(LocalDate.of(2025, 5, 20), B))
                .statement(says().askedFor(A).build()).deal(dealBy(A)).build();
        assertThat(decide(one).bonus()).containsExactly(share(A, "50"), share(B, "50"));
        AttributionCase three = visit().addRegistrations(reg(B, "2025-05-20T10:00"), reg(C, "2025-05-25T10:00"),
                        reg(D, "2025-06-01T10:00"))
                .statement(says().askedFor(A).build()).deal(dealBy(A)).build();
        Attribution at = decide(three);
        assertThat(at.performance()).contains(Holder.rep(A));
        assertThat(at.bonus()).containsExactly(share(A, "50"), share(B, "16.6667"), share(C, "16.6667"), share(D, "16.6666"));
        assertThat(at.split(Money.yuan(100)).values().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(Money.yuan(100));
    }

    @Test
    @DisplayName("ATT-16 follow-up and after-sales belong to the performance holder")
    void follow_up_owner() {
        Attribution at = decide(visit().receivedBy(C).present(Set.of(A, C)).addRegistrations(reg(B, "2025-06-01T10:00"))
                .statement(says().addNamedReps(B).build()).deal(dealBy(C)).build());
        assertThat(at.followUp()).contains(B);
    }

    @Test
    @DisplayName("ATT-17 a new customer brought by an existing customer belongs to that customer's original rep")
    void referral() {
        Decision<Attribution> d = policy.decide(visit().referredByCustomerOf(D).deal(dealBy(A)).build());
        assertThat(d.outcome().owner()).isEqualTo(Holder.rep(D));
        assertThat(d.outcome().bonus()).containsExactly(share(D, "100"));
        assertThat(d.ruleIds()).extracting(Object::toString).contains("ATT-17");
    }

    @Test
    @DisplayName("ATT-18 household members who visit separately belong to the rep who received the first of them")
    void household() {
        Decision<Attribution> d = policy.decide(visit().householdFirstReceivedBy(C).build());
        assertThat(d.outcome().owner()).isEqualTo(Holder.rep(C));
        assertThat(d.outcome().followUp()).contains(C);
        assertThat(d.outcome().performance()).isEmpty();
        assertThat(d.ruleIds()).extracting(Object::toString).contains("ATT-18");
    }

    @Test
    @DisplayName("ATT-20 at exhibitions and launch events the host's strategy decides")
    void event_strategy() {
        AttributionPolicy withEvents = AttributionPolicy.builder()
                .eventOwnership(c -> new Attribution(Holder.rep(D), Optional.of(Holder.rep(D)),
                        List.of(new BonusShare(Holder.rep(D), Share.ALL)), Optional.of(D), false))
                .build();
        Decision<Attribution> d = withEvents.decide(visit().event("2025 spring launch").deal(dealBy(A)).build());
        assertThat(d.outcome().owner()).isEqualTo(Holder.rep(D));
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactly("ATT-20");
    }

    @Test
    @DisplayName("ATT-21 disputes: as agreed or mediated; a quarrel sends everything to the department")
    void disputes() {
        Attribution agreed = decide(visit().deal(dealBy(A))
                .dispute(new Dispute.Agreed(Holder.rep(B), List.of(share(A, "30"), share(B, "70")), true)).build());
        assertThat(agreed.performance()).contains(Holder.rep(B));
        assertThat(agreed.bonus()).containsExactly(share(A, "30"), share(B, "70"));
        Decision<Attribution> quarrel = policy.decide(visit().deal(dealBy(A)).dispute(new Dispute.Quarrel()).build());
        assertThat(quarrel.outcome().performance()).contains(Holder.DEPARTMENT);
        assertThat(quarrel.outcome().bonus()).containsExactly(new BonusShare(Holder.DEPARTMENT, Share.ALL));
        assertThat(quarrel.outcome().followUp()).isEmpty();
        assertThat(quarrel.explain(Locale.ENGLISH)).contains("manager assigns the follow-up");
    }

    @Test
    @DisplayName("ATT-21 the manager decides an uncovered case; a rep who refuses loses their part to the department")
    void manager_decision() {
        Attribution accepted = decide(visit().deal(dealBy(A))
                .dispute(new Dispute.ManagerDecision(Holder.rep(A), List.of(share(A, "60"), share(C, "40")), Set.of())).build());
        assertThat(accepted.bonus()).containsExactly(share(A, "60"), share(C, "40"));
        Attribution refused = decide(visit().deal(dealBy(A))
                .dispute(new Dispute.ManagerDecision(Holder.rep(A), List.of(share(A, "60"), share(C, "40")), Set.of(A))).build());
        assertThat(refused.performance()).contains(Holder.DEPARTMENT);
        assertThat(refused.bonus()).containsExactly(new BonusShare(Holder.DEPARTMENT, Share.ofPercent(60)), share(C, "40"));
    }

    @Test
    @DisplayName("ATT-9 ATT-13 conflicting facts: the bigger-discount rule wins over a refusal, and the decision says so")
    void conflicting_facts() {
        AttributionCase c = visit().receivedBy(A).addRegistrations(reg(B, "2025-06-01T10:00"))
                .statement(says().cameForBiggerDiscount(true).addRefused(B).askedFor(A).build()).deal(dealBy(A)).build();
        Decision<Attribution> d = policy.decide(c);
        assertThat(d.outcome().bonus()).containsExactly(share(B, "100"));
        assertThat(d.ruleIds()).extracting(Object::toString).contains("ATT-13").doesNotContain("ATT-9");
    }

    @Test
    @DisplayName("ATT-7 registration validity is configurable")
    void configurable_validity() {
        AttributionPolicy oneMonth = AttributionPolicy.builder()
                .registrationValidity(RegistrationValidity.of(java.time.Period.ofMonths(1))).build();
        AttributionCase c = visit().present(Set.of(A, C)).addRegistrations(reg(B, "2025-05-01T10:00")).deal(dealBy(A)).build();
        assertThat(oneMonth.decide(c).outcome().bonus()).containsExactly(share(A, "100"));
        assertThat(policy.decide(c).outcome().bonus()).containsExactly(share(A, "50"), share(B, "50"));
        assertThat(oneMonth.validity().period()).isEqualTo(java.time.Period.ofMonths(1));
        assertThat(VISIT).isEqualTo(LocalDate.of(2025, 6, 10));
    }

    @Test
    @DisplayName("ATT-15 ATT-7 an earlier receiver whose registration has lapsed gets no part of the 50%")
    void designated_lapsed_earlier_receiver() {
        AttributionCase c = visit().addRegistrations(reg(B, "2025-05-20T10:00"), reg(C, "2025-03-01T10:00"))
                .addPriorVisits(new PriorVisit(LocalDate.of(2025, 3, 1), C), new PriorVisit(LocalDate.of(2025, 5, 20), B))
                .statement(says().askedFor(A).build()).deal(dealBy(A)).build();
        assertThat(decide(c).bonus()).containsExactly(share(A, "50"), share(B, "50"));
    }

    @Test
    @DisplayName("ATT-11 ATT-17 ATT-18 a rep whose complaint was verified is left out of referral and household links too")
    void complaint_overrides_links() {
        CustomerStatement complaint = says().complainedAbout(D).complaintVerified(true).build();
        assertThat(decide(visit().referredByCustomerOf(D).statement(complaint).deal(dealBy(A)).build()).bonus())
                .containsExactly(share(A, "100"));
        assertThat(decide(visit().householdFirstReceivedBy(D).statement(complaint).deal(dealBy(A)).build()).bonus())
                .containsExactly(share(A, "100"));
        assertThat(decide(visit().householdFirstReceivedBy(C).statement(complaint).deal(dealBy(A)).build()).bonus())
                .containsExactly(share(C, "100"));
    }

    @Test
    @DisplayName("ATT-4 ATT-10 a first-time visitor who asked for a rep by name is treated as naming them")
    void asked_for_first_visit() {
        Attribution at = decide(visit().statement(says().askedFor(C).build()).deal(dealBy(C)).build());
        assertThat(at.owner()).isEqualTo(Holder.rep(C));
        assertThat(at.countsTowardRotation()).isFalse();
        Attribution rotationOff = decide(visit().onRotation(false).deal(dealBy(A)).build());
        assertThat(rotationOff.countsTowardRotation()).isFalse();
    }
}
