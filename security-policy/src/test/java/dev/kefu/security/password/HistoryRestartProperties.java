package dev.kefu.security.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.validation.PolicyInputException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class HistoryRestartProperties {

    static final PasswordHistory HISTORY = PasswordHistory.of(PasswordStorageTest.FAST, 3);

    @Provide
    Arbitrary<List<String>> changes() {
        return Arbitraries.of("Alpha-7x", "Bravo-8y", "Charlie-9z", "Delta-1w", "Echo-2v").list().ofMinSize(1).ofMaxSize(8);
    }

    /** Runs the changes from a history, recording each freshness decision; accepts a change only when fresh. */
    static List<String> run(List<String> history, List<String> changes, List<Boolean> decisions) {
        List<String> h = history;
        for (String c : changes) {
            Decision<Boolean> d = HISTORY.isFresh(c.toCharArray(), h);
            decisions.add(d.outcome());
            if (d.outcome()) {
                h = HISTORY.after(PasswordStorageTest.FAST.hash(c.toCharArray()), h);
            }
        }
        return h;
    }

    @Property(tries = 30)
    @Label("SEC-3 password history: save (the hash list) -> restore -> continue decides exactly like never stopping")
    void restart(@ForAll("changes") List<String> changes, @ForAll @IntRange(min = 0, max = 8) int cut) {
        int k = Math.min(cut, changes.size());
        List<Boolean> never = new ArrayList<>();
        run(List.of(), changes, never);
        List<Boolean> resumed = new ArrayList<>();
        List<String> saved = run(List.of(), changes.subList(0, k), resumed);
        List<String> restored = HISTORY.restore(new ArrayList<>(saved));
        assertThat(restored).isEqualTo(saved);
        run(restored, changes.subList(k, changes.size()), resumed);
        assertThat(resumed).isEqualTo(never);
    }

    @Property(tries = 20)
    @Label("SEC-3 a tampered history (malformed or out-of-bounds hash, too many hashes) is refused on restore")
    void tampered(@ForAll @IntRange(min = 0, max = 2) int how) {
        String h = PasswordStorageTest.FAST.hash("Alpha-7x".toCharArray());
        List<String> bad = switch (how) {
            case 0 -> List.of(h.replace("pbkdf2-sha256$1000$", "pbkdf2-sha256$2147483647$"));
            case 1 -> List.of(h.substring(0, h.length() - 4));
            default -> List.of(h, h, h, h);
        };
        assertThatThrownBy(() -> HISTORY.restore(bad)).isInstanceOf(PolicyInputException.class);
    }
}
