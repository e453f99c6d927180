package dev.kefu.sales.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CustomerReassignmentTest {

    private static final EmployeeId LEAVING = EmployeeId.of("L");

    private static List<CustomerId> customers(int n) {
        List<CustomerId> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(CustomerId.of("C" + i));
        }
        return out;
    }

    private static List<EmployeeId> reps(int n) {
        List<EmployeeId> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(EmployeeId.of("R" + i));
        }
        return out;
    }

    @Test
    @DisplayName("ATT-19 a departing rep's customers are drawn at random; a seed makes the draw reproducible")
    void reproducible_draw() {
        Decision<Map<CustomerId, EmployeeId>> one = CustomerReassignment.reassign(customers(10), LEAVING, reps(3), new SplittableRandom(7));
        Decision<Map<CustomerId, EmployeeId>> two = CustomerReassignment.reassign(customers(10), LEAVING, reps(3), new SplittableRandom(7));
        assertThat(one.outcome()).isEqualTo(two.outcome()).hasSize(10);
        assertThat(one.outcome().keySet()).containsExactlyElementsOf(customers(10));
        assertThat(one.ruleIds()).extracting(Object::toString).containsExactly("ATT-19");
        boolean differs = false;
        for (int seed = 0; seed < 20 && !differs; seed++) {
            differs = !CustomerReassignment.reassign(customers(10), LEAVING, reps(3), new SplittableRandom(seed)).outcome().equals(one.outcome());
        }
        assertThat(differs).as("different seeds give different draws").isTrue();
    }

    @Test
    @DisplayName("ATT-19 bad reassignment input is refused")
    void refusals() {
        assertThatThrownBy(() -> CustomerReassignment.reassign(customers(3), LEAVING, List.of(), new SplittableRandom(1)))
                .hasMessageContaining("remaining");
        assertThatThrownBy(() -> CustomerReassignment.reassign(customers(3), LEAVING, List.of(LEAVING), new SplittableRandom(1)))
                .hasMessageContaining("departing rep");
        List<CustomerId> twice = new ArrayList<>(customers(2));
        twice.add(CustomerId.of("C0"));
        assertThatThrownBy(() -> CustomerReassignment.reassign(twice, LEAVING, reps(2), new SplittableRandom(1)))
                .hasMessageContaining("customers[2]");
        assertThatThrownBy(() -> CustomerReassignment.reassign(customers(2), LEAVING, List.of(EmployeeId.of("R"), EmployeeId.of("R")),
                new SplittableRandom(1))).hasMessageContaining("remaining");
        assertThatThrownBy(() -> CustomerReassignment.reassign(null, null, null, null))
                .hasMessageContaining("customers").hasMessageContaining("random");
    }

    @Test
    @DisplayName("ATT-19 bad-input 1.4 / #12: a null among the remaining reps is refused, never a customer drawn to nobody")
    void null_rep_is_refused() {
        List<EmployeeId> withNull = new ArrayList<>(List.of(EmployeeId.of("B")));
        withNull.add(null);
        assertThatThrownBy(() -> CustomerReassignment.reassign(customers(12), EmployeeId.of("A"), withNull, new SplittableRandom(1)))
                .isInstanceOf(dev.kefu.core.validation.PolicyInputException.class).hasMessageContaining("remaining[1]");
        List<CustomerId> nullCustomer = new ArrayList<>(customers(1));
        nullCustomer.add(null);
        assertThatThrownBy(() -> CustomerReassignment.reassign(nullCustomer, LEAVING, reps(2), new SplittableRandom(1)))
                .isInstanceOf(dev.kefu.core.validation.PolicyInputException.class).hasMessageContaining("customers[1]");
    }

    @Property
    @Label("ATT-19 every customer gets exactly one remaining rep and the counts differ by at most one")
    void balanced(@ForAll @IntRange(min = 0, max = 200) int n, @ForAll @IntRange(min = 1, max = 9) int r, @ForAll long seed) {
        Map<CustomerId, EmployeeId> out = CustomerReassignment.reassign(customers(n), LEAVING, reps(r), new SplittableRandom(seed)).outcome();
        assertThat(out).hasSize(n);
        assertThat(out.values()).doesNotContain(LEAVING);
        assertThat(reps(r)).containsAll(out.values());
        Map<EmployeeId, Integer> counts = new HashMap<>();
        reps(r).forEach(rep -> counts.put(rep, 0));
        out.values().forEach(rep -> counts.merge(rep, 1, Integer::sum));
        Collection<Integer> c = counts.values();
        assertThat(c.stream().mapToInt(Integer::intValue).max().orElse(0) - c.stream().mapToInt(Integer::intValue).min().orElse(0))
                .isLessThanOrEqualTo(1);
    }
}
