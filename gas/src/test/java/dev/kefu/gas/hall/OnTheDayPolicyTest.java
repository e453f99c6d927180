package dev.kefu.gas.hall;

import static dev.kefu.gas.Gas.at;
import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static dev.kefu.gas.Gas.zh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.gas.DeskRole;
import dev.kefu.gas.discipline.DeskOffenceKind;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OnTheDayPolicyTest {

    static final EmployeeId WANG = EmployeeId.of("clerk-wang");
    static final EmployeeId LEADER = EmployeeId.of("leader-sun");
    static final OnTheDayPolicy POLICY = OnTheDayPolicy.regulation();

    static OnTheDayChange consented(OnTheDayKind kind, DeskRole role, String consentAt, OnTheDayChange.LeaderRecord record) {
        return OnTheDayChange.withConsent(WANG, kind, at("2026-11-24T15:00"), Approval.approved(LEADER, role, at(consentAt)), record);
    }

    @Test
    @DisplayName("MTR-17: a short absence with the group leader's consent before it starts, recorded, is allowed")
    void allowed() {
        var c = consented(OnTheDayKind.SHORT_ABSENCE, DeskRole.GROUP_LEADER, "2026-11-24T15:00", OnTheDayChange.LeaderRecord.RECORDED);
        var d = POLICY.check(c);
        assertThat(d.outcome().status()).isEqualTo(ChangeStatus.EFFECTIVE);
        assertThat(en(d)).contains("a short absence from the post by clerk-wang at 2026-11-24 15:00 had the group leader's consent in advance");
        assertThat(OnTheDayPolicy.offenceOf(c, d.outcome())).isEmpty();
    }

    @Test
    @DisplayName("MTR-17: a swap without consent is not allowed and is MTR-2's unapproved stand-in")
    void no_consent() {
        OnTheDayChange c = OnTheDayChange.withoutConsent(WANG, OnTheDayKind.SWAP, at("2026-11-24T15:00"));
        var d = POLICY.check(c);
        assertThat(d.outcome().status()).isEqualTo(ChangeStatus.NOT_EFFECTIVE);
        assertThat(d.outcome().findings()).containsExactly(ChangeFinding.NOT_APPROVED);
        assertThat(zh(d)).contains("未经营业中心组长同意");
        assertThat(OnTheDayPolicy.offenceOf(c, d.outcome())).contains(DeskOffenceKind.UNAPPROVED_STAND_IN);
        OnTheDayChange away = OnTheDayChange.withoutConsent(WANG, OnTheDayKind.SHORT_ABSENCE, at("2026-11-24T15:00"));
        assertThat(OnTheDayPolicy.offenceOf(away, POLICY.check(away).outcome())).contains(DeskOffenceKind.LEAVING_POST);
    }

    @Test
    @DisplayName("MTR-17: consent one minute after the start, or from the department head instead of the group leader, is not enough")
    void late_or_wrong_role() {
        var late = POLICY.check(consented(OnTheDayKind.STAND_IN, DeskRole.GROUP_LEADER, "2026-11-24T15:01", OnTheDayChange.LeaderRecord.RECORDED));
        assertThat(late.outcome().findings()).containsExactly(ChangeFinding.APPROVED_TOO_LATE);
        assertThat(en(late)).contains("Consent for clerk-wang came at 2026-11-24 15:01, after it started at 2026-11-24 15:00");
        var role = POLICY.check(consented(OnTheDayKind.STAND_IN, DeskRole.DEPARTMENT_HEAD, "2026-11-24T14:00", OnTheDayChange.LeaderRecord.RECORDED));
        assertThat(role.outcome().findings()).containsExactly(ChangeFinding.WRONG_APPROVER);
        var refused = POLICY.check(OnTheDayChange.withConsent(WANG, OnTheDayKind.SWAP, at("2026-11-24T15:00"),
                Approval.refused(LEADER, DeskRole.GROUP_LEADER, at("2026-11-24T14:00")), OnTheDayChange.LeaderRecord.RECORDED));
        assertThat(refused.outcome().findings()).containsExactly(ChangeFinding.REFUSED);
        en(refused);
    }

    @Test
    @DisplayName("MTR-17: consent the group leader did not record is allowed but reported")
    void not_recorded() {
        var d = POLICY.check(consented(OnTheDayKind.SWAP, DeskRole.GROUP_LEADER, "2026-11-24T14:00", OnTheDayChange.LeaderRecord.NOT_RECORDED));
        assertThat(d.outcome().status()).isEqualTo(ChangeStatus.EFFECTIVE);
        assertThat(d.outcome().findings()).containsExactly(ChangeFinding.NOT_RECORDED);
        assertThat(en(d)).contains("The group leader leader-sun did not record a swap");
    }

    @Test
    @DisplayName("MTR-17: malformed changes are rejected")
    void malformed() {
        rejects(() -> new OnTheDayChange(null, null, null, null, null), "employee", "kind", "startsAt", "consent", "record");
        rejects(() -> POLICY.check(null), "change");
        rejects(() -> OnTheDayPolicy.inZone(null), "zone");
        rejects(() -> OnTheDayPolicy.offenceOf(null, null), "change", "verdict");
        assertThat(OnTheDayPolicy.inZone(ZoneOffset.UTC).toString()).contains("Z");
    }
}
