package dev.kefu.sales.attribution;

import static dev.kefu.sales.attribution.Cases.A;
import static dev.kefu.sales.attribution.Cases.B;
import static dev.kefu.sales.attribution.Cases.C;
import static dev.kefu.sales.attribution.Cases.dealBy;
import static dev.kefu.sales.attribution.Cases.reg;
import static dev.kefu.sales.attribution.Cases.says;
import static dev.kefu.sales.attribution.Cases.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AttributionInputTest {

    private final AttributionPolicy policy = AttributionPolicy.standard();

    private static List<String> paths(Runnable r) {
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class, r::run);
        return e.violations().stream().map(Violation::path).toList();
    }

    @Test
    @DisplayName("ATT-1 a rep both absent and receiving is refused")
    void absent_receiver() {
        assertThat(paths(() -> policy.decide(visit().present(Set.of(B)).build()))).containsExactly("receivedBy");
        assertThat(paths(() -> policy.decide(visit().assistedBy(C).present(Set.of(A)).build()))).containsExactly("assistedBy");
    }

    @Test
    @DisplayName("ATT-7 a deal dated before the first visit is refused")
    void deal_before_first_visit() {
        assertThat(paths(() -> policy.decide(visit().addPriorVisits(new PriorVisit(LocalDate.of(2025, 5, 1), B))
                .deal(dealBy(A, LocalDate.of(2025, 4, 30))).build()))).containsExactly("deal.date");
        assertThat(policy.decide(visit().addPriorVisits(new PriorVisit(LocalDate.of(2025, 5, 1), B))
                .deal(dealBy(A, LocalDate.of(2025, 5, 1))).build()).outcome().performance()).isPresent();
    }

    @Test
    @DisplayName("ATT-6 an unknown rep anywhere is refused, naming where; later visits and registrations too")
    void unknown_rep() {
        EmployeeId x = EmployeeId.of("X");
        assertThat(paths(() -> policy.decide(visit().addPresent(x).addRegistrations(reg(x, "2025-06-01T10:00"))
                .statement(says().addNamedReps(x).askedFor(x).addRefused(x).complainedAbout(x).build())
                .referredByCustomerOf(x).householdFirstReceivedBy(x).deal(dealBy(x))
                .addPriorVisits(new PriorVisit(LocalDate.of(2025, 7, 1), x)).build())))
                .contains("present[4]", "registrations[0].rep", "statement.namedReps[0]", "statement.askedFor", "statement.refused",
                        "statement.complainedAbout", "referredByCustomerOf", "householdFirstReceivedBy", "deal.closedBy",
                        "priorVisits[0].receivedBy", "priorVisits[0].date");
        assertThat(paths(() -> policy.decide(visit().addRegistrations(reg(B, "2025-06-11T10:00")).build())))
                .containsExactly("registrations[0].registeredAt");
    }

    @Test
    @DisplayName("ATT-21 dispute shares that do not total 100% are refused")
    void dispute_shares() {
        assertThat(paths(() -> policy.decide(visit().dispute(new Dispute.Agreed(Holder.rep(A),
                List.of(new BonusShare(Holder.rep(A), Share.ofPercent(60)), new BonusShare(Holder.rep(B), Share.ofPercent(30))), false))
                .build()))).containsExactly("dispute.bonus");
        assertThat(paths(() -> policy.decide(visit().dispute(new Dispute.ManagerDecision(Holder.rep(EmployeeId.of("X")),
                List.of(), Set.of(EmployeeId.of("Y")))).build())))
                .containsExactly("dispute.performance", "dispute.bonus", "dispute.refusedBy");
        assertThat(paths(() -> policy.decide(visit().dispute(new Dispute.Agreed(null, null, false)).build())))
                .containsExactly("dispute.performance", "dispute.bonus");
    }

    @Test
    @DisplayName("ATT-20 an event case without a configured strategy is refused as misconfiguration")
    void event_without_strategy() {
        assertThat(paths(() -> policy.decide(visit().event("expo").build()))).containsExactly("event");
    }

    @Test
    @DisplayName("ATT-6 a case missing its required facts lists every one")
    void missing_facts() {
        assertThat(paths(() -> ImmutableAttributionCase.builder().build()))
                .contains("customer", "team", "visitDate", "receivedBy");
        assertThat(paths(() -> policy.decide(null))).containsExactly("case");
        assertThatThrownBy(() -> new Registration(null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new PriorVisit(null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new Deal(null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new BonusShare(null, null)).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("CORE-MONEY-1 an attribution whose bonus shares do not total 100% cannot exist; no deal, no split")
    void attribution_invariants() {
        assertThatThrownBy(() -> new Attribution(Holder.rep(A), Optional.of(Holder.rep(A)),
                List.of(new BonusShare(Holder.rep(A), Share.ofPercent(90))), Optional.of(A), true))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("100%");
        Attribution noDeal = policy.decide(visit().build()).outcome();
        assertThatThrownBy(() -> noDeal.split(Money.yuan(100))).hasMessageContaining("no deal");
        assertThatThrownBy(() -> new Attribution(null, null, null, null, false)).isInstanceOf(PolicyInputException.class);
        assertThat(Holder.rep(A)).hasToString("A");
        assertThat(Holder.DEPARTMENT).hasToString("department");
        assertThat(new BonusShare(Holder.rep(A), Share.HALF)).hasToString("A 50%");
    }

    @Test
    @DisplayName("ATT-7 a registration is valid through the corresponding day two months later (Civil Code arts. 201-203)")
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
    @DisplayName("ATT-7 registrations on the 29th-31st end on the month's last day when it has no such day")
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
        assertThat(v.toString()).contains("P2M");
        assertThatThrownBy(() -> RegistrationValidity.of(Period.ZERO)).hasMessageContaining("period");
        assertThatThrownBy(() -> RegistrationValidity.of(null)).hasMessageContaining("period");
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
        assertThat(serious.describe(Locale.ENGLISH)).isEqualTo("the month's base pay withheld, 50% of the month's bonus withheld");
        assertThat(CustomerGrabbing.sanction(A, CustomerGrabbing.Severity.SERIOUS).ruleIds()).extracting(Object::toString)
                .containsExactly("ATT-2");
        assertThatThrownBy(() -> CustomerGrabbing.sanction(null, null)).hasMessageContaining("rep").hasMessageContaining("severity");
    }
}
