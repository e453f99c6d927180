package dev.kefu.sales.attribution;

import static dev.kefu.sales.attribution.Cases.A;
import static dev.kefu.sales.attribution.Cases.B;
import static dev.kefu.sales.attribution.Cases.C;
import static dev.kefu.sales.attribution.Cases.dealBy;
import static dev.kefu.sales.attribution.Cases.firstVisit;
import static dev.kefu.sales.attribution.Cases.reg;
import static dev.kefu.sales.attribution.Cases.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AttributionInputTest {

    private final AttributionPolicy policy = AttributionPolicy.regulation();

    private static List<String> paths(Runnable r) {
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class, r::run);
        return e.violations().stream().map(Violation::path).toList();
    }

    @Test
    @DisplayName("ATT-1 a rep both absent and receiving is refused")
    void absent_receiver() {
        assertThat(paths(() -> Cases.returning(B).build())).containsExactly("receivedBy");
    }

    @Test
    @DisplayName("ATT-7 a deal dated before the first visit is refused")
    void deal_before_first_visit() {
        assertThat(paths(() -> visit().priorVisits(new PriorVisit(LocalDate.of(2025, 5, 1), B))
                .deal(dealBy(A, LocalDate.of(2025, 4, 30))).build())).containsExactly("deal.date");
        assertThat(policy.decide(visit().priorVisits(new PriorVisit(LocalDate.of(2025, 5, 1), B))
                .deal(dealBy(A, LocalDate.of(2025, 5, 1))).build()).outcome().performance()).isPresent();
    }

    @Test
    @DisplayName("ATT-6 an unknown rep anywhere is refused, naming where; later visits and registrations too")
    void unknown_rep() {
        EmployeeId x = EmployeeId.of("X");
        assertThat(paths(() -> visit().present(x).registrations(reg(x, "2025-06-01T10:00")).mentions(x).designates(x)
                .identifiedAtVisit(x).motive(new VisitMotive.Referral(x)).deal(dealBy(x))
                .priorVisits(new PriorVisit(LocalDate.of(2025, 7, 1), x)).build()))
                .contains("present[4]", "registrations[0].rep", "mentioned[0]", "designated", "identifiedAtVisit[0]",
                        "motives[0].originalRep", "deal.closedBy", "priorVisits[0].receivedBy", "priorVisits[0].date");
        assertThat(paths(() -> visit().registrations(reg(B, "2025-06-11T10:00")).build()))
                .containsExactly("registrations[0].registeredAt");
    }

    @Test
    @DisplayName("ATT-3 ATT-9 ATT-11 ATT-14 contradictory visit facts are refused: a first visit with earlier reps, turning down an unidentified rep, designating a rep turned down, a complaint about a rep not mentioned, forgetting yet mentioning")
    void contradictions() {
        assertThat(paths(() -> firstVisit(A).mentions(B).identifiedAtVisit(C).priorVisits(new PriorVisit(LocalDate.of(2025, 5, 1), B))
                .registrations(reg(B, "2025-05-01T10:00")).motive(new VisitMotive.ForgotWho()).build()))
                .contains("priorVisits", "mentioned", "identifiedAtVisit", "registrations[0]", "motives[0]");
        assertThat(paths(() -> visit().turnedDown(B).build())).containsExactly("turnedDown[0]");
        assertThat(paths(() -> visit().mentions(B).turnedDown(B).designates(B).build())).containsExactly("designated");
        assertThat(paths(() -> visit().motive(new VisitMotive.ComplaintAbout(B, ComplaintStatus.VERIFIED)).build()))
                .containsExactly("motives[0].rep");
        assertThat(paths(() -> visit().mentions(B).motive(new VisitMotive.ForgotWho()).build())).containsExactly("motives[0]");
        assertThat(paths(() -> visit().motive(new VisitMotive.ForgotWho()).motive(new VisitMotive.ForgotWho()).build()))
                .containsExactly("motives[1]");
        assertThat(paths(() -> visit().mentions(B, B).build())).containsExactly("mentioned[1]");
        assertThat(paths(() -> visit().motive(new VisitMotive.Exhibition(" ")).build())).containsExactly("motives[0].event");
        assertThat(paths(() -> visit().motive(new VisitMotive.ComplaintAbout(null, null)).motive(new VisitMotive.Referral(null))
                .motive(new VisitMotive.HouseholdMember(null)).build()))
                .contains("motives[0].rep", "motives[0].status", "motives[1].originalRep", "motives[2].firstMemberRep");
    }

    @Test
    @DisplayName("ATT-19 reassignments: the assignee in the team, a departed rep never present, no repeats")
    void reassignments() {
        EmployeeId gone = EmployeeId.of("G");
        assertThat(paths(() -> visit().reassigned(new Reassigned(gone, EmployeeId.of("Z"))).reassigned(new Reassigned(gone, gone))
                .reassigned(new Reassigned(null, B)).reassigned(null).build()))
                .contains("reassigned[0].assignee", "reassigned[1].departed", "reassigned[1].assignee", "reassigned[2]", "reassigned[3]");
        assertThat(paths(() -> visit().reassigned(new Reassigned(B, C)).build())).containsExactly("present[1]");
    }

    @Test
    @DisplayName("ATT-21 dispute shares that do not total 100% are refused")
    void dispute_shares() {
        assertThat(paths(() -> visit().dispute(new Dispute.Agreed(Holder.rep(A),
                List.of(new BonusShare(Holder.rep(A), Share.ofPercent(60)), new BonusShare(Holder.rep(B), Share.ofPercent(30))),
                Settlement.NEGOTIATED)).build())).containsExactly("dispute.bonus");
        assertThat(paths(() -> visit().dispute(new Dispute.ManagerDecision(Holder.rep(EmployeeId.of("X")),
                List.of(), Set.of(EmployeeId.of("Y")))).build()))
                .containsExactly("dispute.performance", "dispute.bonus", "dispute.refusedBy[0]");
        assertThat(paths(() -> visit().dispute(new Dispute.Agreed(null, null, null)).build()))
                .containsExactly("dispute.settlement", "dispute.performance", "dispute.bonus");
        assertThat(paths(() -> visit().dispute(new Dispute.ManagerDecision(Holder.DEPARTMENT, Arrays.asList((BonusShare) null), null))
                .build())).containsExactly("dispute.bonus[0]", "dispute.refusedBy");
        assertThat(paths(() -> visit().dispute(new Dispute.ManagerDecision(Holder.DEPARTMENT,
                List.of(new BonusShare(Holder.DEPARTMENT, Share.ALL)), new HashSet<>(Arrays.asList((EmployeeId) null)))).build()))
                .containsExactly("dispute.refusedBy[0]");
    }

    @Test
    @DisplayName("ATT-20 an exhibition case without a configured method is refused as misconfiguration; a bad answer from the method too")
    void event_without_strategy() {
        assertThat(paths(() -> policy.decide(visit().motive(new VisitMotive.Exhibition("expo")).build()))).containsExactly("motives");
        AttributionPolicy bad = AttributionPolicy.builder().firstVisitHelperShare(FirstVisitHelperShare.none())
                .eventOwnership(c -> new EventOwnership(Holder.rep(A), null, List.of(new BonusShare(Holder.rep(A), Share.HALF)))).build();
        assertThat(paths(() -> bad.decide(visit().motive(new VisitMotive.Exhibition("expo")).deal(dealBy(A)).build())))
                .containsExactly("eventOwnership.performance");
        AttributionPolicy half = AttributionPolicy.builder().firstVisitHelperShare(FirstVisitHelperShare.none())
                .eventOwnership(c -> new EventOwnership(Holder.rep(A), Holder.rep(A), List.of(new BonusShare(Holder.rep(A), Share.HALF))))
                .build();
        assertThat(paths(() -> half.decide(visit().motive(new VisitMotive.Exhibition("expo")).deal(dealBy(A)).build())))
                .containsExactly("eventOwnership.bonus");
        AttributionPolicy nothing = AttributionPolicy.builder().firstVisitHelperShare(FirstVisitHelperShare.none())
                .eventOwnership(c -> null).build();
        assertThat(paths(() -> nothing.decide(visit().motive(new VisitMotive.Exhibition("expo")).build())))
                .containsExactly("eventOwnership");
    }

    @Test
    @DisplayName("ATT-6 bad-input #11 #96 #97 #116 #117: nulls anywhere in a case are refused at build(), listing every one; no setter throws")
    void missing_facts() {
        assertThat(paths(() -> AttributionCase.builder().build()))
                .contains("customer", "team", "visitDate", "visit", "receivedBy");
        assertThat(paths(() -> visit().team(Arrays.asList(A, null)).build())).containsExactly("team[1]");
        assertThat(paths(() -> visit().priorVisits(Arrays.asList((PriorVisit) null)).registrations(Arrays.asList((Registration) null))
                .designates(null).deal(null).dispute(null).mentions((EmployeeId) null).identifiedAtVisit((EmployeeId[]) null)
                .turnedDown((EmployeeId) null).motive(null).present((List<EmployeeId>) null).build()))
                .contains("priorVisits[0]", "registrations[0]", "designated", "deal", "dispute", "mentioned[0]", "identifiedAtVisit",
                        "turnedDown[0]", "motives[0]", "present");
        assertThat(paths(() -> policy.decide(null))).containsExactly("case");
        assertThatThrownBy(() -> new Registration(null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new PriorVisit(null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new Deal(null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new BonusShare(null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Holder.rep(null)).as("bad-input #115").isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("ATT-7 bad-input #98 #126-#128: extreme and null dates are PolicyInputException, never DateTimeException or NPE")
    void extreme_dates() {
        AttributionCase atMax = AttributionCase.builder().customer(dev.kefu.core.id.CustomerId.of("X")).team(A, B).present(A, B)
                .visitDate(LocalDate.MAX).visit(VisitKind.RETURNING).receivedBy(A).designates(A)
                .registrations(new Registration(B, LocalDateTime.MAX)).build();
        assertThatThrownBy(() -> policy.decide(atMax)).isInstanceOf(PolicyInputException.class);
        Registration max = new Registration(A, LocalDateTime.MAX);
        assertThatThrownBy(() -> RegistrationValidity.TWO_MONTHS.lastValidDay(max)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> RegistrationValidity.TWO_MONTHS.lastValidDay(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> RegistrationValidity.TWO_MONTHS.isValidOn(max, null)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("day");
        Registration min = new Registration(A, LocalDateTime.MIN);
        assertThat(RegistrationValidity.TWO_MONTHS.isValidOn(min, LocalDate.MAX)).isFalse();
    }

    @Test
    @DisplayName("ATT-4 ATT-7 ATT-20 bad-input #94 #95: policy builder setters never throw; build() names every bad or missing setting")
    void builder_settings() {
        assertThat(paths(() -> AttributionPolicy.builder().build())).containsExactly("firstVisitHelperShare");
        assertThat(paths(() -> AttributionPolicy.builder().registrationValidity(null).eventOwnership(null).firstVisitHelperShare(null)
                .build())).containsExactly("registrationValidity", "eventOwnership", "firstVisitHelperShare");
        assertThatThrownBy(() -> FirstVisitHelperShare.of(Share.ZERO)).hasMessageContaining("firstVisitHelperShare");
        assertThatThrownBy(() -> FirstVisitHelperShare.of(Share.ALL)).hasMessageContaining("firstVisitHelperShare");
        assertThatThrownBy(() -> FirstVisitHelperShare.of(null)).hasMessageContaining("firstVisitHelperShare");
        assertThat(FirstVisitHelperShare.none().share()).isEqualTo(Share.ZERO);
        assertThat(FirstVisitHelperShare.of(Share.ofPercent(5)).toString()).contains("5%");
        assertThatThrownBy(() -> RegistrationValidity.ofMonths(0)).hasMessageContaining("months");
        assertThat(AttributionPolicy.regulation().validity()).isSameAs(RegistrationValidity.TWO_MONTHS);
        assertThat(AttributionPolicy.regulation().firstVisitHelperShare()).isSameAs(FirstVisitHelperShare.none());
    }

    @Test
    @DisplayName("CORE-MONEY-1 bad-input #10 #93: an attribution whose shares do not total 100% cannot exist; a negative bonus is refused")
    void attribution_invariants() {
        assertThatThrownBy(() -> new Attribution(PrecedenceLine.LINE_7, Standing.FINAL, Holder.rep(A), Optional.of(Holder.rep(A)),
                List.of(new BonusShare(Holder.rep(A), Share.ofPercent(90))), Optional.of(A), RotationTurn.TURN_USED))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("100%");
        Attribution noDeal = policy.decide(visit().build()).outcome();
        assertThatThrownBy(() -> noDeal.split(Money.yuan(100))).hasMessageContaining("no deal");
        assertThatThrownBy(() -> new Attribution(null, null, null, null, null, null, null)).isInstanceOf(PolicyInputException.class);
        List<BonusShare> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new Attribution(PrecedenceLine.LINE_7, Standing.FINAL, Holder.rep(A), Optional.empty(), withNull,
                Optional.empty(), RotationTurn.NO_TURN)).isInstanceOf(PolicyInputException.class).hasMessageContaining("bonus[0]");
        Attribution deal = policy.decide(visit().deal(dealBy(A)).build()).outcome();
        assertThatThrownBy(() -> deal.split(Money.of("-1000.00"))).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> deal.split(null)).isInstanceOf(PolicyInputException.class);
        assertThat(deal.split(Money.ZERO)).containsEntry(Holder.rep(A), Money.ZERO);
        assertThat(Holder.rep(A)).hasToString("A");
        assertThat(Holder.DEPARTMENT).hasToString("department");
        assertThat(new BonusShare(Holder.rep(A), Share.HALF)).hasToString("A 50%");
    }

    @Test
    @DisplayName("ATT-7 a registration is valid through the corresponding day two months later (CORE-CAL-4, Civil Code arts. 201-203)")
    void civil_code_months() {
        RegistrationValidity v = RegistrationValidity.TWO_MONTHS;
        Registration march15 = new Registration(A, LocalDateTime.parse("2025-03-15T18:00"));
        assertThat(v.lastValidDay(march15)).isEqualTo(LocalDate.of(2025, 5, 15));
        assertThat(v.isValidOn(march15, LocalDate.of(2025, 5, 15))).isTrue();
        assertThat(v.isValidOn(march15, LocalDate.of(2025, 5, 16))).isFalse();
        assertThat(v.isValidOn(march15, LocalDate.of(2025, 3, 15))).isTrue();
        assertThat(v.isValidOn(march15, LocalDate.of(2025, 3, 14))).isFalse();
    }

    @Test
    @DisplayName("ATT-7 CORE-CAL-4 registrations on the 29th-31st end on the month's last day when it has no such day")
    void month_ends() {
        RegistrationValidity v = RegistrationValidity.TWO_MONTHS;
        record Row(String registered, String lastValid) {
        }
        for (Row r : List.of(new Row("2024-12-31", "2025-02-28"), new Row("2024-12-30", "2025-02-28"),
                new Row("2024-12-29", "2025-02-28"), new Row("2023-12-29", "2024-02-29"), new Row("2023-12-30", "2024-02-29"),
                new Row("2025-03-31", "2025-05-31"), new Row("2025-07-31", "2025-09-30"), new Row("2025-08-31", "2025-10-31"),
                new Row("2025-06-30", "2025-08-30"))) {
            Registration reg = new Registration(A, LocalDate.parse(r.registered()).atTime(9, 0));
            LocalDate last = LocalDate.parse(r.lastValid());
            assertThat(v.lastValidDay(reg)).as(r.registered()).isEqualTo(last);
            assertThat(v.isValidOn(reg, last)).as(r.registered()).isTrue();
            assertThat(v.isValidOn(reg, last.plusDays(1))).as(r.registered()).isFalse();
        }
    }

    @Test
    @DisplayName("ATT-2 grabbing customers: the day's base pay; seriously: the month's base pay and 50% of the month's bonus")
    void grabbing_sanction() {
        var normal = CustomerGrabbing.sanction(A, CustomerGrabbing.Severity.NORMAL);
        assertThat(normal.outcome().measures()).containsExactly(new SanctionMeasure.PayWithheld(SanctionMeasure.PayComponent.DAY_BASE_PAY));
        assertThat(normal.explain(Locale.CHINA)).contains("扣当日底薪");
        Sanction serious = CustomerGrabbing.sanction(A, CustomerGrabbing.Severity.SERIOUS).outcome();
        assertThat(serious.measures()).containsExactly(new SanctionMeasure.PayWithheld(SanctionMeasure.PayComponent.MONTH_BASE_PAY),
                new SanctionMeasure.BonusShareWithheld(Share.HALF));
        assertThat(CustomerGrabbing.sanction(A, CustomerGrabbing.Severity.SERIOUS).ruleIds()).extracting(Object::toString)
                .containsExactly("ATT-2");
        assertThatThrownBy(() -> CustomerGrabbing.sanction(null, null)).hasMessageContaining("rep").hasMessageContaining("severity");
    }

    @Test
    @DisplayName("ATT-3 ATT-2 a rep on turn who fails to receive actively is sanctioned as neglecting a customer (怠慢客戶), severity per case")
    void failed_to_receive_on_turn() {
        var d = CustomerGrabbing.failedToReceiveOnTurn(B, CustomerGrabbing.Severity.NORMAL);
        assertThat(d.outcome().measures()).containsExactly(new SanctionMeasure.PayWithheld(SanctionMeasure.PayComponent.DAY_BASE_PAY));
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactlyInAnyOrder("ATT-2", "ATT-3");
        assertThat(d.explain(Locale.ENGLISH)).contains("[ATT-3] B, on turn, failed to receive");
        assertThat(CustomerGrabbing.failedToReceiveOnTurn(B, CustomerGrabbing.Severity.SERIOUS).outcome().measures()).hasSize(2);
        assertThatThrownBy(() -> CustomerGrabbing.failedToReceiveOnTurn(null, null)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("severity");
    }

    @Test
    @DisplayName("CORE-DEC-1 every enum a host shows has an English and a Chinese label in the bundles; bundles have the same keys")
    void enum_labels() {
        MessageBundle att = AttributionMessages.BUNDLE;
        MessageBundle rec = dev.kefu.sales.reception.ReceptionMessages.BUNDLE;
        List<Class<? extends Enum<?>>> attEnums = List.of(VisitKind.class, ComplaintStatus.class, Standing.class, RotationTurn.class,
                Settlement.class, PrecedenceLine.class, CustomerGrabbing.Severity.class);
        for (Class<? extends Enum<?>> e : attEnums) {
            for (Enum<?> c : e.getEnumConstants()) {
                for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                    assertThat(att.contains(l, "label." + e.getSimpleName() + "." + c.name())).as(c + " " + l).isTrue();
                }
            }
        }
        for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(dev.kefu.sales.reception.Availability.class,
                dev.kefu.sales.reception.ReceptionKind.class)) {
            for (Enum<?> c : e.getEnumConstants()) {
                for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                    assertThat(rec.contains(l, "label." + e.getSimpleName() + "." + c.name())).as(c + " " + l).isTrue();
                }
            }
        }
        assertThat(att.keys(Locale.ENGLISH)).isEqualTo(att.keys(Locale.SIMPLIFIED_CHINESE));
        assertThat(rec.keys(Locale.ENGLISH)).isEqualTo(rec.keys(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    @DisplayName("ATT-6 each required fact missing alone is a PolicyInputException naming it, never a NullPointerException")
    void each_required_fact_alone() {
        assertThat(paths(() -> visit().customer(null).build())).containsExactly("customer");
        assertThat(paths(() -> visit().visitDate(null).registrations(reg(B, "2025-05-01T10:00"))
                .priorVisits(new PriorVisit(LocalDate.of(2025, 5, 1), B)).deal(dealBy(A)).build())).containsExactly("visitDate");
        assertThat(paths(() -> visit().visit(null).mentions(B).build())).containsExactly("visit");
        assertThat(paths(() -> visit().receivedBy(null).build())).containsExactly("receivedBy");
        assertThat(paths(() -> AttributionCase.builder().customer(dev.kefu.core.id.CustomerId.of("X")).visitDate(LocalDate.MIN)
                .visit(VisitKind.RETURNING).receivedBy(A).build())).containsExactly("team");
    }

    @Test
    @DisplayName("ATT-6 ATT-11 ATT-19 ATT-21 an unknown rep in a reassignment, identification, motive or dispute is refused, naming where")
    void unknown_rep_elsewhere() {
        EmployeeId x = EmployeeId.of("X");
        assertThat(paths(() -> visit().mentions(x).identifiedAtVisit(x).turnedDown(x).reassigned(new Reassigned(B, x))
                .motive(new VisitMotive.ComplaintAbout(x, ComplaintStatus.VERIFIED)).motive(new VisitMotive.HouseholdMember(x))
                .dispute(new Dispute.Agreed(Holder.rep(A), List.of(new BonusShare(Holder.rep(x), Share.ALL)), Settlement.NEGOTIATED))
                .build()))
                .contains("reassigned[0].assignee", "identifiedAtVisit[0]", "turnedDown[0]", "motives[0].rep",
                        "motives[1].firstMemberRep", "dispute.bonus[0]");
        assertThat(paths(() -> visit().mentions(B).designates(B).motive(new VisitMotive.ComplaintAbout(B, ComplaintStatus.VERIFIED)).build()))
                .containsExactly("motives[0].rep");
        assertThat(paths(() -> visit().dispute(new Dispute.ManagerDecision(Holder.rep(A), List.of(new BonusShare(Holder.rep(A), Share.ALL)),
                Set.of(x))).build())).containsExactly("dispute.refusedBy[0]");
        assertThat(RegistrationValidity.ofMonths(1).months()).isEqualTo(1);
        assertThat(paths(() -> AttributionPolicy.builder().registrationValidity(null).build()))
                .containsExactly("registrationValidity", "firstVisitHelperShare");
    }
}
