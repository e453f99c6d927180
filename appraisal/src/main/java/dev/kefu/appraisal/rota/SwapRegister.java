package dev.kefu.appraisal.rota;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The swap register (换班登记表, APR-12): the approved swaps, in the order approved, kept for a
 * host that checks each new request against them. A host stores {@link #state()} and rebuilds
 * the register with {@link #restore(List)}; the rebuilt register decides exactly as one that
 * never stopped.
 *
 * <p>Implementation Requirements: thread-safe.
 */
public final class SwapRegister {

    private final List<SwapRecord> records = new ArrayList<>();

    private SwapRegister() {
    }

    /** An empty register. */
    public static SwapRegister empty() {
        return new SwapRegister();
    }

    /**
     * A register rebuilt from stored records, in the order approved.
     *
     * @param stored  the records, not null, no null element
     * @return the register
     * @throws dev.kefu.core.validation.PolicyInputException naming every missing record
     */
    public static SwapRegister restore(List<SwapRecord> stored) {
        Violations v = Violations.create();
        if (v.requireNonNull(stored, "records", ShiftSwapPolicy.APR_12)) {
            for (int i = 0; i < stored.size(); i++) {
                v.requireNonNull(stored.get(i), "records[" + i + "]", ShiftSwapPolicy.APR_12);
            }
        }
        v.throwIfAny();
        SwapRegister r = new SwapRegister();
        r.records.addAll(stored);
        return r;
    }

    /** The state a host stores: every approved swap, in order. */
    public synchronized List<SwapRecord> state() {
        return List.copyOf(records);
    }

    /**
     * Checks a request against the register and, when approved, enters it.
     *
     * @param policy  the policy, not null
     * @param request  the request, not null
     * @param roster  the current roster, not null
     * @param leave  days of leave, not null
     * @return the policy's decision
     */
    public synchronized Decision<SwapVerdict> submit(ShiftSwapPolicy policy, SwapRequest request, Roster roster,
                                                     Set<ShiftSwapPolicy.Leave> leave) {
        Violations v = Violations.create();
        v.requireNonNull(policy, "policy", ShiftSwapPolicy.APR_12);
        v.throwIfAny();
        Decision<SwapVerdict> d = policy.check(request, roster, List.copyOf(records), leave);
        if (d.outcome().approved()) {
            records.add(SwapRecord.of(request));
        }
        return d;
    }
}
