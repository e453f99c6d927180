package dev.kefu.complaints.service;

import static dev.kefu.complaints.Fixtures.CAL;
import static dev.kefu.complaints.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.complaints.response.ResponseTimePolicy;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.DepartmentId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceRecordChecksTest {

    static final ZoneId SH = ZoneId.of("Asia/Shanghai");
    static final EmployeeId A = EmployeeId.of("agent-1");
    static final EmployeeId B = EmployeeId.of("agent-2");
    static final String NAME = "张三丰";
    static final String PHONE = "13812345678";

    private static List<FindingKind> kinds(Decision<ServiceAudit> d) {
        return d.outcome().findings().stream().map(Finding::kind).toList();
    }

    private static void readable(Decision<ServiceAudit> d) {
        String all = d.explain(Locale.ENGLISH) + d.explain(Locale.CHINA);
        assertThat(all).doesNotContainPattern("[A-Z]+_[A-Z_]+").doesNotContain(NAME).doesNotContain(PHONE);
    }

    @Test
    @DisplayName("CMP-15 every enquiry is logged with name, contact, question, where from and why, and read back")
    void enquiry_log() {
        EnquiryRecord full = new EnquiryRecord("E-1", A, at("2025-06-04T10:00"), NAME, PHONE, "price", "Pudong", "moving house", ReadBack.READ_BACK);
        EnquiryRecord partial = new EnquiryRecord("E-2", A, at("2025-06-04T11:00"), NAME, " ", "price", null, "", ReadBack.NOT_READ_BACK);
        assertThat(EnquiryLog.check(List.of(full)).outcome().clean()).isTrue();
        assertThat(EnquiryLog.check(List.of(full)).explain(Locale.ENGLISH)).contains("1 records checked");
        Decision<ServiceAudit> d = EnquiryLog.check(List.of(full, partial));
        assertThat(kinds(d)).containsExactly(FindingKind.ENQUIRY_FIELD_MISSING, FindingKind.ENQUIRY_NOT_READ_BACK);
        assertThat(d.explain(Locale.ENGLISH)).contains("enquiry E-2: the log lacks contact, origin, purpose");
        assertThat(d.outcome().findings().get(0).rule().value()).isEqualTo("CMP-15");
        readable(d);
        assertThat(full.toString()).doesNotContain(NAME).doesNotContain(PHONE).contains("E-1").contains("READ_BACK");
        assertThat(EnquiryLog.check(List.of(new EnquiryRecord("E-3", A, at("2025-06-04T10:00"), null, null, null, null, null,
                ReadBack.READ_BACK))).explain(Locale.ENGLISH)).contains("callerName, contact, question, origin, purpose");
        assertThatThrownBy(() -> new EnquiryRecord(" ", null, null, null, null, null, null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(4));
        assertThatThrownBy(() -> EnquiryLog.check(Arrays.asList(full, null))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> EnquiryLog.check(null)).isInstanceOf(PolicyInputException.class);
    }

    private static final ResponseTimePolicy COMPLEX_4H = ResponseTimePolicy.builder().complexQuestionAnswerWithin(Duration.ofHours(4)).build();
    private static final IssueFollowUp FOLLOW_UP = IssueFollowUp.builder(CAL).handlingLimit(Duration.ofHours(8)).responseTimes(COMPLEX_4H).build();

    @Test
    @DisplayName("CMP-16 first-contact ownership: a transfer keeps the issue under the owner's name; every problem within its limit")
    void first_contact_ownership() {
        OwnedIssue kept = new OwnedIssue("I-1", A, at("2025-06-04T10:00"), IssueKind.OTHER_PROBLEM,
                List.of(new Handoff(at("2025-06-04T11:00"), "billing", A, Optional.empty())), Optional.of(at("2025-06-04T17:00")));
        assertThat(FOLLOW_UP.check(List.of(kept), at("2025-06-09T10:00")).outcome().clean()).isTrue();
        OwnedIssue kicked = new OwnedIssue("I-2", A, at("2025-06-04T10:00"), IssueKind.OTHER_PROBLEM,
                List.of(new Handoff(at("2025-06-04T11:00"), "billing", B, Optional.empty())), Optional.empty());
        Decision<ServiceAudit> d = FOLLOW_UP.check(List.of(kicked), at("2025-06-05T10:00"));
        assertThat(kinds(d)).containsExactly(FindingKind.OWNERSHIP_PASSED_ON, FindingKind.ISSUE_OVERDUE);
        assertThat(d.explain(Locale.ENGLISH)).contains("passed from its first-contact owner agent-1 to agent-2 on 2025-06-04")
                .contains("time limit 2025-06-04 18:00");
        readable(d);
        // 8 working hours from Wed 10:00 end at 18:00 the same day
        assertThat(FOLLOW_UP.deadline(kept)).isEqualTo(at("2025-06-04T18:00"));
        assertThat(FOLLOW_UP.check(List.of(kicked), at("2025-06-04T17:00")).outcome().findings()).hasSize(1);
    }

    @Test
    @DisplayName("CMP-17 CMP-11 a complex issue is transferred with an expected reply time, no later than the complex-enquiry deadline")
    void complex_transfers() {
        OwnedIssue noTime = new OwnedIssue("I-3", A, at("2025-06-06T20:00"), IssueKind.COMPLEX_ENQUIRY,
                List.of(new Handoff(at("2025-06-06T20:30"), "tech", A, Optional.empty())), Optional.of(at("2025-06-09T09:00")));
        assertThat(kinds(FOLLOW_UP.check(List.of(noTime), at("2025-06-10T10:00")))).containsExactly(FindingKind.TRANSFER_WITHOUT_EXPECTED_TIME);
        OwnedIssue late = new OwnedIssue("I-4", A, at("2025-06-06T20:00"), IssueKind.COMPLEX_ENQUIRY,
                List.of(new Handoff(at("2025-06-06T20:30"), "tech", A, Optional.of(at("2025-06-09T12:00")))), Optional.of(at("2025-06-09T11:00")));
        Decision<ServiceAudit> d = FOLLOW_UP.check(List.of(late), at("2025-06-10T10:00"));
        assertThat(kinds(d)).containsExactly(FindingKind.TOLD_TIME_AFTER_DEADLINE, FindingKind.ISSUE_OVERDUE);
        assertThat(d.explain(Locale.CHINA)).contains("告知的回复时间 2025-06-09 12:00 晚于复杂问题时限 2025-06-09 10:00");
        OwnedIssue ok = new OwnedIssue("I-5", A, at("2025-06-06T20:00"), IssueKind.COMPLEX_ENQUIRY,
                List.of(new Handoff(at("2025-06-06T20:30"), "tech", A, Optional.of(at("2025-06-09T10:00")))), Optional.of(at("2025-06-09T09:30")));
        assertThat(FOLLOW_UP.check(List.of(ok), at("2025-06-10T10:00")).outcome().clean()).isTrue();
    }

    @Test
    @DisplayName("CMP-16 CMP-11 both time limits are required settings; malformed issues are refused")
    void follow_up_settings() {
        assertThatThrownBy(() -> IssueFollowUp.builder(null).build()).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("calendar").hasMessageContaining("handlingLimit").hasMessageContaining("complexQuestionAnswerWithin");
        assertThatThrownBy(() -> IssueFollowUp.builder(CAL).handlingLimit(Duration.ZERO).responseTimes(ResponseTimePolicy.regulation()).build())
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(2));
        assertThatThrownBy(() -> new OwnedIssue("", null, null, null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(6));
        assertThatThrownBy(() -> new OwnedIssue("I", A, at("2025-06-04T10:00"), IssueKind.OTHER_PROBLEM,
                List.of(new Handoff(at("2025-06-04T09:00"), "x", A, Optional.empty())), Optional.of(at("2025-06-04T08:00"))))
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(2));
        assertThatThrownBy(() -> new OwnedIssue("I", A, at("2025-06-04T10:00"), IssueKind.OTHER_PROBLEM, Arrays.asList((Handoff) null),
                Optional.empty())).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new Handoff(null, " ", null, null)).satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(4));
        assertThatThrownBy(() -> FOLLOW_UP.check(Arrays.asList((OwnedIssue) null), null)).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(2));
        assertThatThrownBy(() -> FOLLOW_UP.deadline(null)).isInstanceOf(PolicyInputException.class);
        List<Handoff> handoffs = new ArrayList<>();
        OwnedIssue copy = new OwnedIssue("I", A, at("2025-06-04T10:00"), IssueKind.OTHER_PROBLEM, handoffs, Optional.empty());
        handoffs.add(new Handoff(at("2025-06-04T11:00"), "x", A, Optional.empty()));
        assertThat(copy.handoffs()).isEmpty();
    }

    @Test
    @DisplayName("CMP-18 service records hold need, problem, measures, time and feedback; a follow-up callback; periodic analysis ([X])")
    void service_records() {
        ServiceRecords check = ServiceRecords.analysedEvery(Period.ofDays(7), SH);
        ServiceRecord complete = new ServiceRecord("S-1", A, at("2025-06-02T10:00"), "refund", "late parcel", "resent", "happy",
                Optional.of(at("2025-06-03T10:00")));
        ServiceRecord thin = new ServiceRecord("S-2", A, at("2025-06-03T10:00"), "refund", "", null, "happy " + NAME, Optional.empty());
        assertThat(check.check(List.of(complete), List.of(LocalDate.of(2025, 6, 8)), LocalDate.of(2025, 6, 10)).outcome().clean()).isTrue();
        Decision<ServiceAudit> d = check.check(List.of(complete, thin), List.of(), LocalDate.of(2025, 6, 10));
        assertThat(kinds(d)).containsExactly(FindingKind.SERVICE_RECORD_INCOMPLETE, FindingKind.NO_FOLLOW_UP_CALLBACK, FindingKind.REVIEW_OVERDUE);
        assertThat(d.explain(Locale.ENGLISH)).contains("service record S-2 (2025-06-03): lacks problem, measures")
                .contains("the periodic review due 2025-06-09 was not made");
        readable(d);
        assertThat(thin.toString()).doesNotContain(NAME).contains("S-2").contains("followUpCallbackAt=-");
        assertThat(complete.toString()).contains("followUpCallbackAt=2025-06-03T02:00:00Z");
        assertThat(d.outcome().clean()).isFalse();
        // a review made late is reported once, then the next interval runs from it
        Decision<ServiceAudit> late = check.check(List.of(complete), List.of(LocalDate.of(2025, 6, 12), LocalDate.of(2025, 6, 30)),
                LocalDate.of(2025, 6, 16));
        assertThat(late.outcome().findings()).extracting(Finding::day).containsExactly(Optional.of(LocalDate.of(2025, 6, 9)));
        assertThat(check.check(List.of(), List.of(), LocalDate.of(2025, 6, 16)).outcome().clean()).isTrue();
        assertThatThrownBy(() -> ServiceRecords.analysedEvery(null, null)).satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(2))
                .hasMessageContaining("analysisInterval");
        assertThatThrownBy(() -> ServiceRecords.analysedEvery(Period.ofDays(-1), SH)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> check.check(Arrays.asList((ServiceRecord) null), Arrays.asList((LocalDate) null), null))
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(3));
        assertThatThrownBy(() -> new ServiceRecord(null, null, null, null, null, null, null, null))
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(4));
    }

    private static SatisfactionCallback call(String customer, String local, Satisfaction quality) {
        return new SatisfactionCallback(CustomerId.of(customer), at(local), CallbackChannel.PHONE, quality, Satisfaction.SATISFIED,
                Satisfaction.SATISFIED, Optional.empty(), Optional.empty());
    }

    @Test
    @DisplayName("CMP-19 satisfaction callbacks: interval and coverage are required; overdue, incomplete and problems not passed on are found")
    void satisfaction_callbacks() {
        SatisfactionCallbacks every = SatisfactionCallbacks.builder(SH).interval(Period.ofMonths(1)).everyCustomer().build();
        Set<CustomerId> scope = Set.of(CustomerId.of("C1"), CustomerId.of("C2"));
        SatisfactionCallback withProblem = new SatisfactionCallback(CustomerId.of("C1"), at("2025-06-10T10:00"), CallbackChannel.EMAIL,
                Satisfaction.NOT_SATISFIED, Satisfaction.SATISFIED, Satisfaction.NOT_ASKED, Optional.of(NAME + " " + PHONE + " leaking"), Optional.empty());
        Decision<ServiceAudit> d = every.check(scope, List.of(withProblem), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 15));
        assertThat(kinds(d)).containsExactly(FindingKind.CALLBACK_INCOMPLETE, FindingKind.PROBLEM_NOT_FORWARDED, FindingKind.CALLBACK_OVERDUE);
        assertThat(d.outcome().findings().get(2).record()).isEqualTo("C2");
        assertThat(d.outcome().findings().get(2).day()).contains(LocalDate.of(2025, 6, 1));
        readable(d);
        assertThat(withProblem.toString()).doesNotContain(NAME).doesNotContain(PHONE).contains("C1").contains("problemFound=****")
                .contains("forwardedTo=-");
        assertThat(call("C9", "2025-06-10T10:00", Satisfaction.SATISFIED).toString()).contains("problemFound=-");
        SatisfactionCallback forwarded = new SatisfactionCallback(CustomerId.of("C2"), at("2025-06-12T10:00"), CallbackChannel.PHONE,
                Satisfaction.SATISFIED, Satisfaction.SATISFIED, Satisfaction.SATISFIED, Optional.of("late"), Optional.of(DepartmentId.of("logistics")));
        assertThat(every.check(scope, List.of(call("C1", "2025-06-10T10:00", Satisfaction.SATISFIED), forwarded),
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 15)).outcome().clean()).isTrue();
        SatisfactionCallbacks sample = SatisfactionCallbacks.builder(SH).interval(Period.ofMonths(1)).sample(Share.ofPercent(60)).build();
        assertThat(kinds(sample.check(scope, List.of(call("C1", "2025-06-10T10:00", Satisfaction.SATISFIED)), LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 6, 15)))).containsExactly(FindingKind.CALLBACK_OVERDUE);
        assertThat(sample.check(scope, List.of(call("C1", "2025-06-10T10:00", Satisfaction.SATISFIED), forwarded), LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 6, 15)).outcome().clean()).isTrue();
        assertThat(sample.check(scope, List.of(), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 15)).outcome().clean()).isTrue();
        assertThat(SatisfactionCallbacks.satisfaction(List.of(call("C1", "2025-06-10T10:00", Satisfaction.SATISFIED),
                call("C2", "2025-06-10T10:00", Satisfaction.NOT_SATISFIED), withProblem))).contains(Share.ofPercent(50));
        assertThat(SatisfactionCallbacks.satisfaction(List.of(withProblem))).isEmpty();
        assertThatThrownBy(() -> SatisfactionCallbacks.builder(null).build()).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("zone").hasMessageContaining("interval").hasMessageContaining("coverage");
        assertThatThrownBy(() -> SatisfactionCallbacks.builder(SH).interval(Period.ZERO).sample(Share.ZERO).build())
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(2));
        assertThatThrownBy(() -> SatisfactionCallbacks.builder(SH).interval(Period.ofDays(1)).everyCustomer().sample(Share.ofPercent(5)).build())
                .hasMessageContaining("coverage");
        assertThatThrownBy(() -> every.check(null, null, null, null)).satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(4));
        assertThatThrownBy(() -> SatisfactionCallbacks.satisfaction(Arrays.asList((SatisfactionCallback) null))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new SatisfactionCallback(null, null, null, null, null, null, null, null))
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(8));
    }

    @Test
    @DisplayName("CMP-20 every agent on duty keeps a daily service log; the week's rota agent summarises each working day that day; logs checked ([X])")
    void service_logs() {
        ServiceLogs logs = ServiceLogs.checkedEvery(CAL, Period.ofDays(7));
        LocalDate mon = LocalDate.of(2025, 6, 9);
        LocalDate tue = mon.plusDays(1);
        Map<LocalDate, Set<EmployeeId>> duty = Map.of(mon, Set.of(A, B), tue, Set.of(A));
        Map<LocalDate, Set<EmployeeId>> logged = Map.of(mon, Set.of(A, B), tue, Set.of(A));
        Map<LocalDate, EmployeeId> rota = Map.of(mon, A);
        List<DailySummary> good = List.of(new DailySummary(mon, A, at("2025-06-09T21:00")), new DailySummary(tue, A, at("2025-06-10T21:00")));
        assertThat(logs.check(mon, tue, duty, logged, good, rota, List.of()).outcome().clean()).isTrue();
        List<DailySummary> bad = List.of(new DailySummary(mon, B, at("2025-06-10T09:00")));
        Decision<ServiceAudit> d = logs.check(mon, LocalDate.of(2025, 6, 18), duty, Map.of(mon, Set.of(A)), bad, rota, List.of());
        assertThat(kinds(d)).containsExactly(FindingKind.NO_SERVICE_LOG, FindingKind.SUMMARY_LATE, FindingKind.SUMMARY_BY_OFF_ROTA_AGENT,
                FindingKind.NO_SERVICE_LOG, FindingKind.NO_DAILY_SUMMARY, FindingKind.NO_DAILY_SUMMARY, FindingKind.NO_DAILY_SUMMARY,
                FindingKind.NO_DAILY_SUMMARY, FindingKind.NO_DAILY_SUMMARY, FindingKind.NO_DAILY_SUMMARY, FindingKind.REVIEW_OVERDUE);
        assertThat(d.explain(Locale.ENGLISH)).contains("the summary of 2025-06-09 was made by agent-2, not by the week's rota agent agent-1");
        readable(d);
        // weekends and the Dragon Boat holiday (2025-05-31 .. 06-02) are not working days
        assertThat(logs.check(LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 1), Map.of(), Map.of(), List.of(), Map.of(), List.of())
                .outcome().clean()).isTrue();
        assertThat(kinds(logs.check(tue, tue, Map.of(), Map.of(), List.of(new DailySummary(tue, A, at("2025-06-10T21:00"))), Map.of(),
                List.of()))).containsExactly(FindingKind.SUMMARY_BY_OFF_ROTA_AGENT);
        assertThatThrownBy(() -> ServiceLogs.checkedEvery(null, null)).satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(2));
        assertThatThrownBy(() -> logs.check(tue, mon, null, null, null, null, null))
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(6));
        assertThatThrownBy(() -> logs.check(null, null, Map.of(), Map.of(), Arrays.asList((DailySummary) null), Map.of(),
                Arrays.asList((LocalDate) null))).satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(4));
        assertThatThrownBy(() -> new DailySummary(null, null, null)).satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(3));
    }

    @Test
    @DisplayName("CORE-CAL-4 CMP-18 CMP-19 CMP-20 CMP-16 dates at the ends of time are PolicyInputException, never DateTimeException")
    void extremes() {
        ServiceRecord far = new ServiceRecord("S", A, java.time.Instant.MAX, "n", "p", "m", "f", Optional.empty());
        assertThatThrownBy(() -> ServiceRecords.analysedEvery(Period.ofDays(1), SH).check(List.of(far), List.of(), LocalDate.MAX))
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> SatisfactionCallbacks.builder(SH).interval(Period.ofDays(1)).everyCustomer().build()
                .check(Set.of(CustomerId.of("C")), List.of(), LocalDate.MAX, LocalDate.MAX)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> ServiceLogs.checkedEvery(CAL, Period.ofDays(1)).check(LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 9), Map.of(),
                Map.of(), List.of(new DailySummary(LocalDate.of(2025, 6, 9), A, java.time.Instant.MAX)), Map.of(), List.of()))
                .isInstanceOf(PolicyInputException.class);
        OwnedIssue old = new OwnedIssue("I", A, java.time.Instant.MIN, IssueKind.OTHER_PROBLEM, List.of(), Optional.empty());
        assertThatThrownBy(() -> FOLLOW_UP.check(List.of(old), java.time.Instant.MAX))
                .isInstanceOfAny(PolicyInputException.class, dev.kefu.core.calendar.CalendarCoverageException.class);
        assertThat(dev.kefu.complaints.ComplaintsMessages.local(java.time.Instant.MAX, SH)).isEqualTo(java.time.Instant.MAX.toString());
        assertThatThrownBy(() -> dev.kefu.complaints.ComplaintsMessages.local(null, null)).isInstanceOf(PolicyInputException.class);
    }
}
