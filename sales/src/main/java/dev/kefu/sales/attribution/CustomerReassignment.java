package dev.kefu.sales.attribution;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Reassigns a departing rep's customers by random draw (随机抽数) when the rep takes long leave
 * or is transferred (ATT-19). The draw shuffles the customers and the remaining reps with the
 * given random source and deals the customers out in turn, so every customer gets exactly one
 * rep and the reps' counts differ by at most one. Pass a seeded source (such as
 * {@code new SplittableRandom(seed)}) to make a draw reproducible for audit.
 *
 * <p>Implementation Requirements: stateless and thread-safe; the random source is the caller's.
 */
public final class CustomerReassignment {

    private static final RuleId ATT_19 = AttributionRules.ATT_19;

    private CustomerReassignment() {
    }

    /**
     * Draws new reps for a departing rep's customers.
     *
     * @param customers  the departing rep's customers, no repeats, not null
     * @param departing  the departing rep, not null
     * @param remaining  the reps who take over, at least one, no nulls or repeats, not including the departing rep
     * @param random  the random source, not null
     * @return the decision whose outcome maps each customer to its new rep, in the customers' order
     * @throws dev.kefu.core.validation.PolicyInputException listing every problem
     */
    public static Decision<Map<CustomerId, EmployeeId>> reassign(List<CustomerId> customers, EmployeeId departing,
                                                                List<EmployeeId> remaining, RandomGenerator random) {
        Violations v = Violations.create();
        v.requireNonNull(customers, "customers", ATT_19);
        v.requireNonNull(departing, "departing", ATT_19);
        v.requireNonNull(random, "random", ATT_19);
        if (v.requireNonNull(remaining, "remaining", ATT_19)) {
            if (remaining.isEmpty()) {
                v.add("remaining", AttributionMessages.BUNDLE, "reassignment.nobody", ATT_19);
            }
            if (departing != null && remaining.contains(departing)) {
                v.add("remaining", AttributionMessages.BUNDLE, "reassignment.departingRemains", ATT_19, departing);
            }
            Set<EmployeeId> reps = new HashSet<>();
            for (int i = 0; i < remaining.size(); i++) {
                EmployeeId rep = remaining.get(i);
                if (rep == null) {
                    v.add("remaining[" + i + "]", "required", ATT_19);
                } else if (!reps.add(rep)) {
                    v.add("remaining[" + i + "]", AttributionMessages.BUNDLE, "reassignment.repeat", ATT_19);
                }
            }
        }
        if (customers != null) {
            Set<CustomerId> seen = new HashSet<>();
            for (int i = 0; i < customers.size(); i++) {
                if (customers.get(i) == null) {
                    v.add("customers[" + i + "]", "required", ATT_19);
                } else if (!seen.add(customers.get(i))) {
                    v.add("customers[" + i + "]", AttributionMessages.BUNDLE, "reassignment.repeat", ATT_19);
                }
            }
        }
        v.throwIfAny();
        List<CustomerId> drawn = new ArrayList<>(customers);
        shuffle(drawn, random);
        List<EmployeeId> reps = new ArrayList<>(remaining);
        shuffle(reps, random);
        Map<CustomerId, EmployeeId> byDraw = new LinkedHashMap<>();
        for (int i = 0; i < drawn.size(); i++) {
            byDraw.put(drawn.get(i), reps.get(i % reps.size()));
        }
        Map<CustomerId, EmployeeId> out = new LinkedHashMap<>();
        for (CustomerId c : customers) {
            out.put(c, byDraw.get(c));
        }
        return Decision.of(Collections.unmodifiableMap(out), Reason.of(ATT_19, AttributionMessages.BUNDLE, "reassignment.drawn",
                customers.size(), departing, reps.size()));
    }

    /** Fisher–Yates with the caller's source (Collections.shuffle takes only java.util.Random). */
    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
