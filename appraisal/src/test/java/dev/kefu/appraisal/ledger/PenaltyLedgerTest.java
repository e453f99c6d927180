package dev.kefu.appraisal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.discipline.SanctionMeasure.WarningForm;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PenaltyLedgerTest {

    static final EmployeeId AGENT = EmployeeId.of("agent");
    static final EmployeeId MANAGER = EmployeeId.of("mgr");
    static final Recorder CS_MANAGER = Recorder.customerServiceManager(MANAGER);
    static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    static PenaltyLedger ledger() {
        return PenaltyLedger.builder().transferAfterOffences(3).build();
    }

    static OffenceReport.Builder report(EmployeeId e, OffenceCode code, LocalDate day) {
        return OffenceReport.builder().employee(e).offence(code).date(day).recordedBy(CS_MANAGER).warningForm(WarningForm.WRITTEN);
    }

    static Decision<Recording> offence(PenaltyLedger l, EmployeeId e, OffenceCode code, LocalDate day) {
        return l.record(report(e, code, day).build());
    }

    static LedgerEntry entry(Decision<Recording> d) {
        return d.outcome().entry().orElseThrow();
    }

    @Test
    @DisplayName("APR-9 APR-6 audit defect #1 (Probe 1): six different offences are one warning, then fines, and a transfer from the 3rd")
    void six_different_offences() {
        PenaltyLedger l = ledger();
        OffenceCode[] six = {OffenceCode.GAMES_OR_UNRELATED_WEBSITES, OffenceCode.NEWSPAPERS_OR_CHATTING, OffenceCode.OUTSIDERS_IN_OFFICE,
            OffenceCode.UNSUITABLE_CLOTHES, OffenceCode.HOGGING_PHONE, OffenceCode.UNRELATED_SOFTWARE};
        List<LedgerEntry> entries = new ArrayList<>();
        for (int i = 0; i < six.length; i++) {
            entries.add(entry(offence(l, AGENT, six[i], DAY.plusDays(i))));
        }
        assertThat(entries).extracting(LedgerEntry::kind).containsExactly(EntryKind.WARNING, EntryKind.PENALTY, EntryKind.PENALTY,
                EntryKind.PENALTY, EntryKind.PENALTY, EntryKind.PENALTY);
        assertThat(entries).extracting(LedgerEntry::amount).containsExactly(Money.ZERO, Money.yuan(-10), Money.yuan(-10), Money.yuan(-10),
                Money.yuan(-30), Money.yuan(-50));
        assertThat(entries).extracting(e -> e.sanction().orElseThrow().find(SanctionMeasure.Transfer.class).isPresent())
                .containsExactly(false, false, true, true, true, true);
        MonthlyStatement march = l.statement(AGENT, YearMonth.of(2025, 3));
        assertThat(march.fines()).isEqualTo(Money.yuan(110));
        assertThat(march.warnings()).isEqualTo(1);
    }

    @Test
    @DisplayName("APR-9 first offence is per person: an earlier CMP-12 sanction makes a schedule offence a fine")
    void earlier_outside_sanction_counts() {
        PenaltyLedger l = ledger();
        l.recordSanction(AGENT, Sanction.of(new SanctionMeasure.Fine(Money.yuan(100))), AppraisalRules.CMP_12, "CMP-12 tier 1", DAY, MANAGER);
        assertThat(l.isFirstOffender(AGENT, DAY.plusDays(1))).isFalse();
        assertThat(entry(offence(l, AGENT, OffenceCode.MESSY_HAIR, DAY.plusDays(1))).amount()).isEqualTo(Money.yuan(-20));
    }

    @Test
    @DisplayName("APR-9 a warning counts as a recorded offence; another person is still a first offender")
    void warnings_count() {
        PenaltyLedger l = ledger();
        offence(l, AGENT, OffenceCode.HEAVY_MAKE_UP, DAY);
        assertThat(entry(offence(l, AGENT, OffenceCode.AGREEMENT_LOST, DAY.plusDays(1))).kind()).isEqualTo(EntryKind.PENALTY);
        assertThat(entry(offence(l, EmployeeId.of("other"), OffenceCode.AGREEMENT_LOST, DAY.plusDays(1))).kind()).isEqualTo(EntryKind.WARNING);
    }

    @Test
    @DisplayName("APR-9 a first offender's fine becomes a warning even with a loss; the virus item's company-wide notice still applies")
    void non_money_parts_apply() {
        PenaltyLedger l = ledger();
        Decision<Recording> d = offence(l, AGENT, OffenceCode.VIRUS_FROM_UNRELATED_USE, DAY);
        Sanction s = entry(d).sanction().orElseThrow();
        assertThat(entry(d).kind()).isEqualTo(EntryKind.WARNING);
        assertThat(s.fine()).isEqualTo(Money.ZERO);
        assertThat(s.find(SanctionMeasure.CompanyWideNotice.class)).isPresent();
        assertThat(d.explain(Locale.SIMPLIFIED_CHINESE)).contains("因无关使用感染病毒").contains("100.00 元");
        assertThat(d.explain(Locale.ENGLISH)).contains("a virus caught through unrelated use").doesNotContainPattern("[A-Z]+_[A-Z_]+");
    }

    @Test
    @DisplayName("APR-9 APR-8 the leak and computer-damage items are expulsion (开除), never softened, even for a first offender")
    void expulsion_items() {
        for (OffenceCode c : List.of(OffenceCode.LEAKING_COMPANY_SECRETS, OffenceCode.LEAKING_CUSTOMER_DATA, OffenceCode.DAMAGING_COMPUTER)) {
            PenaltyLedger l = ledger();
            LedgerEntry e = entry(offence(l, AGENT, c, DAY));
            assertThat(e.kind()).isEqualTo(EntryKind.PENALTY);
            assertThat(e.sanction().orElseThrow().isExpulsion()).isTrue();
            assertThat(e.sanction().orElseThrow().isDismissal()).as("expulsion is not dismissal (辞退)").isFalse();
            assertThat(c.endsEmployment()).isTrue();
        }
        assertThat(OffenceCode.LEAKING_CUSTOMER_DATA.sanction().find(SanctionMeasure.PayWithheld.class)).isPresent();
        assertThat(OffenceCode.MESSY_HAIR.endsEmployment()).isFalse();
    }

    @Test
    @DisplayName("APR-9 only the customer-service manager may record: a supervisor's report is refused and nothing is recorded")
    void only_manager_records() {
        PenaltyLedger l = ledger();
        Decision<Recording> d = l.record(OffenceReport.builder().employee(AGENT).offence(OffenceCode.MESSY_HAIR).date(DAY)
                .recordedBy(new Recorder(EmployeeId.of("sup"), RecorderRole.CUSTOMER_SERVICE_SUPERVISOR)).warningForm(WarningForm.ORAL).build());
        assertThat(d.outcome().status()).isEqualTo(RecordingStatus.REFUSED_RECORDER_NOT_MANAGER);
        assertThat(d.outcome().recorded()).isFalse();
        assertThat(d.outcome().entry()).isEmpty();
        assertThat(l.entries()).isEmpty();
        assertThat(d.explain(Locale.SIMPLIFIED_CHINESE)).contains("客服主管");
        assertThat(d.ruleIds()).containsExactly(AppraisalRules.APR_9);
    }

    @Test
    @DisplayName("APR-6 APR-9 audit §4 item 8: the warning's form is chosen per case: oral is kept; without a form a warning cannot be recorded")
    void warning_form_per_case() {
        PenaltyLedger l = ledger();
        LedgerEntry oral = entry(l.record(report(AGENT, OffenceCode.MESSY_HAIR, DAY).warningForm(WarningForm.ORAL).build()));
        assertThat(oral.sanction().orElseThrow().find(SanctionMeasure.Warning.class).orElseThrow().form()).isEqualTo(WarningForm.ORAL);
        PenaltyLedger fresh = ledger();
        OffenceReport noForm = OffenceReport.builder().employee(AGENT).offence(OffenceCode.MESSY_HAIR).date(DAY).recordedBy(CS_MANAGER).build();
        assertThatThrownBy(() -> fresh.record(noForm)).isInstanceOf(PolicyInputException.class).hasMessageContaining("warningForm");
        assertThat(fresh.entries()).isEmpty();
        assertThat(entry(l.record(noForm)).kind()).as("no form needed once fined").isEqualTo(EntryKind.PENALTY);
    }

    @Test
    @DisplayName("APR-9 the optional look-back: an offence before it no longer counts; none by default")
    void look_back() {
        PenaltyLedger year = PenaltyLedger.builder().transferAfterOffences(3).lookBack(Period.ofYears(1)).build();
        offence(year, AGENT, OffenceCode.MESSY_HAIR, DAY);
        assertThat(entry(offence(year, AGENT, OffenceCode.MESSY_HAIR, DAY.plusYears(1).plusDays(1))).kind()).isEqualTo(EntryKind.WARNING);
        PenaltyLedger ever = ledger();
        offence(ever, AGENT, OffenceCode.MESSY_HAIR, DAY);
        assertThat(entry(offence(ever, AGENT, OffenceCode.MESSY_HAIR, DAY.plusYears(10))).kind()).isEqualTo(EntryKind.PENALTY);
        assertThatThrownBy(() -> PenaltyLedger.builder().transferAfterOffences(3).lookBack(Period.ZERO).build()).hasMessageContaining("lookBack");
        PenaltyLedger edge = PenaltyLedger.builder().transferAfterOffences(3).lookBack(Period.ofDays(1)).build();
        assertThat(entry(offence(edge, AGENT, OffenceCode.MESSY_HAIR, LocalDate.MIN)).kind()).isEqualTo(EntryKind.WARNING);
    }

    @Test
    @DisplayName("APR-6 APR-14 the ladder for offences without a sanction of their own: light first → warning, loss → fine even first")
    void ladder() {
        PenaltyLedger l = PenaltyLedger.builder().transferAfterOffences(3).build();
        LedgerEntry warned = entry(l.record(OffenceReport.builder().employee(AGENT).offence(UnscheduledOffence.LATENESS).severity(Severity.LIGHT)
                .warningForm(WarningForm.ORAL).date(DAY).recordedBy(CS_MANAGER).build()));
        assertThat(warned.kind()).isEqualTo(EntryKind.WARNING);
        assertThat(warned.rule()).isEqualTo(AppraisalRules.APR_6);
        EmployeeId other = EmployeeId.of("other");
        OffenceReport loss = OffenceReport.builder().employee(other).offence(UnscheduledOffence.ABSENCE).severity(Severity.EFFECT_OR_LOSS)
                .date(DAY).recordedBy(CS_MANAGER).build();
        assertThatThrownBy(() -> l.record(loss)).as("APR-6's fine is required configuration or the manager's input")
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("fine");
        LedgerEntry fined = entry(l.record(OffenceReport.builder().employee(other).offence(UnscheduledOffence.ABSENCE)
                .severity(Severity.EFFECT_OR_LOSS).fine(Money.yuan(80)).date(DAY).recordedBy(CS_MANAGER).build()));
        assertThat(fined.amount()).isEqualTo(Money.yuan(-80));
        PenaltyLedger configured = PenaltyLedger.builder().transferAfterOffences(3).ladderFine(Money.yuan(30)).build();
        assertThat(entry(configured.record(loss)).amount()).isEqualTo(Money.yuan(-30));
        LedgerEntry again = entry(configured.record(OffenceReport.builder().employee(other).offence(UnscheduledOffence.LATENESS)
                .severity(Severity.LIGHT).date(DAY.plusDays(1)).recordedBy(CS_MANAGER).build()));
        assertThat(again.amount()).as("a light breach that is not the first is fined").isEqualTo(Money.yuan(-30));
    }

    @Test
    @DisplayName("APR-6 the transfer count is required (no default) and counts recorded offences under every rule")
    void transfer_counts_every_rule() {
        PolicyInputException e = assertThrows(PolicyInputException.class, () -> PenaltyLedger.builder().build());
        assertThat(e.violations()).extracting(Violation::path).containsExactly("transferAfterOffences");
        assertThatThrownBy(() -> PenaltyLedger.builder().transferAfterOffences(1).ladderFine(Money.ZERO).build())
                .hasMessageContaining("transferAfterOffences").hasMessageContaining("ladderFine");
        PenaltyLedger l = PenaltyLedger.builder().transferAfterOffences(3).ladderFine(Money.yuan(30)).build();
        l.recordSanction(AGENT, Sanction.of(new SanctionMeasure.PointDeduction(5)), AppraisalRules.CMP_12, "CMP-12 tier 2", DAY, MANAGER);
        l.record(OffenceReport.builder().employee(AGENT).offence(UnscheduledOffence.LATENESS).severity(Severity.LIGHT).date(DAY.plusDays(1))
                .recordedBy(CS_MANAGER).build());
        LedgerEntry third = entry(offence(l, AGENT, OffenceCode.MESSY_HAIR, DAY.plusDays(2)));
        assertThat(third.sanction().orElseThrow().find(SanctionMeasure.Transfer.class)).isPresent();
    }

    @Test
    @DisplayName("APR-6 one act is sanctioned under one rule: other matching rules are listed as matched, not applied")
    void one_act_one_sanction() {
        PenaltyLedger l = ledger();
        Decision<Recording> d = l.record(report(AGENT, OffenceCode.QUARRELLING_IN_OFFICE, DAY).alsoMatched(RuleId.of("ATT-2")).build());
        assertThat(d.outcome().matchedNotApplied()).containsExactly(RuleId.of("ATT-2"));
        assertThat(d.ruleIds()).doesNotContain(RuleId.of("ATT-2"));
        assertThat(d.explain(Locale.ENGLISH)).contains("also matched ATT-2, which is not applied");
        assertThat(l.entries()).hasSize(1);
    }

    @Test
    @DisplayName("CMP-11 APR-8 phone-ring ladder: 2nd ring meets the target, 3rd misses it (no offence), 4th is the 20-yuan item, 6th adds an apology")
    void phone_rings() {
        PenaltyLedger l = ledger();
        offence(l, AGENT, OffenceCode.MESSY_HAIR, DAY);
        assertThat(RingOutcome.ofRing(2)).isEqualTo(RingOutcome.MEETS_TARGET);
        assertThat(RingOutcome.ofRing(1)).isEqualTo(RingOutcome.MEETS_TARGET);
        assertThat(RingOutcome.ofRing(5)).isEqualTo(RingOutcome.OFFENCE);
        assertThatThrownBy(() -> RingOutcome.ofRing(0)).isInstanceOf(PolicyInputException.class);
        Decision<Recording> third = l.record(OffenceReport.builder().employee(AGENT).phoneAnsweredOnRing(3).date(DAY).recordedBy(CS_MANAGER).build());
        assertThat(third.outcome().status()).isEqualTo(RecordingStatus.NO_OFFENCE);
        assertThat(third.explain(Locale.SIMPLIFIED_CHINESE)).contains("未达接听要求");
        Decision<Recording> fourth = l.record(OffenceReport.builder().employee(AGENT).phoneAnsweredOnRing(4).date(DAY).recordedBy(CS_MANAGER).build());
        assertThat(entry(fourth).amount()).isEqualTo(Money.yuan(-20));
        assertThat(entry(fourth).code()).isEqualTo(OffenceCode.PHONE_NOT_ANSWERED_IN_THREE_RINGS.name());
        assertThat(fourth.explain(Locale.ENGLISH)).doesNotContain("apology");
        Decision<Recording> sixth = l.record(OffenceReport.builder().employee(AGENT).phoneAnsweredOnRing(6).date(DAY).recordedBy(CS_MANAGER).build());
        assertThat(sixth.explain(Locale.ENGLISH)).contains("apology").doesNotContain("PHONE_NOT_ANSWERED_IN_THREE_RINGS");
        assertThat(sixth.explain(Locale.SIMPLIFIED_CHINESE)).contains("服务电话响铃三声未接").contains("致歉");
    }

    @Test
    @DisplayName("APR-9 bad-input 1.5: a back-dated report of an offence already recorded is not a fresh first offence")
    void back_dated_entry() {
        PenaltyLedger l = ledger();
        offence(l, AGENT, OffenceCode.GAMES_OR_UNRELATED_WEBSITES, LocalDate.of(2025, 10, 10));
        LedgerEntry back = entry(offence(l, AGENT, OffenceCode.GAMES_OR_UNRELATED_WEBSITES, LocalDate.of(2025, 10, 5)));
        assertThat(back.kind()).isEqualTo(EntryKind.PENALTY);
        assertThat(back.amount()).isEqualTo(Money.yuan(-10));
    }

    @Test
    @DisplayName("APR-9 issue 14: a ledger restored from stored entries remembers yesterday's warning and fines today")
    void restore_remembers() {
        PenaltyLedger yesterday = ledger();
        offence(yesterday, AGENT, OffenceCode.HOGGING_PHONE, DAY);
        List<LedgerEntry> stored = yesterday.state();
        PenaltyLedger today = PenaltyLedger.builder().transferAfterOffences(3).restore(stored);
        assertThat(today.entries()).isEqualTo(stored);
        LedgerEntry e = entry(offence(today, AGENT, OffenceCode.HOGGING_PHONE, DAY.plusDays(1)));
        assertThat(e.kind()).isEqualTo(EntryKind.PENALTY);
        assertThat(e.sequence()).isEqualTo(2);
        assertThat(PenaltyLedger.builder().transferAfterOffences(3).restore(List.of()).entries()).isEmpty();
    }

    @Test
    @DisplayName("APR-9 APR-8 restoring tampered or inconsistent entries is refused, naming each")
    void restore_refuses_tampering() {
        PenaltyLedger l = ledger();
        offence(l, AGENT, OffenceCode.HOGGING_PHONE, DAY);
        offence(l, AGENT, OffenceCode.HOGGING_PHONE, DAY.plusDays(1));
        l.recordReward(AGENT, RewardCode.PRAISE_LETTER, DAY, MANAGER);
        List<LedgerEntry> s = l.state();
        PenaltyLedger.Builder b = PenaltyLedger.builder().transferAfterOffences(3);
        LedgerEntry w = s.get(0);
        LedgerEntry p = s.get(1);
        // the first offence recorded as a fine instead of the warning
        LedgerEntry finedFirst = new LedgerEntry(1, AGENT, DAY, EntryKind.PENALTY, w.code(), Money.yuan(-30), 0,
                Optional.of(OffenceCode.HOGGING_PHONE.sanction()), AppraisalRules.APR_8, MANAGER);
        assertThatThrownBy(() -> b.restore(List.of(finedFirst))).isInstanceOf(PolicyInputException.class).hasMessageContaining("entries[0]");
        // the second offence turned into another warning
        LedgerEntry warnedAgain = new LedgerEntry(2, AGENT, p.date(), EntryKind.WARNING, p.code(), Money.ZERO, 0, w.sanction(), AppraisalRules.APR_9, MANAGER);
        assertThatThrownBy(() -> b.restore(List.of(w, warnedAgain))).hasMessageContaining("entries[1]");
        // the fine lowered to 1 yuan
        LedgerEntry cheap = new LedgerEntry(2, AGENT, p.date(), EntryKind.PENALTY, p.code(), Money.yuan(-1), 0,
                Optional.of(Sanction.of(new SanctionMeasure.Fine(Money.yuan(1)))), AppraisalRules.APR_8, MANAGER);
        assertThatThrownBy(() -> b.restore(List.of(w, cheap))).hasMessageContaining("entries[1]");
        // a gap in the sequence, a dropped row, a null, an unknown code, a reward at the wrong amount
        assertThatThrownBy(() -> b.restore(List.of(p))).hasMessageContaining("entries[0].sequence");
        assertThatThrownBy(() -> b.restore(java.util.Arrays.asList(w, null))).hasMessageContaining("entries[1]");
        LedgerEntry unknown = new LedgerEntry(1, AGENT, DAY, EntryKind.WARNING, "NOT_A_CODE", Money.ZERO, 0, w.sanction(), AppraisalRules.APR_9, MANAGER);
        assertThatThrownBy(() -> b.restore(List.of(unknown))).hasMessageContaining("entries[0]");
        LedgerEntry reward = new LedgerEntry(1, AGENT, DAY, EntryKind.REWARD, "PRAISE_LETTER", Money.yuan(5000), 0, Optional.empty(),
                AppraisalRules.APR_7, MANAGER);
        assertThatThrownBy(() -> b.restore(List.of(reward))).hasMessageContaining("entries[0]");
        assertThatThrownBy(() -> b.restore(null)).hasMessageContaining("entries");
        assertThatThrownBy(() -> PenaltyLedger.builder().restore(s)).hasMessageContaining("transferAfterOffences");
        assertThat(b.restore(s).entries()).isEqualTo(s);
    }

    @Test
    @DisplayName("APR-8 bad-input 1.8: a PENALTY row of +1,000 is refused, not counted as a reward")
    void positive_penalty_refused() {
        assertThatThrownBy(() -> new LedgerEntry(1, AGENT, DAY, EntryKind.PENALTY, "MESSY_HAIR", Money.yuan(1000), 0,
                Optional.of(OffenceCode.MESSY_HAIR.sanction()), AppraisalRules.APR_8, MANAGER))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> new LedgerEntry(1, AGENT, null, EntryKind.PENALTY, "MESSY_HAIR", null, -1, null, null, null))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("date").hasMessageContaining("points");
        assertThatThrownBy(() -> new LedgerEntry(0, AGENT, DAY, EntryKind.REWARD, "PRAISE_LETTER", Money.yuan(-5), 0,
                Optional.of(OffenceCode.MESSY_HAIR.sanction()), AppraisalRules.APR_7, MANAGER)).hasMessageContaining("sequence");
    }

    @Test
    @DisplayName("APR-8 bad-input 1.8: statements refuse duplicate sequence numbers and never wrap the points")
    void statements_over_stored_rows() {
        Sanction big = Sanction.of(new SanctionMeasure.PointDeduction(Integer.MAX_VALUE));
        LedgerEntry a = new LedgerEntry(1, AGENT, DAY, EntryKind.SANCTION, "CMP-12", Money.ZERO, Integer.MAX_VALUE, Optional.of(big), AppraisalRules.CMP_12, MANAGER);
        LedgerEntry b = new LedgerEntry(2, AGENT, DAY, EntryKind.SANCTION, "CMP-12", Money.ZERO, Integer.MAX_VALUE, Optional.of(big), AppraisalRules.CMP_12, MANAGER);
        assertThatThrownBy(() -> PenaltyLedger.statements(List.of(a, b), YearMonth.of(2025, 3)))
                .as("two rows of Integer.MAX_VALUE points are refused, not wrapped to -2").isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("entries");
        assertThat(PenaltyLedger.statements(List.of(a), YearMonth.of(2025, 3)).get(AGENT).pointsDeducted()).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> PenaltyLedger.statements(List.of(a, a), YearMonth.of(2025, 3))).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("entries[1].sequence");
        assertThatThrownBy(() -> PenaltyLedger.statements(java.util.Arrays.asList(a, null), null)).hasMessageContaining("month")
                .hasMessageContaining("entries[1]");
        assertThatThrownBy(() -> PenaltyLedger.statements(null, YearMonth.of(2025, 3))).hasMessageContaining("entries");
        assertThatThrownBy(() -> ledger().statement(null, null)).isInstanceOf(PolicyInputException.class);
        assertThat(ledger().statement(AGENT, YearMonth.of(2025, 3)).entries()).isZero();
        Sanction five = Sanction.of(new SanctionMeasure.PointDeduction(5));
        LedgerEntry one = new LedgerEntry(1, AGENT, DAY, EntryKind.SANCTION, "CMP-12", Money.ZERO, 5, Optional.of(five), AppraisalRules.CMP_12, MANAGER);
        LedgerEntry two = new LedgerEntry(2, AGENT, DAY, EntryKind.SANCTION, "CMP-12", Money.ZERO, 5, Optional.of(five), AppraisalRules.CMP_12, MANAGER);
        LedgerEntry three = new LedgerEntry(3, AGENT, DAY, EntryKind.SANCTION, "CMP-12", Money.ZERO, 5, Optional.of(five), AppraisalRules.CMP_12, MANAGER);
        assertThat(PenaltyLedger.statements(List.of(three, one, two), YearMonth.of(2025, 3)).get(AGENT).pointsDeducted())
                .as("rows in any order").isEqualTo(15);
        assertThatThrownBy(() -> PenaltyLedger.statements(List.of(two, one, two), YearMonth.of(2025, 3))).hasMessageContaining("entries[2].sequence");
        assertThatThrownBy(() -> PenaltyLedger.statements(java.util.Arrays.asList(two, null, one, one), YearMonth.of(2025, 3)))
                .hasMessageContaining("entries[1]").hasMessageContaining("entries[3].sequence");
        assertThat(PenaltyLedger.statements(List.of(one, two), YearMonth.of(2025, 4))).isEmpty();
    }

    @Test
    @DisplayName("APR-5 APR-7 rewards: the schedule amount, or the company's amount for APR-5; never both")
    void rewards() {
        PenaltyLedger l = ledger();
        Decision<LedgerEntry> praise = l.recordReward(AGENT, RewardCode.PRAISE_LETTER, DAY, MANAGER);
        assertThat(praise.outcome().amount()).isEqualTo(Money.yuan(50));
        assertThat(praise.explain(Locale.SIMPLIFIED_CHINESE)).contains("客户表扬信");
        assertThat(l.recordReward(AGENT, RewardCode.OUTSTANDING_HANDLING, Money.yuan(300), DAY, MANAGER).outcome().rule())
                .isEqualTo(AppraisalRules.APR_5);
        assertThatThrownBy(() -> l.recordReward(AGENT, RewardCode.OUTSTANDING_HANDLING, DAY, MANAGER)).hasMessageContaining("amount");
        assertThatThrownBy(() -> l.recordReward(AGENT, RewardCode.PRAISE_LETTER, Money.yuan(60), DAY, MANAGER)).hasMessageContaining("amount");
        assertThatThrownBy(() -> l.recordReward(AGENT, RewardCode.OUTSTANDING_HANDLING, Money.ZERO, DAY, MANAGER)).hasMessageContaining("amount");
        assertThatThrownBy(() -> l.recordReward(null, null, DAY, null)).hasMessageContaining("employee").hasMessageContaining("code");
        assertThat(l.entries()).hasSize(2);
        MonthlyStatement s = l.statement(AGENT, YearMonth.of(2025, 3));
        assertThat(s.rewards()).isEqualTo(Money.yuan(350));
        assertThat(s.net()).isEqualTo(Money.yuan(350));
    }

    @Test
    @DisplayName("APR-8 offence reports name exactly one offence; the schedule sets its own fine")
    void report_builder() {
        PolicyInputException e = assertThrows(PolicyInputException.class, () -> OffenceReport.builder().build());
        assertThat(e.violations()).extracting(Violation::path).contains("employee", "date", "recordedBy", "offence");
        assertThatThrownBy(() -> OffenceReport.builder().employee(AGENT).date(DAY).recordedBy(CS_MANAGER).offence(OffenceCode.MESSY_HAIR)
                .offence(UnscheduledOffence.LATENESS).build()).hasMessageContaining("offence");
        assertThatThrownBy(() -> report(AGENT, OffenceCode.MESSY_HAIR, DAY).fine(Money.yuan(5)).build()).hasMessageContaining("fine");
        assertThatThrownBy(() -> OffenceReport.builder().employee(AGENT).date(DAY).recordedBy(CS_MANAGER).offence(UnscheduledOffence.LATENESS)
                .build()).hasMessageContaining("severity");
        assertThatThrownBy(() -> OffenceReport.builder().employee(AGENT).date(DAY).recordedBy(CS_MANAGER).phoneAnsweredOnRing(0)
                .alsoMatched((RuleId) null).fine(Money.ZERO).build()).hasMessageContaining("phoneAnsweredOnRing").hasMessageContaining("alsoMatched");
        assertThatThrownBy(() -> ledger().record(null)).hasMessageContaining("report");
        assertThatThrownBy(() -> new Recorder(null, null)).hasMessageContaining("role");
        assertThat(report(AGENT, OffenceCode.MESSY_HAIR, DAY).build().toString()).contains("MESSY_HAIR");
    }

    @Test
    @DisplayName("CMP-12 ATT-2 outside sanctions are recorded with their fine and points, explained without constant names")
    void outside_sanction() {
        PenaltyLedger l = ledger();
        Sanction tier2 = Sanction.of(new SanctionMeasure.Fine(Money.yuan(200)), new SanctionMeasure.PointDeduction(5));
        Decision<LedgerEntry> d = l.recordSanction(AGENT, tier2, AppraisalRules.CMP_12, "CMP-12:ARGUING_WITH_A_CUSTOMER", DAY, MANAGER);
        assertThat(d.outcome().amount()).isEqualTo(Money.yuan(-200));
        assertThat(d.outcome().points()).isEqualTo(5);
        assertThat(d.explain(Locale.ENGLISH)).contains("CMP-12").doesNotContainPattern("[A-Z]+_[A-Z_]+");
        assertThat(l.statement(AGENT, YearMonth.of(2025, 3)).pointsDeducted()).isEqualTo(5);
        assertThatThrownBy(() -> l.recordSanction(null, null, null, " ", null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> l.recordSanction(AGENT, tier2, AppraisalRules.APR_8, "MESSY_HAIR", DAY, MANAGER))
                .as("schedule offences go through record(OffenceReport)").hasMessageContaining("source");
        assertThatThrownBy(() -> new Recording(null, null, null)).isInstanceOf(PolicyInputException.class);
        assertThat(PenaltyLedger.builder().transferAfterOffences(3).restore(l.state()).entries()).hasSize(1);
    }

    @Test
    @DisplayName("APR-9 the deprecated entry points still work through the new rules")
    @SuppressWarnings("deprecation")
    void deprecated_entry_points() {
        PenaltyLedger l = PenaltyLedger.create(3, Optional.empty());
        assertThat(l.recordOffence(AGENT, OffenceCode.MESSY_HAIR, DAY, MANAGER).outcome().kind()).isEqualTo(EntryKind.WARNING);
        assertThat(l.recordReward(AGENT, RewardCode.SUGGESTION, Optional.empty(), DAY, MANAGER).outcome().amount()).isEqualTo(Money.yuan(20));
        assertThat(l.recordReward(AGENT, RewardCode.OUTSTANDING_HANDLING, Optional.of(Money.yuan(9)), DAY, MANAGER).outcome().amount())
                .isEqualTo(Money.yuan(9));
        assertThat(PenaltyLedger.create(2, Optional.of(Period.ofDays(1))).toString()).contains("P1D");
        assertThatThrownBy(() -> PenaltyLedger.create(2, null)).hasMessageContaining("lookBack");
        assertThat(OffenceCode.DAMAGING_COMPUTER.isDismissalOffence()).isTrue();
    }
}
