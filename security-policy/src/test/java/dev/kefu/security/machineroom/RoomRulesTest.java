package dev.kefu.security.machineroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoomRulesTest {

    static final Instant T = Instant.parse("2025-06-10T02:00:00Z");
    static final ZoneId SH = ZoneId.of("Asia/Shanghai");
    static final EmployeeId IT1 = EmployeeId.of("it1");
    static final EmployeeId IT2 = EmployeeId.of("it2");
    static final EmployeeId LEAD = EmployeeId.of("lead");

    @Test
    @DisplayName("SEC-9 every entry is logged with what was done; an entry without it is a finding")
    void work_recorded() {
        List<RoomEvent> log = List.of(new RoomEvent(T, IT1, true, true, Optional.of(LEAD), Optional.empty(), Optional.of("replaced a disk")),
                new RoomEvent(T, IT2, true, true, Optional.of(LEAD), Optional.empty(), Optional.of("  ")),
                new RoomEvent(T.plusSeconds(600), IT2, false, true, Optional.empty(), Optional.empty()),
                new RoomEvent(T.plusSeconds(600), IT1, false, true, Optional.empty(), Optional.empty()));
        Decision<List<MachineRoomAudit.Finding>> d = MachineRoomAudit.audit(log, List.of(), List.of(), List.of(LocalDate.of(2025, 3, 1)),
                Year.of(2025), SH);
        assertThat(d.outcome()).extracting(MachineRoomAudit.Finding::kind).containsExactly(MachineRoomAudit.Kind.WORK_NOT_RECORDED);
        assertThat(d.explain(Locale.ENGLISH)).contains("the entry at 2025-06-10 10:00 by it2 does not record what was done");
    }

    @Test
    @DisplayName("SEC-9 media and confidential papers are shredded, never thrown away")
    void shredding() {
        List<MediaDisposal> disposals = List.of(new MediaDisposal(T, "disk 7", IT1, MediaDisposal.Method.SHREDDED),
                new MediaDisposal(T, "printouts", IT2, MediaDisposal.Method.THROWN_AWAY),
                new MediaDisposal(T, "tape 3", IT2, MediaDisposal.Method.OTHER));
        Decision<List<MachineRoomAudit.Finding>> d = MachineRoomAudit.audit(List.of(), List.of(), disposals, List.of(LocalDate.of(2025, 3, 1)),
                Year.of(2025), SH);
        assertThat(d.outcome()).extracting(MachineRoomAudit.Finding::kind)
                .containsExactly(MachineRoomAudit.Kind.MEDIA_NOT_SHREDDED, MachineRoomAudit.Kind.MEDIA_NOT_SHREDDED);
        assertThat(d.explain(Locale.CHINA)).contains("未经粉碎");
        assertThatThrownBy(() -> new MediaDisposal(null, null, null, null)).hasMessageContaining("disposal.method");
    }

    @Test
    @DisplayName("SEC-16 prohibited acts are incidents; a removal without another person's authorisation is one too")
    void prohibitions() {
        List<RoomProhibitions.Incident> acts = List.of(new RoomProhibitions.Incident(T, IT1, RoomProhibitions.Act.SMOKING),
                new RoomProhibitions.Incident(T, IT2, RoomProhibitions.Act.HAZARDOUS_GOODS));
        List<RoomProhibitions.Removal> removals = List.of(new RoomProhibitions.Removal(T, "laptop", IT1, Optional.of(LEAD)),
                new RoomProhibitions.Removal(T, "backup tape", IT2, Optional.empty()),
                new RoomProhibitions.Removal(T, "toolkit", IT2, Optional.of(IT2)));
        Decision<List<RoomProhibitions.Incident>> d = RoomProhibitions.check(acts, removals, SH);
        assertThat(d.outcome()).extracting(RoomProhibitions.Incident::act).containsExactly(RoomProhibitions.Act.SMOKING,
                RoomProhibitions.Act.HAZARDOUS_GOODS, RoomProhibitions.Act.UNAUTHORISED_REMOVAL, RoomProhibitions.Act.UNAUTHORISED_REMOVAL);
        assertThat(d.explain(Locale.ENGLISH)).contains("it1 at 2025-06-10 10:00: smoking").doesNotContainPattern("[A-Z]+_[A-Z_]+");
        assertThat(d.explain(Locale.CHINA)).contains("吸烟");
        assertThat(RoomProhibitions.check(List.of(), List.of(removals.get(0)), SH).explain(Locale.ENGLISH)).contains("no prohibited act");
        assertThatThrownBy(() -> RoomProhibitions.check(null, null, null)).hasMessageContaining("incidents").hasMessageContaining("removals")
                .hasMessageContaining("zone");
    }
}
