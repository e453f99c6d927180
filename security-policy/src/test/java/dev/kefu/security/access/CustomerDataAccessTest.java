package dev.kefu.security.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CustomerDataAccessTest {

    static final CustomerId C = CustomerId.of("C1");
    static final EmployeeId KEEPER = EmployeeId.of("keeper");
    static final EmployeeId REP = EmployeeId.of("rep");
    static final EmployeeId MGR = EmployeeId.of("mgr");
    static final Instant NOW = Instant.parse("2025-06-10T02:00:00Z");
    private final CustomerDataAccess access = CustomerDataAccess.of(Set.of("ARCHIVIST"), c -> c.equals(C) ? Optional.of(KEEPER) : Optional.empty());

    @Test
    @DisplayName("SEC-11 ARC-10 deny by default; the custodian and authorised roles may read; every decision is an audit event")
    void default_deny() {
        Decision<AccessEvent> denied = access.decide(REP, Set.of("SALES"), C, NOW, List.of());
        assertThat(denied.outcome().granted()).isFalse();
        assertThat(denied.outcome().basis()).isEqualTo(AccessEvent.Basis.DENIED_BY_DEFAULT);
        assertThat(access.decide(KEEPER, Set.of(), C, NOW, List.of()).outcome().basis()).isEqualTo(AccessEvent.Basis.CUSTODIAN);
        assertThat(access.decide(REP, Set.of("ARCHIVIST"), C, NOW, List.of()).ruleIds()).extracting(Object::toString).containsExactly("SEC-6");
    }

    @Test
    @DisplayName("SEC-11 anyone else needs an approved application within its scope and validity")
    void applications() {
        AccessApplication app = new AccessApplication(REP, MGR, Set.of(C), NOW.minusSeconds(60), NOW.plusSeconds(3600));
        Decision<AccessEvent> d = access.decide(REP, Set.of(), C, NOW, List.of(app));
        assertThat(d.outcome().granted()).isTrue();
        assertThat(d.outcome().approver()).contains(MGR);
        assertThat(access.decide(REP, Set.of(), C, NOW.plusSeconds(3600), List.of(app)).outcome().granted()).as("expired").isFalse();
        assertThat(access.decide(REP, Set.of(), CustomerId.of("C2"), NOW, List.of(app)).outcome().granted()).as("out of scope").isFalse();
        AccessApplication self = new AccessApplication(REP, REP, Set.of(C), NOW.minusSeconds(60), NOW.plusSeconds(3600));
        assertThat(access.decide(REP, Set.of(), C, NOW, List.of(self)).outcome().granted()).as("self-approved").isFalse();
        assertThatThrownBy(() -> access.decide(null, null, null, null, null)).hasMessageContaining("requester");
        assertThatThrownBy(() -> CustomerDataAccess.of(null, null)).hasMessageContaining("authorisedRoles");
    }
}
