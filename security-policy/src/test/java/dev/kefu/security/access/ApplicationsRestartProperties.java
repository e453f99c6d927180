package dev.kefu.security.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ApplicationsRestartProperties {

    static final Instant T = Instant.parse("2025-06-10T02:00:00Z");
    static final CustomerDataAccess ACCESS = CustomerDataAccess.of(Set.of("ARCHIVIST"), c -> Optional.empty());

    @Provide
    Arbitrary<List<AccessApplication>> applications() {
        Arbitrary<AccessApplication> one = Combinators.combine(Arbitraries.of("rep", "mgr", "x"), Arbitraries.of("rep", "mgr"),
                Arbitraries.of("C1", "C2", "C3").set().ofMinSize(1), Arbitraries.integers().between(-100, 100), Arbitraries.integers().between(0, 200))
                .as((a, b, scope, from, len) -> new AccessApplication(EmployeeId.of(a), EmployeeId.of(b),
                        scope.stream().map(CustomerId::of).collect(java.util.stream.Collectors.toSet()), T.plusSeconds(from),
                        T.plusSeconds(from + len)));
        return one.list().ofMaxSize(6);
    }

    @Property(tries = 40)
    @Label("SEC-11 approved applications: stored rows restored decide every request exactly as before the restart")
    void restart(@ForAll("applications") List<AccessApplication> stored, @ForAll("applications") List<AccessApplication> unused) {
        List<AccessApplication> restored = CustomerDataAccess.restoreApplications(new ArrayList<>(stored));
        for (String who : List.of("rep", "mgr", "x")) {
            for (String c : List.of("C1", "C2", "C3")) {
                for (int s = -120; s <= 320; s += 40) {
                    assertThat(ACCESS.decide(EmployeeId.of(who), Set.of(), CustomerId.of(c), T.plusSeconds(s), restored))
                            .isEqualTo(ACCESS.decide(EmployeeId.of(who), Set.of(), CustomerId.of(c), T.plusSeconds(s), stored));
                }
            }
        }
        assertThatThrownBy(() -> CustomerDataAccess.restoreApplications(Arrays.asList((AccessApplication) null)))
                .isInstanceOf(PolicyInputException.class);
    }
}
