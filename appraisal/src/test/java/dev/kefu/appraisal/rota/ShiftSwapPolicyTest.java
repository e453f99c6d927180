package dev.kefu.appraisal.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.appraisal.ledger.EntryKind;
import dev.kefu.appraisal.ledger.OffenceReport;
import dev.kefu.appraisal.ledger.PenaltyLedger;
import dev.kefu.appraisal.ledger.Recorder;
import dev.kefu.appraisal.ledger.Severity;
import dev.kefu.appraisal.ledger.UnscheduledOffence;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShiftSwapPolicyTest {

    static final EmployeeId A = EmployeeId.of("A");
    static final EmployeeId B = EmployeeId.of("B");
    static final EmployeeId C = EmployeeId.of("C");
    static final EmployeeId MGR = EmployeeId.of("mgr");
    static final Signature MANAGER = new Signature(MGR, SignerRole.DEPARTMENT_MANAGER);
    static final ShiftSwapPolicy POLICY = ShiftSwapPolicy.regulation(BusinessCalendar.chinaOfficial());

    /** A works EARLY, B works LATE, every day of March to mid-October 2025. */
    static Roster roster() {
        List<Shift> shifts = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 3, 1); !d.isAfter(LocalDate.of(2025, 10, 15)); d = d.plusDays(1)) {
            shifts.add(new Shift(A, d, ShiftSlot.EARLY));
            shifts.add(new Shift(B, d, ShiftSlot.LATE));
        }
        return Roster.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 10, 15), shifts);
    }

    static SwapRequest.Builder request(String swap, String payBack) {
        return SwapRequest.builder().requester(A).counterpart(B).swap(LocalDate.parse(swap), ShiftSlot.EARLY)
                .payBack(LocalDate.parse(payBack), ShiftSlot.LATE).requesterConsents().counterpartConsents().signedBy(MANAGER);
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    @DisplayName("APR-12 a swap that keeps every rule is approved")
    void approved() {
        Roster r = Roster.of(d("2025-06-01"), d("2025-06-30"), List.of(new Shift(A, d("2025-06-10"), ShiftSlot.EARLY),
                new Shift(B, d("2025-06-12"), ShiftSlot.LATE)));
        Decision<SwapVerdict> dec = POLICY.check(request("2025-06-10", "2025-06-12").build(), r, List.of(), Set.of());
        assertThat(dec.outcome().approved()).isTrue();
        assertThat(dec.outcome().broken()).isEmpty();
        assertThat(dec.explain(Locale.ENGLISH)).contains("A and B swap 2025-06-10 and 2025-06-12");
    }

    @Test
    @DisplayName("APR-12 audit defect #2 (Probe 1): a rostered double shift on the 20th does not block a swap on the 5th")
    void rostered_double_does_not_block() {
        Roster r = Roster.of(d("2025-03-01"), d("2025-03-31"), List.of(new Shift(A, d("2025-03-05"), ShiftSlot.EARLY),
                new Shift(A, d("2025-03-20"), ShiftSlot.EARLY), new Shift(A, d("2025-03-20"), ShiftSlot.LATE),
                new Shift(C, d("2025-03-13"), ShiftSlot.EARLY)));
        SwapRequest req = SwapRequest.builder().requester(A).counterpart(C).swap(d("2025-03-05"), ShiftSlot.EARLY)
                .payBack(d("2025-03-13"), ShiftSlot.EARLY).requesterConsents().counterpartConsents().signedBy(MANAGER).build();
        Decision<SwapVerdict> dec = POLICY.check(req, r, List.of(), Set.of());
        assertThat(dec.outcome().broken()).isEmpty();
        assertThat(dec.outcome().approved()).isTrue();
    }

    @Test
    @DisplayName("APR-12 (e) a swap that itself creates back-to-back shifts (连班) is refused")
    void created_double_refused() {
        Decision<SwapVerdict> dec = POLICY.check(request("2025-06-10", "2025-06-12").build(), roster(), List.of(), Set.of());
        // B takes A's EARLY on the 10th next to B's own LATE; A takes B's LATE on the 12th next to A's own EARLY
        assertThat(dec.outcome().broken()).containsExactly(SwapRule.BACK_TO_BACK, SwapRule.BACK_TO_BACK);
        assertThat(dec.explain(Locale.ENGLISH)).contains("B would work back-to-back shifts because of the swap: 2025-06-10 EARLY + 2025-06-10 LATE");
        ShiftSwapPolicy rested = ShiftSwapPolicy.builder().calendar(BusinessCalendar.chinaOfficial()).minimumRest(Duration.ofHours(11)).build();
        Roster r = Roster.of(d("2025-06-01"), d("2025-06-30"), List.of(new Shift(A, d("2025-06-10"), ShiftSlot.EARLY),
                new Shift(B, d("2025-06-12"), ShiftSlot.LATE), new Shift(B, d("2025-06-09"), ShiftSlot.LATE),
                new Shift(A, d("2025-06-13"), ShiftSlot.EARLY)));
        assertThat(POLICY.check(request("2025-06-10", "2025-06-12").build(), r, List.of(), Set.of()).outcome().approved()).isTrue();
        assertThat(rested.check(request("2025-06-10", "2025-06-12").build(), r, List.of(), Set.of()).outcome().broken())
                .as("LATE 22:00 then EARLY 08:00 is 10 hours of rest").containsExactly(SwapRule.BACK_TO_BACK, SwapRule.BACK_TO_BACK);
    }

    @Test
    @DisplayName("APR-12 (b) audit defect #5 (Probe 1): the requester's own signature does not make a swap effective")
    void requester_signature() {
        Roster r = Roster.of(d("2025-06-01"), d("2025-06-30"), List.of(new Shift(A, d("2025-06-10"), ShiftSlot.EARLY),
                new Shift(B, d("2025-06-12"), ShiftSlot.LATE)));
        SwapRequest own = request("2025-06-10", "2025-06-12").signedBy(new Signature(A, SignerRole.DEPARTMENT_MANAGER)).build();
        Decision<SwapVerdict> dec = POLICY.check(own, r, List.of(), Set.of());
        assertThat(dec.outcome().broken()).containsExactly(SwapRule.SIGNATURE);
        assertThat(dec.explain(Locale.SIMPLIFIED_CHINESE)).contains("部门经理");
        SwapRequest byLead = request("2025-06-10", "2025-06-12").signedBy(new Signature(C, SignerRole.OTHER)).build();
        assertThat(POLICY.check(byLead, r, List.of(), Set.of()).outcome().broken()).containsExactly(SwapRule.SIGNATURE);
        SwapRequest unsigned = SwapRequest.builder().requester(A).counterpart(B).swap(d("2025-06-10"), ShiftSlot.EARLY)
                .payBack(d("2025-06-12"), ShiftSlot.LATE).requesterConsents().build();
        assertThat(POLICY.check(unsigned, r, List.of(), Set.of()).outcome().broken()).containsExactly(SwapRule.CONSENT, SwapRule.SIGNATURE);
        assertThat(unsigned.signature()).isEmpty();
    }

    @Test
    @DisplayName("APR-12 (d1) audit §8(c) (Probe 2): re-swapping a shift obtained by a swap is refused")
    void chain_refused() {
        Roster r = Roster.of(d("2025-03-01"), d("2025-03-31"), List.of(new Shift(B, d("2025-03-05"), ShiftSlot.EARLY),
                new Shift(A, d("2025-03-15"), ShiftSlot.LATE), new Shift(C, d("2025-03-25"), ShiftSlot.LATE)));
        List<SwapRecord> history = List.of(new SwapRecord(A, B, d("2025-03-05"), ShiftSlot.EARLY, d("2025-03-15"), ShiftSlot.LATE));
        SwapRequest passOn = SwapRequest.builder().requester(B).counterpart(C).swap(d("2025-03-05"), ShiftSlot.EARLY)
                .payBack(d("2025-03-25"), ShiftSlot.LATE).requesterConsents().counterpartConsents().signedBy(MANAGER).build();
        Decision<SwapVerdict> dec = POLICY.check(passOn, r, history, Set.of());
        assertThat(dec.outcome().broken()).containsExactly(SwapRule.CHAIN);
        assertThat(dec.explain(Locale.ENGLISH)).contains("B obtained the EARLY shift of 2025-03-05 by a swap");
        SwapRequest payBackShift = SwapRequest.builder().requester(C).counterpart(A).swap(d("2025-03-25"), ShiftSlot.LATE)
                .payBack(d("2025-03-15"), ShiftSlot.LATE).requesterConsents().counterpartConsents().signedBy(MANAGER).build();
        assertThat(POLICY.check(payBackShift, r, history, Set.of()).outcome().broken()).containsExactly(SwapRule.CHAIN);
    }

    @Test
    @DisplayName("APR-12 audit §4 item 9, §8(d) 节假日 (Definitions, Swaps and holidays): statutory and bridged holiday days block a swap, an ordinary Saturday does not")
    void holidays() {
        Decision<SwapVerdict> national = POLICY.check(request("2025-10-01", "2025-10-03").build(), roster(), List.of(), Set.of());
        assertThat(national.outcome().broken()).contains(SwapRule.HOLIDAY_DUTY);
        Decision<SwapVerdict> bridged = POLICY.check(request("2025-10-04", "2025-10-08").build(), roster(), List.of(), Set.of());
        assertThat(bridged.outcome().broken()).as("2025-10-04 is a Saturday bridged to National Day")
                .containsSubsequence(SwapRule.HOLIDAY_DUTY, SwapRule.HOLIDAY_DUTY);
        Roster sat = Roster.of(d("2025-03-01"), d("2025-03-31"), List.of(new Shift(A, d("2025-03-08"), ShiftSlot.EARLY),
                new Shift(B, d("2025-03-12"), ShiftSlot.LATE)));
        assertThat(POLICY.check(request("2025-03-08", "2025-03-12").build(), sat, List.of(), Set.of()).outcome().approved())
                .as("an ordinary weekend is not 节假日 (Probe 2)").isTrue();
        ShiftSwapPolicy company = ShiftSwapPolicy.regulation(BusinessCalendar.chinaOfficial().toBuilder()
                .companyHoliday(d("2025-03-12"), "anniversary").build());
        assertThat(company.check(request("2025-03-08", "2025-03-12").build(), sat, List.of(), Set.of()).outcome().broken())
                .containsExactly(SwapRule.HOLIDAY_DUTY);
    }

    @Test
    @DisplayName("APR-12 (c) CORE-CAL-4 at most 3 swaps a month for both parties, counted in the month of the shift the swap moves")
    void monthly_limit() {
        List<SwapRecord> march = List.of(new SwapRecord(A, C, d("2025-03-02"), ShiftSlot.EARLY, d("2025-03-20"), ShiftSlot.EARLY),
                new SwapRecord(A, C, d("2025-03-05"), ShiftSlot.EARLY, d("2025-03-22"), ShiftSlot.EARLY),
                new SwapRecord(C, A, d("2025-03-08"), ShiftSlot.EARLY, d("2025-03-24"), ShiftSlot.EARLY));
        Roster r = Roster.of(d("2025-03-01"), d("2025-04-30"), List.of(new Shift(A, d("2025-03-14"), ShiftSlot.EARLY),
                new Shift(B, d("2025-03-28"), ShiftSlot.LATE), new Shift(A, d("2025-04-01"), ShiftSlot.EARLY),
                new Shift(B, d("2025-03-30"), ShiftSlot.LATE)));
        Decision<SwapVerdict> fourth = POLICY.check(request("2025-03-14", "2025-03-28").build(), r, march, Set.of());
        assertThat(fourth.outcome().broken()).containsExactly(SwapRule.MONTHLY_LIMIT);
        assertThat(fourth.explain(Locale.ENGLISH)).contains("A would have 4 swaps in 2025-03; at most 3");
        assertThat(POLICY.check(request("2025-04-01", "2025-03-30").build(), r, march, Set.of()).outcome().approved())
                .as("the swap moves an April shift, so it counts in April").isTrue();
        assertThat(ShiftSwapPolicy.REGULATION_MONTHLY_LIMIT).isEqualTo(3);
    }

    @Test
    @DisplayName("APR-12 (d2) one person's swaps may not fall on consecutive days; (f) no leave on a swap day")
    void consecutive_and_leave() {
        List<SwapRecord> history = List.of(new SwapRecord(B, C, d("2025-06-09"), ShiftSlot.LATE, d("2025-06-20"), ShiftSlot.LATE));
        Roster r = Roster.of(d("2025-06-01"), d("2025-06-30"), List.of(new Shift(A, d("2025-06-10"), ShiftSlot.EARLY),
                new Shift(B, d("2025-06-12"), ShiftSlot.LATE)));
        Decision<SwapVerdict> dec = POLICY.check(request("2025-06-10", "2025-06-12").build(), r, history,
                Set.of(new ShiftSwapPolicy.Leave(B, d("2025-06-10"))));
        assertThat(dec.outcome().broken()).containsExactly(SwapRule.CONSECUTIVE, SwapRule.LEAVE);
        assertThat(dec.explain(Locale.ENGLISH)).doesNotContainPattern("[A-Z]+_[A-Z_]+");
    }

    @Test
    @DisplayName("APR-12 (f) (g) APR-17 leave: a superior's approval; none on a swap or pay-back day or on 节假日 duty")
    void leave() {
        List<SwapRecord> history = List.of(new SwapRecord(A, B, d("2025-06-10"), ShiftSlot.EARLY, d("2025-06-12"), ShiftSlot.LATE));
        Roster r = roster();
        assertThat(POLICY.checkLeave(LeaveRequest.approved(A, d("2025-06-20"), MGR), r, history).outcome().granted()).isTrue();
        assertThat(POLICY.checkLeave(LeaveRequest.unapproved(A, d("2025-06-20")), r, history).outcome().broken())
                .containsExactly(LeaveRule.NOT_APPROVED);
        assertThat(POLICY.checkLeave(LeaveRequest.approved(A, d("2025-06-20"), A), r, history).outcome().broken())
                .containsExactly(LeaveRule.NOT_APPROVED);
        Decision<LeaveVerdict> swapDay = POLICY.checkLeave(LeaveRequest.approved(B, d("2025-06-12"), MGR), r, history);
        assertThat(swapDay.outcome().broken()).containsExactly(LeaveRule.SWAP_DAY);
        assertThat(swapDay.explain(Locale.SIMPLIFIED_CHINESE)).contains("旷工");
        Decision<LeaveVerdict> holiday = POLICY.checkLeave(LeaveRequest.approved(A, d("2025-10-04"), MGR), r, history);
        assertThat(holiday.outcome().broken()).containsExactly(LeaveRule.HOLIDAY_DUTY);
        assertThat(POLICY.checkLeave(LeaveRequest.approved(C, d("2025-10-04"), MGR), r, history).outcome().granted())
                .as("not on duty that holiday").isTrue();
        assertThatThrownBy(() -> POLICY.checkLeave(null, null, Arrays.asList((SwapRecord) null))).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("history[0]");
        assertThatThrownBy(() -> LeaveRequest.approved(A, null, null)).hasMessageContaining("approvedBy");
    }

    @Test
    @DisplayName("APR-12 (h) APR-14 a badly handed-over swap that leaves a shift empty is absence for each party in full")
    void missed_shift() {
        SwapRecord swap = new SwapRecord(A, B, d("2025-06-10"), ShiftSlot.EARLY, d("2025-06-12"), ShiftSlot.LATE);
        Decision<List<EmployeeId>> dec = ShiftSwapPolicy.missedShift(swap, d("2025-06-10"));
        assertThat(dec.outcome()).containsExactly(A, B);
        assertThat(dec.ruleIds()).contains(AppraisalRules.APR_12, AppraisalRules.APR_14);
        PenaltyLedger ledger = PenaltyLedger.builder().transferAfterOffences(3).ladderFine(Money.yuan(50)).build();
        for (EmployeeId e : dec.outcome()) {
            assertThat(ledger.record(OffenceReport.builder().employee(e).offence(UnscheduledOffence.ABSENCE).severity(Severity.EFFECT_OR_LOSS)
                    .date(d("2025-06-10")).recordedBy(Recorder.customerServiceManager(MGR)).build()).outcome().entry().orElseThrow().kind())
                    .isEqualTo(EntryKind.PENALTY);
        }
        assertThatThrownBy(() -> ShiftSwapPolicy.missedShift(swap, d("2025-06-11"))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> ShiftSwapPolicy.missedShift(null, null)).hasMessageContaining("swap").hasMessageContaining("day");
    }

    @Test
    @DisplayName("APR-12 a malformed request is refused naming every problem; the builder replaces nine positional fields")
    void malformed() {
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class, () -> SwapRequest.builder().build());
        assertThat(e.violations()).extracting(Violation::path)
                .containsExactly("requester", "counterpart", "swapDate", "swapSlot", "payBackDate", "payBackSlot");
        assertThatThrownBy(() -> SwapRequest.builder().requester(A).counterpart(A).swap(d("2025-06-10"), ShiftSlot.EARLY)
                .payBack(d("2025-06-12"), ShiftSlot.LATE).build()).hasMessageContaining("counterpart");
        assertThatThrownBy(() -> POLICY.check(request("2025-06-10", "2025-06-12").build(), roster(), Arrays.asList((SwapRecord) null), Set.of()))
                .hasMessageContaining("history[0]");
        assertThatThrownBy(() -> POLICY.check(request("2025-01-10", "2025-06-11").swap(d("2025-01-10"), ShiftSlot.LATE).build(), roster(),
                List.of(), Set.of())).hasMessageContaining("swapDate");
        assertThatThrownBy(() -> POLICY.check(request("2025-06-10", "2025-06-12").payBack(d("2025-06-12"), ShiftSlot.EARLY).build(), roster(),
                List.of(), Set.of())).hasMessageContaining("payBackSlot");
        assertThatThrownBy(() -> POLICY.check(null, null, null, null)).hasMessageContaining("request").hasMessageContaining("roster");
        assertThatThrownBy(() -> new SwapRecord(null, null, null, null, null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new ShiftSwapPolicy.Leave(null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> ShiftSwapPolicy.builder().monthlyLimit(0).minimumRest(Duration.ofHours(-1)).build())
                .hasMessageContaining("calendar").hasMessageContaining("monthlyLimit").hasMessageContaining("minimumRest");
        assertThat(request("2025-06-10", "2025-06-12").build().toString()).contains("2025-06-10");
    }

    @Test
    @DisplayName("APR-12 issue 14: the swap register restores from stored records and decides as if never stopped")
    void register_restore() {
        SwapRegister reg = SwapRegister.empty();
        Roster r = Roster.of(d("2025-06-01"), d("2025-06-30"), List.of(new Shift(A, d("2025-06-10"), ShiftSlot.EARLY),
                new Shift(B, d("2025-06-12"), ShiftSlot.LATE), new Shift(A, d("2025-06-11"), ShiftSlot.EARLY),
                new Shift(B, d("2025-06-20"), ShiftSlot.LATE)));
        assertThat(reg.submit(POLICY, request("2025-06-10", "2025-06-12").build(), r, Set.of()).outcome().approved()).isTrue();
        SwapRegister back = SwapRegister.restore(reg.state());
        assertThat(back.submit(POLICY, request("2025-06-11", "2025-06-20").build(), r, Set.of()).outcome().broken())
                .containsExactly(SwapRule.CONSECUTIVE, SwapRule.CONSECUTIVE);
        assertThat(back.state()).hasSize(1);
        assertThatThrownBy(() -> SwapRegister.restore(Arrays.asList((SwapRecord) null))).hasMessageContaining("records[0]");
        assertThatThrownBy(() -> SwapRegister.restore(null)).hasMessageContaining("records");
    }

    @Test
    @DisplayName("APR-12 bad-input: a roster with the same shift twice is refused; covers(null) is a PolicyInputException")
    void roster_bad_input() {
        Shift s = new Shift(A, d("2025-06-10"), ShiftSlot.EARLY);
        assertThatThrownBy(() -> Roster.of(d("2025-06-01"), d("2025-06-30"), List.of(s, s))).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("shifts[1]");
        assertThatThrownBy(() -> roster().covers(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Roster.of(d("2025-06-30"), d("2025-06-01"), List.of())).hasMessageContaining("last");
    }

    @Test
    @DisplayName("APR-12 the deprecated factories still build the regulation's policy")
    @SuppressWarnings("deprecation")
    void deprecated() {
        assertThat(ShiftSwapPolicy.standard(BusinessCalendar.chinaOfficial()).toString()).contains("3 a month");
        assertThat(ShiftSwapPolicy.of(BusinessCalendar.chinaOfficial(), 2, Duration.ZERO).toString()).contains("2 a month");
        assertThat(POLICY.calendar()).isNotNull();
        assertThat(ShiftSwapPolicy.label(SwapRule.CHAIN, Locale.SIMPLIFIED_CHINESE)).isEqualTo("换得的班次不得再换");
    }
}
