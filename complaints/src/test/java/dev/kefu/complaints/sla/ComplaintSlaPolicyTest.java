package dev.kefu.complaints.sla;

import static dev.kefu.complaints.Fixtures.CAL;
import static dev.kefu.complaints.Fixtures.at;
import static dev.kefu.complaints.Fixtures.dispatched;
import static dev.kefu.complaints.Fixtures.hr;
import static dev.kefu.complaints.Fixtures.owner;
import static dev.kefu.complaints.Fixtures.received;
import static dev.kefu.complaints.Fixtures.sup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.complaints.Complaint;
import static dev.kefu.complaints.Fixtures.MAJOR;
import dev.kefu.complaints.EventType;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComplaintSlaPolicyTest {

    private final ComplaintSlaPolicy sla = ComplaintSlaPolicy.builder(CAL).build();

    @Test
    @DisplayName("CMP-7 received the evening before the 2025 National Day week: investigation due Oct 9 22:00, reply Oct 10 22:00")
    void national_day_deadlines() {
        Complaint c = received("1", "2025-09-30T21:30");
        SlaReport inv = sla.status(c, SlaTarget.INVESTIGATION_START, at("2025-10-09T10:00"));
        assertThat(inv.due()).contains(at("2025-10-09T22:00"));
        assertThat(inv.status()).isEqualTo(SlaStatus.RUNNING);
        assertThat(inv.elapsed()).isEqualTo(Duration.ofMinutes(150));
        assertThat(inv.remaining()).isEqualTo(Duration.ofHours(12));
        assertThat(sla.status(c, SlaTarget.REPLY, at("2025-10-09T10:00")).due()).contains(at("2025-10-10T22:00"));
        assertThat(sla.status(c, SlaTarget.INVESTIGATION_START, at("2025-10-05T10:00")).elapsed()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    @DisplayName("CMP-7 at risk only after a host-set share (the regulation gives none), breached at the due instant with the breach time")
    void at_risk_and_breached() {
        Complaint c = received("1", "2025-09-30T21:30");
        assertThat(sla.quickStatus(c, SlaTarget.INVESTIGATION_START, at("2025-10-09T21:00"))).isEqualTo(SlaStatus.RUNNING);
        ComplaintSlaPolicy sla = ComplaintSlaPolicy.builder(CAL).atRiskAfter(Share.ofPercent(80)).build();
        assertThat(sla.quickStatus(c, SlaTarget.INVESTIGATION_START, at("2025-10-09T19:00"))).isEqualTo(SlaStatus.RUNNING);
        assertThat(sla.quickStatus(c, SlaTarget.INVESTIGATION_START, at("2025-10-09T20:00"))).isEqualTo(SlaStatus.AT_RISK);
        SlaReport breached = sla.status(c, SlaTarget.INVESTIGATION_START, at("2025-10-10T08:30"));
        assertThat(breached.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(breached.breachedAt()).contains(at("2025-10-09T22:00"));
        assertThat(breached.remaining()).isZero();
        ComplaintSlaPolicy strict = ComplaintSlaPolicy.builder(CAL).atRiskAfter(Share.ofPercent(50)).build();
        assertThat(strict.quickStatus(c, SlaTarget.INVESTIGATION_START, at("2025-10-09T15:00"))).isEqualTo(SlaStatus.AT_RISK);
    }

    @Test
    @DisplayName("CMP-7 a target met in time is MET; met late is BREACHED")
    void met_and_late() {
        Complaint c = dispatched(received("1", "2025-06-04T10:00"), "2025-06-04T10:10");
        Complaint onTime = sup(c, EventType.INVESTIGATION_STARTED, "2025-06-05T21:59");
        SlaReport r = sla.status(onTime, SlaTarget.INVESTIGATION_START, at("2025-06-20T10:00"));
        assertThat(r.status()).isEqualTo(SlaStatus.MET);
        assertThat(r.metAt()).contains(at("2025-06-05T21:59"));
        assertThat(r.due()).contains(at("2025-06-05T22:00"));
        Complaint late = sup(c, EventType.INVESTIGATION_STARTED, "2025-06-06T08:30");
        SlaReport l = sla.status(late, SlaTarget.INVESTIGATION_START, at("2025-06-20T10:00"));
        assertThat(l.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(l.breachedAt()).contains(at("2025-06-05T22:00"));
    }

    @Test
    @DisplayName("CMP-7 a complaint received after close of business: the next working day is day one")
    void after_close_of_business() {
        Complaint c = received("1", "2025-06-06T23:10"); // Friday night
        assertThat(sla.status(c, SlaTarget.INVESTIGATION_START, at("2025-06-07T10:00")).due()).contains(at("2025-06-09T22:00"));
        assertThat(sla.status(c, SlaTarget.INVESTIGATION_START, at("2025-06-07T10:00")).elapsed()).isZero();
    }

    @Test
    @DisplayName("CMP-7 Spring Festival 2025 with its make-up working days: received Jan 27, reply due Feb 6")
    void spring_festival() {
        Complaint c = received("1", "2025-01-27T15:00");
        assertThat(sla.status(c, SlaTarget.REPLY, at("2025-01-28T10:00")).due()).contains(at("2025-02-06T22:00"));
        Complaint beforeMakeUp = received("2", "2025-01-24T12:00"); // Fri; Sun Jan 26 is a make-up working day
        assertThat(sla.status(beforeMakeUp, SlaTarget.INVESTIGATION_START, at("2025-01-25T10:00")).due()).contains(at("2025-01-26T22:00"));
    }

    @Test
    @DisplayName("CMP-7 a pause spanning the National Day week moves the reply due from Oct 9 to Oct 10")
    void pause_across_holiday() {
        Complaint c = hr(received("1", "2025-09-29T10:00"), EventType.PAUSED, "2025-09-30T10:00");
        SlaReport paused = sla.status(c, SlaTarget.REPLY, at("2025-10-03T12:00"));
        assertThat(paused.status()).isEqualTo(SlaStatus.PAUSED);
        assertThat(paused.elapsed()).isEqualTo(Duration.ofHours(14));
        Complaint resumed = hr(c, EventType.RESUMED, "2025-10-09T10:00");
        SlaReport r = sla.status(resumed, SlaTarget.REPLY, at("2025-10-09T12:00"));
        assertThat(r.status()).isEqualTo(SlaStatus.RUNNING);
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(16));
        assertThat(r.due()).contains(at("2025-10-10T22:00"));
        assertThat(sla.status(received("2", "2025-09-29T10:00"), SlaTarget.REPLY, at("2025-10-09T12:00")).due())
                .contains(at("2025-10-09T22:00"));
    }

    @Test
    @DisplayName("CMP-7 CMP-8 a host's per-level goals override the regulation's 1 and 2 working days")
    void per_level() {
        ComplaintSlaPolicy levels = ComplaintSlaPolicy.builder(CAL).levelDeadlinesInWorkingDays(MAJOR, 1, 5).build();
        Complaint major = received("1", "2025-06-04T10:00").toBuilder().level(MAJOR).build();
        assertThat(levels.status(major, SlaTarget.REPLY, at("2025-06-04T12:00")).due()).contains(at("2025-06-11T22:00"));
        assertThat(levels.status(received("2", "2025-06-04T10:00"), SlaTarget.REPLY, at("2025-06-04T12:00")).due())
                .contains(at("2025-06-06T22:00"));
        assertThatThrownBy(() -> ComplaintSlaPolicy.builder(CAL).levelDeadlinesInWorkingDays(MAJOR, 2, 1)
                .levelDeadlinesInWorkingDays(null, 0, 1).build()).hasMessageContaining("levelDeadlines[重大]")
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(3));
    }

    @Test
    @DisplayName("CMP-9 CMP-5 progress-update and callback targets have no default and apply once configured")
    void progress_and_callback() {
        Complaint c = received("1", "2025-06-04T10:00");
        assertThat(sla.configured(SlaTarget.PROGRESS_UPDATE)).isFalse();
        assertThatThrownBy(() -> sla.status(c, SlaTarget.PROGRESS_UPDATE, at("2025-06-04T12:00")))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("CMP-9");
        assertThatThrownBy(() -> sla.status(c, SlaTarget.CALLBACK, at("2025-06-04T12:00"))).hasMessageContaining("CMP-5");
        assertThat(sla.status(c, at("2025-06-04T12:00"))).extracting(SlaReport::target)
                .containsExactly(SlaTarget.INTAKE_HANDOVER, SlaTarget.INVESTIGATION_START, SlaTarget.REPLY);
        ComplaintSlaPolicy full = ComplaintSlaPolicy.builder(CAL).progressUpdateEvery(Duration.ofHours(4)).callbackWithinWorkingDays(1)
                .atRiskAfter(Share.ofPercent(80)).build();
        Complaint updated = owner(c, EventType.PROGRESS_UPDATE, "2025-06-04T13:00");
        SlaReport p = full.status(updated, SlaTarget.PROGRESS_UPDATE, at("2025-06-04T16:30"));
        assertThat(p.due()).contains(at("2025-06-04T17:00"));
        assertThat(p.status()).isEqualTo(SlaStatus.AT_RISK);
        assertThat(full.quickStatus(updated, SlaTarget.PROGRESS_UPDATE, at("2025-06-04T18:00"))).isEqualTo(SlaStatus.BREACHED);
        assertThat(full.quickStatus(c, SlaTarget.CALLBACK, at("2025-06-04T18:00"))).isEqualTo(SlaStatus.NOT_APPLICABLE);
        Complaint reported = ComplaintWorkflowSteps.reported(c);
        assertThat(full.status(reported, SlaTarget.CALLBACK, at("2025-06-05T12:00")).due()).contains(at("2025-06-06T22:00"));
        assertThat(full.quickStatus(reported, SlaTarget.PROGRESS_UPDATE, at("2025-06-05T12:00"))).isEqualTo(SlaStatus.NOT_APPLICABLE);
        Complaint called = hr(reported, EventType.CALLBACK_DONE, "2025-06-06T09:00");
        assertThat(full.quickStatus(called, SlaTarget.CALLBACK, at("2025-06-09T12:00"))).isEqualTo(SlaStatus.MET);
        assertThat(full.status(called, at("2025-06-09T12:00"))).hasSize(5);
    }

    @Test
    @DisplayName("CMP-3 CMP-7 an unfounded complaint: the tactful answer meets the reply deadline; nothing to investigate")
    void invalid_not_applicable() {
        Complaint c = hr(hr(received("1", "2025-06-04T10:00"), EventType.RECORDED, "2025-06-04T10:30"), EventType.ASSESSED_INVALID, "2025-06-04T11:00");
        SlaReport reply = sla.status(c, SlaTarget.REPLY, at("2025-06-10T11:00"));
        assertThat(reply.status()).isEqualTo(SlaStatus.MET);
        assertThat(reply.metAt()).contains(at("2025-06-04T11:00"));
        assertThat(sla.status(c, SlaTarget.INVESTIGATION_START, at("2025-06-10T11:00")).status()).isEqualTo(SlaStatus.NOT_APPLICABLE);
        assertThat(sla.status(received("2", "2025-06-04T10:00"), SlaTarget.REPLY, at("2025-06-04T09:00")).status())
                .isEqualTo(SlaStatus.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("CMP-7 bad settings and input are refused")
    void bad_input() {
        assertThatThrownBy(() -> ComplaintSlaPolicy.builder(null).progressUpdateEvery(Duration.ZERO).callbackWithinWorkingDays(0)
                .atRiskAfter(Share.ZERO).build()).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(4));
        assertThatThrownBy(() -> sla.status(null, SlaTarget.INVESTIGATION_START, null)).hasMessageContaining("complaint")
                .hasMessageContaining("now");
        assertThat(ComplaintSlaPolicy.atLeast(8, 10, 80, 1)).isTrue();
        assertThat(ComplaintSlaPolicy.atLeast(7, 10, 80, 1)).isFalse();
        assertThat(ComplaintSlaPolicy.atLeast(Long.MAX_VALUE / 2, 4, Long.MAX_VALUE / 4, 8)).isTrue();
        assertThat(sla.calendar()).isSameAs(CAL);
    }

    /** Steps to RESULT_REPORTED. */
    static final class ComplaintWorkflowSteps {
        static Complaint reported(Complaint c) {
            c = dispatched(c, "2025-06-04T13:50");
            c = sup(c, EventType.INVESTIGATION_STARTED, "2025-06-04T15:00");
            c = sup(c, EventType.SOLUTION_PROPOSED, "2025-06-04T16:00");
            c = sup(c, EventType.CUSTOMER_SATISFIED, "2025-06-04T17:00");
            return sup(c, EventType.RESULT_REPORTED, "2025-06-05T10:00");
        }
    }

    @Test
    @DisplayName("CMP-7 all targets of a fresh complaint run from its receipt")
    void list_all() {
        List<SlaReport> all = sla.status(received("1", "2025-06-04T10:00"), at("2025-06-04T11:00"));
        assertThat(all).allSatisfy(r -> assertThat(r.status()).isEqualTo(SlaStatus.RUNNING));
        assertThat(all).extracting(SlaReport::rule).extracting(Object::toString).containsExactly("CMP-16", "CMP-7", "CMP-7");
    }

    @Test
    @DisplayName("CMP-7 CMP-2 both clocks start at the first receipt on any channel, not when the HR-admin intake records it")
    void clocks_start_at_first_receipt() {
        Complaint c = hr(received("1", "2025-06-04T10:00"), EventType.RECORDED, "2025-06-05T09:00");
        assertThat(sla.status(c, SlaTarget.INVESTIGATION_START, at("2025-06-05T10:00")).due()).contains(at("2025-06-05T22:00"));
        assertThat(sla.status(c, SlaTarget.REPLY, at("2025-06-05T10:00")).due()).contains(at("2025-06-06T22:00"));
    }

    @Test
    @DisplayName("CMP-16 the first-contact owner passes the complaint to intake the same working day")
    void intake_same_working_day() {
        Complaint c = received("1", "2025-06-04T10:00"); // Wednesday
        SlaReport open = sla.status(c, SlaTarget.INTAKE_HANDOVER, at("2025-06-04T12:00"));
        assertThat(open.due()).contains(at("2025-06-04T22:00"));
        assertThat(open.rule().value()).isEqualTo("CMP-16");
        assertThat(sla.quickStatus(hr(c, EventType.RECORDED, "2025-06-04T21:59"), SlaTarget.INTAKE_HANDOVER, at("2025-06-09T10:00")))
                .isEqualTo(SlaStatus.MET);
        assertThat(sla.quickStatus(hr(c, EventType.RECORDED, "2025-06-05T08:30"), SlaTarget.INTAKE_HANDOVER, at("2025-06-09T10:00")))
                .isEqualTo(SlaStatus.BREACHED);
        // received after close of business on Friday, or on a Saturday: the next working day
        assertThat(sla.status(received("2", "2025-06-06T22:30"), SlaTarget.INTAKE_HANDOVER, at("2025-06-07T10:00")).due())
                .contains(at("2025-06-09T22:00"));
        assertThat(sla.status(received("3", "2025-06-07T10:00"), SlaTarget.INTAKE_HANDOVER, at("2025-06-07T10:00")).due())
                .contains(at("2025-06-09T22:00"));
    }

    @Test
    @DisplayName("CMP-7 CMP-4 the reply deadline is met by a reply proposing a resolution; a rejected reply reopens handling with CMP-9 updates")
    void reply_met_by_proposal() {
        ComplaintSlaPolicy full = ComplaintSlaPolicy.builder(CAL).progressUpdateEvery(Duration.ofHours(4)).build();
        Complaint c = dispatched(received("1", "2025-06-04T10:00"), "2025-06-04T10:10");
        c = sup(c, EventType.INVESTIGATION_STARTED, "2025-06-04T11:00");
        c = sup(c, EventType.SOLUTION_PROPOSED, "2025-06-05T10:00");
        assertThat(full.quickStatus(c, SlaTarget.REPLY, at("2025-06-20T10:00"))).isEqualTo(SlaStatus.MET);
        Complaint rejected = sup(c, EventType.CUSTOMER_NOT_SATISFIED, "2025-06-05T11:00");
        assertThat(full.quickStatus(rejected, SlaTarget.REPLY, at("2025-06-20T10:00"))).isEqualTo(SlaStatus.MET);
        SlaReport progress = full.status(rejected, SlaTarget.PROGRESS_UPDATE, at("2025-06-05T12:00"));
        assertThat(progress.status()).isEqualTo(SlaStatus.RUNNING);
        assertThat(progress.due()).contains(at("2025-06-05T14:00"));
        Complaint satisfied = sup(sup(rejected, EventType.SOLUTION_PROPOSED, "2025-06-05T13:00"), EventType.CUSTOMER_SATISFIED, "2025-06-05T13:30");
        assertThat(full.quickStatus(satisfied, SlaTarget.PROGRESS_UPDATE, at("2025-06-06T12:00"))).isEqualTo(SlaStatus.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("CMP-7 bad-input #19 #20: a stored timeline out of order or RESUMED before PAUSED is refused, never a negative elapsed time")
    void bad_input_19_20_inconsistent_timelines() {
        Complaint c = received("1", "2025-09-30T16:00");
        assertThatThrownBy(() -> c.toBuilder().addEvent(dev.kefu.complaints.ComplaintEvent.byResolver(EventType.INVESTIGATION_STARTED,
                dev.kefu.complaints.Fixtures.SUP, dev.kefu.complaints.Fixtures.SUPERVISOR, at("2025-09-30T15:00"))).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("events[1].at");
        assertThatThrownBy(() -> c.toBuilder().addEvent(dev.kefu.complaints.ComplaintEvent.of(EventType.RESUMED,
                dev.kefu.complaints.Fixtures.HR, dev.kefu.complaints.Role.HR_ADMIN_INTAKE, at("2025-09-30T17:00"))).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("events[1].type");
        assertThatThrownBy(() -> hr(hr(c, EventType.PAUSED, "2025-09-30T17:00"), EventType.PAUSED, "2025-09-30T18:00"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    @DisplayName("CMP-7 CMP-9 bad-input #141 #142 #143: null level, huge interval, now = Instant.MAX are PolicyInputException")
    void bad_input_141_142_143() {
        assertThatThrownBy(() -> ComplaintSlaPolicy.builder(CAL).levelDeadlinesInWorkingDays(null, 1, 2).build())
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> ComplaintSlaPolicy.builder(CAL).progressUpdateEvery(Duration.ofDays(300L * 366)).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("progressUpdateEvery");
        Complaint c = received("1", "2025-09-30T16:00");
        assertThatThrownBy(() -> sla.status(c, SlaTarget.INVESTIGATION_START, java.time.Instant.MAX))
                .isInstanceOfAny(PolicyInputException.class, dev.kefu.core.calendar.CalendarCoverageException.class);
        assertThatThrownBy(() -> sla.quickStatus(c, null, java.time.Instant.MAX)).isInstanceOf(PolicyInputException.class);
        assertThat(ComplaintSlaPolicy.regulation(CAL).configured(SlaTarget.CALLBACK)).isFalse();
    }

    @Test
    @DisplayName("CORE-CAL-3 CMP-7 a complaint received 2026-12-30 10:00 is due 2027-01-04 22:00, marked provisional in zh-CN and English")
    void year_end_complaint_gets_a_provisional_due_date() {
        Complaint c = received("Y", "2026-12-30T10:00");
        SlaReport reply = sla.status(c, SlaTarget.REPLY, at("2026-12-31T09:00"));
        assertThat(reply.due()).contains(at("2027-01-04T22:00"));
        assertThat(reply.provisional()).isTrue();
        assertThat(reply.ruleIds()).extracting(r -> r.value()).containsExactly("CMP-7", "CORE-CAL-3");
        assertThat(reply.explainCalendar(java.util.Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[CORE-CAL-3] 2027 年放假安排尚未公布，按法定假日估算");
        assertThat(reply.explainCalendar(java.util.Locale.ENGLISH))
                .isEqualTo("[CORE-CAL-3] the 2027 schedule is not yet published; estimated from the statutory holidays");
        // the investigation target falls on 31 Dec 2026, a published day: not provisional
        SlaReport inv = sla.status(c, SlaTarget.INVESTIGATION_START, at("2026-12-31T09:00"));
        assertThat(inv.due()).contains(at("2026-12-31T22:00"));
        assertThat(inv.provisional()).isFalse();
        assertThat(inv.ruleIds()).extracting(r -> r.value()).containsExactly("CMP-7");
        assertThat(inv.explainCalendar(java.util.Locale.ENGLISH)).isEmpty();
        // once the 2027 schedule is loaded the same report is no longer provisional
        ComplaintSlaPolicy loaded = ComplaintSlaPolicy.builder(CAL.withPublishedSchedule(dev.kefu.core.calendar.PublishedSchedule
                .fromCsv(new java.io.StringReader("date,kind,name\n2027-01-01,HOLIDAY,元旦\n")))).build();
        assertThat(loaded.status(c, SlaTarget.REPLY, at("2026-12-31T09:00")).provisional()).isFalse();
    }
}
