package dev.kefu.archive.lifecycle;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.Violations;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds intent-class A and B customers without a tracking sheet (客户追踪表), which ARC-16
 * requires and the sales supervisor checks.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class TrackingSheets {

    static final RuleId ARC_16 = RuleId.of("ARC-16");

    private TrackingSheets() {
    }

    /**
     * The A and B customers with no tracking sheet.
     *
     * @param intents  each prospect's intent class, not null
     * @param withSheet  the customers that have a tracking sheet, not null
     * @return a decision whose outcome lists the customers missing a sheet, sorted
     */
    public static Decision<List<CustomerId>> missing(Map<CustomerId, IntentClass> intents, Set<CustomerId> withSheet) {
        Violations v = Violations.create();
        v.requireNonNull(intents, "intents", ARC_16);
        if (v.requireNonNull(withSheet, "withSheet", ARC_16) && withSheet.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("withSheet", "required", ARC_16);
        }
        if (intents != null) {
            intents.forEach((k, c) -> {
                if (k == null) {
                    v.add("intents", "required", ARC_16);
                } else if (c == null) {
                    v.add("intents[" + k + "]", "required", ARC_16);
                }
            });
        }
        v.throwIfAny();
        List<CustomerId> missing = intents.entrySet().stream()
                .filter(e -> e.getValue().needsTrackingSheet() && !withSheet.contains(e.getKey()))
                .map(Map.Entry::getKey).sorted().collect(Collectors.toUnmodifiableList());
        return Decision.of(missing, missing.isEmpty()
                ? Reason.of(ARC_16, ArchiveMessages.BUNDLE, "tracking.ok")
                : Reason.of(ARC_16, ArchiveMessages.BUNDLE, "tracking.missing", missing.size(), missing));
    }
}
