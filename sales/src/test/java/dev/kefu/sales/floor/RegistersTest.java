package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.A;
import static dev.kefu.sales.floor.Fixtures.B;
import static dev.kefu.sales.floor.Fixtures.at;
import static dev.kefu.sales.floor.Fixtures.explained;
import static dev.kefu.sales.floor.Fixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistersTest {

    private static final EmployeeId ASSISTANT = EmployeeId.of("AS");
    private static final EmployeeId MANAGER = EmployeeId.of("M");
    private static final Map<EmployeeId, FloorRole> ROLES = Map.of(A, FloorRole.SALES_REP, B, FloorRole.SALES_REP,
            ASSISTANT, FloorRole.SALES_ASSISTANT, MANAGER, FloorRole.SALES_MANAGER);
    private static final Registers REGISTERS = Registers.builder().assistantDeadline(Duration.ofHours(2)).build();
    private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    private static final LocalDate TO = LocalDate.of(2026, 3, 8);
    private static final List<RegisterEntry> WEEKLY = List.of(
            RegisterEntry.weekly(RegisterKind.WEEKLY_SALES_ANALYSIS, MANAGER, at("2026-03-07T18:00")),
            RegisterEntry.weekly(RegisterKind.WEEKLY_BUSINESS_REPORT, MANAGER, at("2026-03-07T18:00")));

    private static List<RegisterEntry> with(RegisterEntry... e) {
        List<RegisterEntry> all = new java.util.ArrayList<>(WEEKLY);
        all.addAll(Arrays.asList(e));
        return all;
    }

    @Test
    @DisplayName("EST-14 the receiving rep fills in the visitor register; another rep filling it in is a gap")
    void receivingRep() {
        Decision<GapReport> ok = REGISTERS.check(FROM, TO, ROLES,
                with(RegisterEntry.reception(RegisterKind.VISITOR_REGISTER, A, A, at("2026-03-02T10:00"))), List.of(FROM));
        assertThat(ok.outcome().isClear()).isTrue();
        Decision<GapReport> bad = REGISTERS.check(FROM, TO, ROLES,
                with(RegisterEntry.reception(RegisterKind.CALL_REGISTER, A, B, at("2026-03-02T10:00"))), List.of(FROM));
        assertThat(bad.outcome().of(GapKind.REGISTER_WRONG_FILLER)).hasSize(1);
        assertThat(explained(bad)).contains("call register").contains("2026-03-02 10:00");
    }

    @Test
    @DisplayName("EST-14 assistant deadline [X] of 2 h: filled in exactly at the deadline is on time, one minute later is late")
    void assistantDeadline() {
        RegisterEntry onTime = RegisterEntry.transaction(RegisterKind.SMALL_DEPOSIT_SHEET, at("2026-03-02T10:00"), ASSISTANT, at("2026-03-02T12:00"));
        RegisterEntry late = RegisterEntry.transaction(RegisterKind.SIGNING_SHEET, at("2026-03-02T10:00"), ASSISTANT, at("2026-03-02T12:01"));
        assertThat(REGISTERS.check(FROM, TO, ROLES, with(onTime), List.of(FROM)).outcome().isClear()).isTrue();
        Decision<GapReport> d = REGISTERS.check(FROM, TO, ROLES, with(late), List.of(FROM));
        assertThat(d.outcome().of(GapKind.REGISTER_LATE)).hasSize(1);
        assertThat(explained(d)).contains("due by 2026-03-02 12:00");
    }

    @Test
    @DisplayName("EST-14 a deposit sheet filled in by a rep, a weekly report by the assistant: wrong filler")
    void wrongRole() {
        Decision<GapReport> d = REGISTERS.check(FROM, TO, ROLES, with(
                RegisterEntry.transaction(RegisterKind.LARGE_DEPOSIT_SHEET, at("2026-03-02T10:00"), A, at("2026-03-02T10:30")),
                RegisterEntry.transaction(RegisterKind.SALES_STATISTICS, at("2026-03-02T10:00"), A, at("2026-03-02T10:30")),
                RegisterEntry.weekly(RegisterKind.WEEKLY_BUSINESS_REPORT, ASSISTANT, at("2026-03-03T10:00"))), List.of(FROM));
        assertThat(d.outcome().of(GapKind.REGISTER_WRONG_FILLER)).hasSize(3);
        explained(d);
    }

    @Test
    @DisplayName("EST-14 weekly web check: 7 days between checks is weekly; an 8th day without one is a gap")
    void weeklyWebCheck() {
        LocalDate from = LocalDate.of(2026, 3, 2);
        LocalDate to = LocalDate.of(2026, 3, 22);
        List<RegisterEntry> weekly = List.of(
                RegisterEntry.weekly(RegisterKind.WEEKLY_SALES_ANALYSIS, MANAGER, at("2026-03-08T18:00")),
                RegisterEntry.weekly(RegisterKind.WEEKLY_SALES_ANALYSIS, MANAGER, at("2026-03-15T18:00")),
                RegisterEntry.weekly(RegisterKind.WEEKLY_SALES_ANALYSIS, MANAGER, at("2026-03-22T18:00")),
                RegisterEntry.weekly(RegisterKind.WEEKLY_BUSINESS_REPORT, MANAGER, at("2026-03-08T18:00")),
                RegisterEntry.weekly(RegisterKind.WEEKLY_BUSINESS_REPORT, MANAGER, at("2026-03-15T18:00")),
                RegisterEntry.weekly(RegisterKind.WEEKLY_BUSINESS_REPORT, MANAGER, at("2026-03-22T18:00")));
        // checks on the 8th (7th day of the period), the 15th (7 days later) and the 22nd
        assertThat(REGISTERS.check(from, to, ROLES, weekly,
                List.of(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 22))).outcome().isClear()).isTrue();
        Decision<GapReport> d = REGISTERS.check(from, to, ROLES, weekly,
                List.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 17)));
        // 9th: 8 days after the period began; 17th: 8 days after the 9th; the next is due on the 24th, after the period
        assertThat(d.outcome().of(GapKind.WEEKLY_DUTY_MISSED)).hasSize(2);
        assertThat(explained(d)).contains("from 2026-03-02 through 2026-03-08").contains("from 2026-03-10 through 2026-03-16");
        assertThat(REGISTERS.check(from, to, ROLES, weekly, List.of(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 15)))
                .outcome().of(GapKind.WEEKLY_DUTY_MISSED)).as("due by the 22nd, the last day").hasSize(1);
    }

    @Test
    @DisplayName("EST-14 weekly reports by the sales manager: a week without the weekly sales analysis is a gap")
    void weeklyReports() {
        Decision<GapReport> d = REGISTERS.check(FROM, TO, ROLES, List.of(
                RegisterEntry.weekly(RegisterKind.WEEKLY_BUSINESS_REPORT, MANAGER, at("2026-03-07T18:00"))), List.of(FROM));
        assertThat(d.outcome().of(GapKind.WEEKLY_DUTY_MISSED)).hasSize(1);
        assertThat(explained(d)).contains("no weekly sales analysis");
    }

    @Test
    @DisplayName("EST-14 assistantDeadline is required [X]; weeklyInterval (default one week) and zone are configurable")
    void settings() {
        rejects(() -> Registers.builder().build(), "assistantDeadline");
        rejects(() -> Registers.builder().assistantDeadline(Duration.ZERO).weeklyInterval(Period.ofMonths(1)).zone(null).build(),
                "assistantDeadline", "weeklyInterval", "zone");
        rejects(() -> Registers.builder().assistantDeadline(Duration.ofHours(-1)).weeklyInterval(null).build(), "assistantDeadline", "weeklyInterval");
        Registers twoWeeks = Registers.builder().assistantDeadline(Duration.ofDays(1)).weeklyInterval(Period.ofWeeks(2))
                .zone(ZoneId.of("Asia/Shanghai")).build();
        assertThat(twoWeeks.check(FROM, TO, ROLES, List.of(), List.of()).outcome().isClear()).isTrue();
    }

    @Test
    @DisplayName("EST-14 malformed entries and an employee without a role are PolicyInputExceptions")
    void malformed() {
        rejects(() -> REGISTERS.check(null, null, null, null, null), "from", "to", "roles", "entries", "webChecks");
        rejects(() -> REGISTERS.check(FROM, TO, Map.of(), List.of(RegisterEntry.weekly(RegisterKind.WEEKLY_BUSINESS_REPORT, MANAGER,
                at("2026-03-02T10:00"))), List.of()), "entries[0].filledBy");
        rejects(() -> RegisterEntry.reception(RegisterKind.SIGNING_SHEET, null, null, null), "kind", "receivedBy", "filledBy", "filledAt");
        rejects(() -> RegisterEntry.transaction(RegisterKind.CALL_REGISTER, null, A, at("2026-03-02T10:00")), "kind", "transactionAt");
        rejects(() -> RegisterEntry.weekly(RegisterKind.VISITOR_REGISTER, A, at("2026-03-02T10:00")), "kind");
        rejects(() -> RegisterEntry.weekly(null, A, at("2026-03-02T10:00")), "kind");
        RegisterEntry e = RegisterEntry.reception(RegisterKind.VISITOR_REGISTER, A, B, at("2026-03-02T10:00"));
        assertThat(e.kind()).isEqualTo(RegisterKind.VISITOR_REGISTER);
        assertThat(e.filledBy()).isEqualTo(B);
        assertThat(e.receivedBy()).contains(A);
        assertThat(e.transactionAt()).isEmpty();
        assertThat(e.filledAt()).isEqualTo(at("2026-03-02T10:00"));
        assertThat(e.toString()).contains("B");
    }
}
