package dev.kefu.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.AccountId;
import dev.kefu.core.id.EmployeeId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordHashTest {

    static final Instant T = Instant.parse("2025-06-10T02:00:00Z");

    /** The hash of a one-record register built from the base fields with one change applied. */
    static String hash(Consumer<Object[]> change) {
        Object[] f = {IncidentKind.REPEATED_FAILURES, T, "acc", "1.2.3.4", 5, List.of("l1", "l2"), "admin", T.plusSeconds(60), "cto", T.plusSeconds(90)};
        change.accept(f);
        IntrusionRegister r = new IntrusionRegister();
        @SuppressWarnings("unchecked")
        List<String> evidence = (List<String>) f[5];
        return r.register(new Incident((IncidentKind) f[0], (Instant) f[1], AccountId.of((String) f[2]), (String) f[3], (Integer) f[4]), evidence,
                EmployeeId.of((String) f[6]), (Instant) f[7], EmployeeId.of((String) f[8]), (Instant) f[9]).hash();
    }

    @Test
    @DisplayName("SEC-8 the record hash covers every field: changing any one of them changes the hash")
    void every_field_counts() {
        String base = hash(f -> { });
        List<String> changed = new ArrayList<>();
        changed.add(hash(f -> f[0] = IncidentKind.PORT_SCAN));
        changed.add(hash(f -> f[1] = T.minusSeconds(1)));
        changed.add(hash(f -> f[1] = T.minusNanos(1)));
        changed.add(hash(f -> f[2] = "acd"));
        changed.add(hash(f -> f[3] = "1.2.3.5"));
        changed.add(hash(f -> f[4] = 6));
        changed.add(hash(f -> f[5] = List.of("l1", "l3")));
        changed.add(hash(f -> f[5] = List.of("l1")));
        changed.add(hash(f -> f[6] = "admin2"));
        changed.add(hash(f -> f[7] = T.plusSeconds(61)));
        changed.add(hash(f -> f[8] = "ceo"));
        changed.add(hash(f -> f[9] = T.plusSeconds(91)));
        assertThat(changed).doesNotContain(base).doesNotHaveDuplicates();
        assertThat(base).isEqualTo(hash(f -> { })).hasSize(64);
        IntrusionRegister two = new IntrusionRegister();
        Incident i = new Incident(IncidentKind.REPEATED_FAILURES, T, AccountId.of("acc"), "1.2.3.4", 5);
        String first = two.register(i, List.of("l1", "l2"), EmployeeId.of("admin"), T.plusSeconds(60), EmployeeId.of("cto"), T.plusSeconds(90)).hash();
        assertThat(first).isEqualTo(base);
        String second = two.register(i, List.of("l1", "l2"), EmployeeId.of("admin"), T.plusSeconds(60), EmployeeId.of("cto"), T.plusSeconds(90)).hash();
        assertThat(second).as("the sequence number and previous hash count").isNotEqualTo(base);
        assertThat(hash(f -> f[5] = List.of("\uD800"))).as("evidence with an unpaired surrogate").isNotEqualTo(hash(f -> f[5] = List.of("\uFFFD")));
    }
}
