package dev.kefu.archive.lifecycle;

import static dev.kefu.archive.lifecycle.CustomerStage.ANALYSED;
import static dev.kefu.archive.lifecycle.CustomerStage.COLLECTED;
import static dev.kefu.archive.lifecycle.CustomerStage.DEAL_FAILED;
import static dev.kefu.archive.lifecycle.CustomerStage.DEAL_SUCCEEDED;
import static dev.kefu.archive.lifecycle.CustomerStage.FILED;
import static dev.kefu.archive.lifecycle.CustomerStage.FILED_FOR_LATER;
import static dev.kefu.archive.lifecycle.CustomerStage.FOLLOWING_UP;
import static dev.kefu.archive.lifecycle.CustomerStage.RECLASSIFIED;
import static dev.kefu.archive.lifecycle.CustomerStage.REPEAT_OR_REFERRAL;
import static dev.kefu.archive.lifecycle.CustomerStage.SCREENED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.archive.AdmissionOutcome;
import dev.kefu.archive.ArchiveAdmission;
import dev.kefu.archive.ArchiveRole;
import dev.kefu.archive.StaffMember;
import dev.kefu.archive.Verification;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @Test
    @DisplayName("ARC-14 the management steps run collect, screen, analyse, reclassify, follow up, file, then deal")
    void happy_path() {
        CustomerStage s = COLLECTED;
        for (CustomerStage next : List.of(SCREENED, ANALYSED, RECLASSIFIED, FOLLOWING_UP, FILED, FOLLOWING_UP, FILED,
                DEAL_SUCCEEDED, REPEAT_OR_REFERRAL, FILED_FOR_LATER, FOLLOWING_UP, FILED, DEAL_FAILED, FILED_FOR_LATER)) {
            s = CustomerLifecycle.move(s, next);
        }
        assertThat(s).isEqualTo(FILED_FOR_LATER);
        assertThat(CustomerLifecycle.next(FILED)).containsExactlyInAnyOrder(FOLLOWING_UP, DEAL_FAILED, DEAL_SUCCEEDED);
        assertThat(CustomerLifecycle.allows(DEAL_SUCCEEDED, FILED_FOR_LATER)).isTrue();
    }

    @Test
    @DisplayName("ARC-14 an illegal step is refused, naming the allowed ones")
    void illegal_step() {
        assertThatThrownBy(() -> CustomerLifecycle.move(COLLECTED, ANALYSED)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("cannot go from collected to analysed").hasMessageNotContaining("COLLECTED");
        assertThatThrownBy(() -> CustomerLifecycle.move(DEAL_FAILED, DEAL_SUCCEEDED)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> CustomerLifecycle.move(null, null)).hasMessageContaining("from").hasMessageContaining("to");
        assertThat(CustomerLifecycle.allows(null, FILED)).isFalse();
        assertThat(CustomerLifecycle.allows(FILED, null)).isFalse();
    }

    private static final ZoneId SH = ZoneId.of("Asia/Shanghai");

    private static ContactRecord rec(ContactRecord.Channel ch, String contacted, String recorded, boolean isNew, boolean deal) {
        return new ContactRecord(ch, Instant.parse(contacted), Instant.parse(recorded), EmployeeId.of("rep"), isNew, deal);
    }

    @Test
    @DisplayName("ARC-15 daily, weekly and monthly visitor-and-call statistics with deal counts")
    void statistics() {
        RegisterStatistics s = RegisterStatistics.of(Stream.of(
                rec(ContactRecord.Channel.CALL, "2025-06-02T01:00:00Z", "2025-06-02T02:00:00Z", true, false),
                rec(ContactRecord.Channel.VISIT, "2025-06-02T03:00:00Z", "2025-06-02T03:00:00Z", true, true),
                rec(ContactRecord.Channel.VISIT, "2025-06-08T15:00:00Z", "2025-06-08T15:30:00Z", false, false), // Jun 8 23:00 local, Sunday
                rec(ContactRecord.Channel.CALL, "2025-06-30T17:00:00Z", "2025-07-01T02:00:00Z", true, true)), SH); // Jul 1 01:00 local
        assertThat(s.daily()).containsOnlyKeys(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 8), LocalDate.of(2025, 7, 1));
        assertThat(s.daily().get(LocalDate.of(2025, 6, 2))).isEqualTo(new RegisterStatistics.Tally(1, 1, 2, 1));
        assertThat(s.weekly()).containsOnlyKeys(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 30));
        assertThat(s.weekly().get(LocalDate.of(2025, 6, 2))).isEqualTo(new RegisterStatistics.Tally(1, 2, 2, 1));
        assertThat(s.monthly()).containsOnlyKeys(YearMonth.of(2025, 6), YearMonth.of(2025, 7));
        assertThat(s.total().contacts()).isEqualTo(4);
        assertThat(s.total().deals()).isEqualTo(2);
        assertThat(s.lateRegistrations()).isEmpty();
        assertThat(s.zone()).isEqualTo(SH);
        assertThat(s.toString()).isEqualTo("3 days, 4 contacts, 2 deals");
    }

    @Test
    @DisplayName("ARC-15 a new customer's contact not written down the same day is flagged")
    void late_registration() {
        ContactRecord late = rec(ContactRecord.Channel.VISIT, "2025-06-02T10:00:00Z", "2025-06-02T16:30:00Z", true, false);
        ContactRecord returning = rec(ContactRecord.Channel.VISIT, "2025-06-02T10:00:00Z", "2025-06-03T10:00:00Z", false, false);
        RegisterStatistics s = RegisterStatistics.of(Stream.of(late, returning), SH);
        assertThat(s.lateRegistrations()).containsExactly(late);
        assertThatThrownBy(() -> rec(ContactRecord.Channel.CALL, "2025-06-02T10:00:00Z", "2025-06-02T09:00:00Z", true, false))
                .hasMessageContaining("recordedAt");
        assertThatThrownBy(() -> new ContactRecord(null, null, null, null, false, false)).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(4));
        assertThatThrownBy(() -> RegisterStatistics.of(null, null)).hasMessageContaining("records").hasMessageContaining("zone");
    }

    @Test
    @DisplayName("ARC-16 intent-class A and B customers without a tracking sheet are found")
    void tracking_sheets() {
        Map<CustomerId, IntentClass> intents = Map.of(CustomerId.of("a1"), IntentClass.A, CustomerId.of("b1"), IntentClass.B,
                CustomerId.of("b2"), IntentClass.B, CustomerId.of("c1"), IntentClass.C, CustomerId.of("d1"), IntentClass.D);
        Decision<List<CustomerId>> d = TrackingSheets.missing(intents, Set.of(CustomerId.of("b1")));
        assertThat(d.outcome()).containsExactly(CustomerId.of("a1"), CustomerId.of("b2"));
        assertThat(d.explain(Locale.ENGLISH)).contains("2 intent-class A/B customers have no tracking sheet");
        Decision<List<CustomerId>> ok = TrackingSheets.missing(intents, Set.of(CustomerId.of("a1"), CustomerId.of("b1"), CustomerId.of("b2")));
        assertThat(ok.outcome()).isEmpty();
        assertThat(ok.applied("ARC-16")).isTrue();
        assertThat(IntentClass.C.needsTrackingSheet()).isFalse();
        assertThatThrownBy(() -> TrackingSheets.missing(null, null)).hasMessageContaining("intents");
    }

    @Test
    @DisplayName("ARC-17 an archive is built only after a market inspector other than the rep verified the data")
    void admission() {
        StaffMember rep = new StaffMember(EmployeeId.of("rep"), ArchiveRole.SALES_REP);
        StaffMember inspector = new StaffMember(EmployeeId.of("inspector"), ArchiveRole.MARKET_INSPECTOR);
        StaffMember archivist = new StaffMember(EmployeeId.of("keeper"), ArchiveRole.ARCHIVIST);
        java.time.Instant now = java.time.Instant.parse("2025-06-02T02:00:00Z");
        assertThat(ArchiveAdmission.check(rep, List.of(), archivist, now).outcome()).isEqualTo(AdmissionOutcome.NOT_VERIFIED);
        assertThat(ArchiveAdmission.check(rep, List.of(new Verification(rep, now)), archivist, now).outcome())
                .isEqualTo(AdmissionOutcome.NOT_VERIFIED);
        Decision<AdmissionOutcome> ok = ArchiveAdmission.check(rep, List.of(new Verification(inspector, now)), archivist, now);
        assertThat(ok.outcome()).isEqualTo(AdmissionOutcome.ADMITTED);
        assertThat(ok.explain(Locale.CHINA)).contains("市场稽查员 inspector");
        assertThatThrownBy(() -> ArchiveAdmission.check(null, null, null, null)).hasMessageContaining("collector")
                .hasMessageContaining("verifications").hasMessageContaining("archivist").hasMessageContaining("buildAt");
    }
}
