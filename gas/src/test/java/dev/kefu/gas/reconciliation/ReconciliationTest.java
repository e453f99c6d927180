package dev.kefu.gas.reconciliation;

import static dev.kefu.gas.Gas.at;
import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static dev.kefu.gas.Gas.zh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.gas.DeskRole;
import dev.kefu.gas.HostLabel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    static final EmployeeId WANG = EmployeeId.of("clerk-wang");
    static final EmployeeId LI = EmployeeId.of("card-li");
    static final HostLabel PROCEDURE = HostLabel.of("make-good", "收费员当日补齐或上交", "the collector makes good or hands in the difference");
    static final CloseOfBusinessReconciliation RECON = CloseOfBusinessReconciliation.builder().differenceProcedure(PROCEDURE).build();

    static PaymentLog log() {
        PaymentLog.Builder b = PaymentLog.builder(DAY);
        Collector w = b.collector(WANG);
        b.add(w, at("2026-11-24T09:10"), Money.of("86.40"));
        b.add(w, at("2026-11-24T16:30"), Money.of("120.00"));
        b.add(w, at("2026-11-24T16:59"), Money.of("30.00"));
        b.add(w, at("2026-11-24T17:00"), Money.of("50.00"));
        return b.build();
    }

    @Test
    @DisplayName("MTR-15: the difference procedure is a required setting, named at build()")
    void required_procedure() {
        rejects(() -> CloseOfBusinessReconciliation.builder().build(), "differenceProcedure");
        rejects(() -> CloseOfBusinessReconciliation.builder().differenceProcedure(null).zone(null).build(), "differenceProcedure", "zone");
        assertThat(RECON.differenceProcedure()).isEqualTo(PROCEDURE);
        assertThat(RECON.toString()).contains("make-good");
    }

    @Test
    @DisplayName("MTR-15: cash received equal to the system report balances")
    void balanced() {
        var d = RECON.reconcile(log(), Takings.builder().counted(WANG, Money.of("286.40")).build());
        ReconciliationReport r = d.outcome();
        assertThat(r.balanced()).isTrue();
        assertThat(r.systemTotal()).isEqualTo(Money.of("286.40"));
        assertThat(r.difference()).isEqualTo(Money.ZERO);
        assertThat(r.lines()).singleElement().satisfies(l -> {
            assertThat(l.balance()).isEqualTo(Balance.BALANCED);
            assertThat(l.payments()).isEqualTo(4);
            assertThat(l.coverPayments()).isZero();
        });
        assertThat(r.businessDay()).isEqualTo(DAY);
        assertThat(en(d)).contains("matches the system report (286.40 yuan)");
    }

    @Test
    @DisplayName("MTR-15: a shortfall of 0.01 yuan is a difference, recorded with its amount and the host's procedure")
    void short_by_one_fen() {
        var d = RECON.reconcile(log(), Takings.builder().counted(WANG, Money.of("286.39")).build());
        CollectorLine line = d.outcome().lines().get(0);
        assertThat(line.balance()).isEqualTo(Balance.SHORT);
        assertThat(line.difference()).isEqualTo(Money.of("-0.01"));
        assertThat(d.outcome().balanced()).isFalse();
        assertThat(en(d)).contains("Collector clerk-wang is short: system report 286.40 yuan, cash received 286.39 yuan, difference 0.01 yuan")
                .contains("the collector makes good");
        assertThat(zh(d)).contains("短款").contains("收费员当日补齐或上交");
    }

    @Test
    @DisplayName("MTR-15: more cash than the report is an over difference")
    void over() {
        var d = RECON.reconcile(log(), Takings.builder().counted(WANG, Money.of("300.00")).build());
        assertThat(d.outcome().lines().get(0).balance()).isEqualTo(Balance.OVER);
        assertThat(d.outcome().difference()).isEqualTo(Money.of("13.60"));
        assertThat(en(d)).contains("is over").contains("difference 13.60 yuan");
    }

    @Test
    @DisplayName("MTR-21: payments during the settlement window [16:30, 17:00) are the cover clerk's; 17:00 is the settling clerk's again")
    void settlement_cover_window() {
        SettlementCover cover = new SettlementCover(WANG, LI, DeskRole.CARD_SERVICE_CLERK, at("2026-11-24T16:30"), at("2026-11-24T17:00"));
        var d = RECON.reconcile(log(), Takings.builder().counted(WANG, Money.of("136.40")).counted(LI, Money.of("150.00")).build(), List.of(cover));
        assertThat(d.outcome().balanced()).isTrue();
        CollectorLine wang = d.outcome().lines().get(0);
        CollectorLine li = d.outcome().lines().get(1);
        assertThat(wang.systemTotal()).isEqualTo(Money.of("136.40"));
        assertThat(wang.payments()).isEqualTo(2);
        assertThat(li.collector()).isEqualTo(LI);
        assertThat(li.systemTotal()).isEqualTo(Money.of("150.00"));
        assertThat(li.coverPayments()).isEqualTo(2);
        assertThat(d.applied("MTR-21")).isTrue();
        assertThat(en(d)).contains("2 payments collected by card-li while covering a settlement count as theirs");
        assertThat(d.outcome().systemTotal()).isEqualTo(Money.of("286.40"));
    }

    @Test
    @DisplayName("MTR-21: a cover by someone other than a card-service clerk is reported; the collections are still theirs")
    void cover_by_wrong_role() {
        EmployeeId zhao = EmployeeId.of("clerk-zhao");
        SettlementCover cover = new SettlementCover(WANG, zhao, DeskRole.BILLING_CLERK, at("2026-11-24T16:00"), at("2026-11-24T18:00"));
        var d = RECON.reconcile(log(), Takings.builder().counted(WANG, Money.of("86.40")).counted(zhao, Money.of("200.00")).build(), List.of(cover));
        assertThat(d.outcome().balanced()).isTrue();
        assertThat(en(d)).contains("covered by clerk-zhao, a billing clerk").contains("2026-11-24 16:00");
        assertThat(zh(d)).contains("负责收费的营业员");
    }

    @Test
    @DisplayName("MTR-21: a settling clerk whose every payment was covered and who counted nothing has no line")
    void fully_covered() {
        SettlementCover cover = new SettlementCover(WANG, LI, DeskRole.CARD_SERVICE_CLERK, at("2026-11-24T00:00"), at("2026-11-25T00:00"));
        var d = RECON.reconcile(log(), Takings.builder().counted(LI, Money.of("286.40")).build(), List.of(cover));
        assertThat(d.outcome().lines()).extracting(CollectorLine::collector).containsExactly(LI);
    }

    @Test
    @DisplayName("MTR-15: a collector counted but with no payments is over by the count")
    void counted_without_payments() {
        EmployeeId zhao = EmployeeId.of("clerk-zhao");
        var d = RECON.reconcile(log(), Takings.builder().counted(WANG, Money.of("286.40")).counted(zhao, Money.of("5.00")).build());
        assertThat(d.outcome().lines().get(1).balance()).isEqualTo(Balance.OVER);
        assertThat(d.outcome().lines().get(1).systemTotal()).isEqualTo(Money.ZERO);
    }

    @Test
    @DisplayName("MTR-15: a collector with payments and no count, overlapping covers and nulls are malformed input")
    void malformed() {
        rejects(() -> RECON.reconcile(log(), Takings.builder().build()), "takings");
        rejects(() -> RECON.reconcile(null, null, null), "log", "takings", "covers");
        rejects(() -> RECON.reconcile(log(), Takings.builder().counted(WANG, Money.ZERO).build(), Arrays.asList((SettlementCover) null)), "covers[0]");
        SettlementCover a = new SettlementCover(WANG, LI, DeskRole.CARD_SERVICE_CLERK, at("2026-11-24T16:00"), at("2026-11-24T17:00"));
        SettlementCover b = new SettlementCover(WANG, LI, DeskRole.CARD_SERVICE_CLERK, at("2026-11-24T16:59"), at("2026-11-24T18:00"));
        rejects(() -> RECON.reconcile(log(), Takings.builder().counted(WANG, Money.ZERO).counted(LI, Money.ZERO).build(), List.of(a, b)), "covers");
        SettlementCover c = new SettlementCover(WANG, LI, DeskRole.CARD_SERVICE_CLERK, at("2026-11-24T17:00"), at("2026-11-24T18:00"));
        assertThat(RECON.reconcile(log(), Takings.builder().counted(WANG, Money.of("86.40")).counted(LI, Money.of("200.00")).build(), List.of(a, c))
                .outcome().balanced()).isTrue();
        rejects(() -> new SettlementCover(WANG, WANG, DeskRole.CARD_SERVICE_CLERK, at("2026-11-24T17:00"), at("2026-11-24T17:00")), "coverClerk", "to");
        rejects(() -> new SettlementCover(null, null, null, null, null), "settlingClerk", "coverClerk", "coverRole", "from", "to");
    }

    @Test
    @DisplayName("MTR-15: the payment log and the count reject malformed rows, naming each")
    void log_input() {
        PaymentLog.Builder other = PaymentLog.builder(DAY);
        Collector foreign = other.collector(WANG);
        PaymentLog.Builder b = PaymentLog.builder(null);
        Collector w = b.collector(WANG);
        assertThat(b.collector(WANG)).isSameAs(w);
        assertThat(w.employee()).isEqualTo(WANG);
        assertThat(w.toString()).contains("clerk-wang");
        b.collector(null);
        b.add(w, null, Money.ofFen(1));
        rejects(() -> b.add(foreign, Instant.EPOCH, Money.of("1.00")).addFen(w, 0, 0).addFen(w, 0, -5).build(),
                "businessDay", "collector", "payments[0]", "payments[0].collector", "payments[0].amount");
        PaymentLog.Builder many = PaymentLog.builder(DAY);
        Collector m = many.collector(WANG);
        for (int i = 0; i < 12; i++) {
            many.addFen(m, 0, 0);
        }
        rejects(many::build, "payments");
        rejects(() -> Takings.builder().counted(WANG, Money.of("-1.00")).counted(null, Money.ZERO).counted(LI, Money.ZERO).counted(LI, Money.ZERO).build(),
                "counted[0]", "counted[1]", "counted[3]");
    }

    @Test
    @DisplayName("MTR-15: the log keeps its collectors and totals, growing past its first capacity")
    void log_growth() {
        PaymentLog.Builder b = PaymentLog.builder(DAY).expect(10);
        Collector w = b.collector(WANG);
        for (int i = 0; i < 3000; i++) {
            b.addFen(w, i, 1);
        }
        PaymentLog log = b.build();
        assertThat(log.size()).isEqualTo(3000);
        assertThat(log.total()).isEqualTo(Money.of("30.00"));
        assertThat(log.collectors()).containsExactly(WANG);
        assertThat(log.businessDay()).isEqualTo(DAY);
        assertThat(PaymentLog.builder(DAY).expect(5000).build().size()).isZero();
    }
}
