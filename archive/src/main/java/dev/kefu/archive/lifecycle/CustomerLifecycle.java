package dev.kefu.archive.lifecycle;

import static dev.kefu.archive.lifecycle.CustomerStage.ANALYSED;
import static dev.kefu.archive.lifecycle.CustomerStage.COLLECTED;
import static dev.kefu.archive.lifecycle.CustomerStage.DEAL_FAILED;
import static dev.kefu.archive.lifecycle.CustomerStage.DEAL_SUCCEEDED;
import static dev.kefu.archive.lifecycle.CustomerStage.FILED;
import static dev.kefu.archive.lifecycle.CustomerStage.FILED_FOR_LATER;
import static dev.kefu.archive.lifecycle.CustomerStage.FOLLOWING_UP;
import static dev.kefu.archive.lifecycle.CustomerStage.RECLASSIFIED;
import static dev.kefu.archive.lifecycle.CustomerStage.REPEAT_OR_REFERRAL;
import static dev.kefu.archive.lifecycle.CustomerStage.SCREENED;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The customer-management steps as a state machine (ARC-14, S1 part 8 §1):
 * collect → screen and classify → analyse → reclassify → follow up and revisit → file; then
 * follow up again, or the deal fails, or the deal succeeds → second deal or referral, or
 * file for later use. A failed deal is filed for later use; an archive filed for later use
 * (or after a second deal) may be followed up again — the archive is for use (ARC-9).
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class CustomerLifecycle {

    static final RuleId ARC_14 = RuleId.of("ARC-14");

    private static final Map<CustomerStage, Set<CustomerStage>> NEXT = new EnumMap<>(CustomerStage.class);

    static {
        NEXT.put(COLLECTED, EnumSet.of(SCREENED));
        NEXT.put(SCREENED, EnumSet.of(ANALYSED));
        NEXT.put(ANALYSED, EnumSet.of(RECLASSIFIED));
        NEXT.put(RECLASSIFIED, EnumSet.of(FOLLOWING_UP));
        NEXT.put(FOLLOWING_UP, EnumSet.of(FILED));
        NEXT.put(FILED, EnumSet.of(FOLLOWING_UP, DEAL_FAILED, DEAL_SUCCEEDED));
        NEXT.put(DEAL_FAILED, EnumSet.of(FILED_FOR_LATER));
        NEXT.put(DEAL_SUCCEEDED, EnumSet.of(REPEAT_OR_REFERRAL, FILED_FOR_LATER));
        NEXT.put(REPEAT_OR_REFERRAL, EnumSet.of(FOLLOWING_UP, FILED_FOR_LATER));
        NEXT.put(FILED_FOR_LATER, EnumSet.of(FOLLOWING_UP));
    }

    private CustomerLifecycle() {
    }

    /** The stages reachable in one step from a stage. */
    public static Set<CustomerStage> next(CustomerStage from) {
        Violations v = Violations.create();
        v.requireNonNull(from, "from", ARC_14);
        v.throwIfAny();
        return Collections.unmodifiableSet(NEXT.get(from));
    }

    /** Whether a step is allowed. */
    public static boolean allows(CustomerStage from, CustomerStage to) {
        return from != null && to != null && NEXT.get(from).contains(to);
    }

    /**
     * Takes a step.
     *
     * @param from  the current stage, not null
     * @param to  the next stage, not null
     * @return the new stage
     * @throws dev.kefu.core.validation.PolicyInputException if the step is not allowed, naming
     *     the allowed ones
     */
    public static CustomerStage move(CustomerStage from, CustomerStage to) {
        Violations v = Violations.create();
        boolean ok = v.requireNonNull(from, "from", ARC_14) & v.requireNonNull(to, "to", ARC_14);
        if (ok && !allows(from, to)) {
            v.add("to", ArchiveMessages.BUNDLE, "lifecycle.illegalStage", ARC_14, dev.kefu.archive.Labels.of(from),
                    dev.kefu.archive.Labels.of(to));
        }
        v.throwIfAny();
        return to;
    }
}
