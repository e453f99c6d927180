package dev.kefu.security.machineroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MachineRoomAuditTest {

    static final EmployeeId IT1 = EmployeeId.of("it1");
    static final EmployeeId IT2 = EmployeeId.of("it2");
    static final EmployeeId LEAD = EmployeeId.of("it-lead");
    static final EmployeeId GUEST = EmployeeId.of("vendor");
    static final Instant T = Instant.parse("2025-06-10T02:00:00Z");

    static RoomEvent in(EmployeeId p, int minute, boolean it, EmployeeId permit, EmployeeId escort) {
        return new RoomEvent(T.plusSeconds(60L * minute), p, true, it, Optional.ofNullable(permit), Optional.ofNullable(escort), Optional.of("backup check"));
    }

    static RoomEvent out(EmployeeId p, int minute) {
        return new RoomEvent(T.plusSeconds(60L * minute), p, false, true, Optional.empty(), Optional.empty());
    }

    @Test
    @DisplayName("SEC-9 at least two people present: a moment with one person inside is found")
    void two_person_rule() {
        Decision<List<MachineRoomAudit.Finding>> d = MachineRoomAudit.audit(List.of(in(IT1, 0, true, LEAD, null), in(IT2, 5, true, LEAD, null),
                out(IT2, 30), out(IT1, 40)), List.of(), List.of(LocalDate.of(2025, 3, 1)), Year.of(2025));
        assertThat(d.outcome()).extracting(MachineRoomAudit.Finding::kind)
                .containsExactly(MachineRoomAudit.Kind.FEWER_THAN_TWO, MachineRoomAudit.Kind.FEWER_THAN_TWO);
        assertThat(d.outcome().get(0).from()).isEqualTo(T);
        assertThat(d.outcome().get(0).to()).isEqualTo(T.plusSeconds(300));
        assertThat(d.explain(Locale.CHINA)).contains("须至少两人");
        Decision<List<MachineRoomAudit.Finding>> together = MachineRoomAudit.audit(List.of(in(IT1, 0, true, LEAD, null), in(IT2, 0, true, LEAD, null),
                out(IT2, 30), out(IT1, 30)), List.of(), List.of(LocalDate.of(2025, 3, 1)), Year.of(2025));
        assertThat(together.outcome()).isEmpty();
        assertThat(together.explain(Locale.ENGLISH)).contains("all in order");
    }

    @Test
    @DisplayName("SEC-9 SEC-1 entries need permission; non-IT people also an escort")
    void entries() {
        List<MachineRoomAudit.Finding> f = MachineRoomAudit.audit(List.of(in(IT1, 0, true, null, null), in(GUEST, 0, false, LEAD, null),
                in(IT2, 0, true, IT2, null), out(IT1, 10), out(GUEST, 10), out(IT2, 10)), List.of(), List.of(LocalDate.of(2025, 3, 1)),
                Year.of(2025)).outcome();
        assertThat(f).extracting(MachineRoomAudit.Finding::kind).containsExactly(MachineRoomAudit.Kind.IT_ENTRY_WITHOUT_PERMISSION,
                MachineRoomAudit.Kind.VISITOR_WITHOUT_PERMISSION_OR_ESCORT, MachineRoomAudit.Kind.IT_ENTRY_WITHOUT_PERMISSION);
    }

    @Test
    @DisplayName("SEC-9 a non-IT operation needs the IT head's approval, a supervisor and both signatures; UPS cycled yearly")
    void operations_and_ups() {
        Operation good = new Operation(T, GUEST, false, Optional.of(LEAD), Optional.of(IT1), true, true);
        Operation unsigned = new Operation(T, GUEST, false, Optional.of(LEAD), Optional.of(IT1), true, false);
        Operation self = new Operation(T, GUEST, false, Optional.of(LEAD), Optional.of(GUEST), true, true);
        Operation it = new Operation(T, IT1, true, Optional.empty(), Optional.empty(), false, false);
        List<MachineRoomAudit.Finding> f = MachineRoomAudit.audit(List.of(), List.of(good, unsigned, self, it), List.of(), Year.of(2025)).outcome();
        assertThat(f).extracting(MachineRoomAudit.Finding::kind).containsExactly(MachineRoomAudit.Kind.OPERATION_NOT_AUTHORISED,
                MachineRoomAudit.Kind.OPERATION_NOT_AUTHORISED, MachineRoomAudit.Kind.UPS_NOT_CYCLED);
        assertThat(MachineRoomAudit.audit(List.of(), List.of(), List.of(LocalDate.of(2024, 6, 1)), Year.of(2025)).outcome())
                .extracting(MachineRoomAudit.Finding::kind).containsExactly(MachineRoomAudit.Kind.UPS_NOT_CYCLED);
    }

    @Test
    @DisplayName("SEC-9 an inconsistent entry log is refused")
    void inconsistent() {
        assertThatThrownBy(() -> MachineRoomAudit.audit(List.of(out(IT1, 0)), List.of(), List.of(), Year.of(2025)))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("events[0]");
        assertThatThrownBy(() -> MachineRoomAudit.audit(List.of(in(IT1, 0, true, LEAD, null), in(IT1, 1, true, LEAD, null)), List.of(),
                List.of(), Year.of(2025))).hasMessageContaining("events[1]");
        assertThatThrownBy(() -> MachineRoomAudit.audit(null, null, null, null)).hasMessageContaining("events");
    }
}
