package dev.kefu.archive;

import dev.kefu.archive.custody.DocumentRequirements;
import dev.kefu.archive.custody.FilingCatalogue;
import dev.kefu.archive.custody.StaleArchives;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.Violations;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The archivist's evaluation of the archives for the market manager (ARC-17: 对档案进行评估,
 * 提供给市场经理): how many archives there are per market, which are incomplete against the
 * company's document requirements (ARC-12), which have not been updated promptly (ARC-8, the
 * company's stale period) and which lack the basic data of ARC-18.
 *
 * @param archives  how many archives were evaluated
 * @param byMarket  archives per market (ARC-1), every market present
 * @param incomplete  archives missing a required document kind
 * @param stale  archives not updated within the stale period
 * @param lackingBasicData  archives lacking a contact, address or purchase preferences
 */
public record ArchiveEvaluation(int archives, Map<Market, Integer> byMarket, List<CustomerId> incomplete, List<CustomerId> stale,
                                List<CustomerId> lackingBasicData) {

    /** Defensive copies. */
    public ArchiveEvaluation {
        byMarket = Collections.unmodifiableMap(new EnumMap<>(byMarket));
        incomplete = List.copyOf(incomplete);
        stale = List.copyOf(stale);
        lackingBasicData = List.copyOf(lackingBasicData);
    }

    /**
     * Evaluates archives for the market manager.
     *
     * @param archives  the archives, no nulls
     * @param requirements  the company's document requirements, not null
     * @param staleness  the company's stale-archive finder, not null
     * @param clock  the host's clock, not null
     * @return the decision; its outcome is the evaluation
     * @throws dev.kefu.core.validation.PolicyInputException listing every problem, including
     *     an archive whose customer type has no requirements
     */
    public static Decision<ArchiveEvaluation> of(List<? extends CustomerArchive> archives, DocumentRequirements requirements,
                                                 StaleArchives staleness, Clock clock) {
        Violations v = Violations.create();
        v.requireNonNull(requirements, "requirements", ArchiveRules.ARC_17);
        v.requireNonNull(staleness, "staleness", ArchiveRules.ARC_17);
        v.requireNonNull(clock, "clock", ArchiveRules.ARC_17);
        if (v.requireNonNull(archives, "archives", ArchiveRules.ARC_17)) {
            for (int i = 0; i < archives.size(); i++) {
                v.requireNonNull(archives.get(i), "archives[" + i + "]", ArchiveRules.ARC_17);
            }
        }
        v.throwIfAny();
        Map<Market, Integer> byMarket = new EnumMap<>(Market.class);
        for (Market m : Market.values()) {
            byMarket.put(m, 0);
        }
        List<CustomerId> incomplete = new ArrayList<>();
        List<CustomerId> stale = new ArrayList<>();
        List<CustomerId> lacking = new ArrayList<>();
        for (CustomerArchive a : archives) {
            byMarket.merge(a.market(), 1, Integer::sum);
            if (!FilingCatalogue.of(a, requirements, clock).outcome().isComplete()) {
                incomplete.add(a.customerId());
            }
            if (staleness.isStale(a, clock)) {
                stale.add(a.customerId());
            }
            if (!CustomerArchives.missingBasicData(a).outcome().isEmpty()) {
                lacking.add(a.customerId());
            }
        }
        ArchiveEvaluation e = new ArchiveEvaluation(archives.size(), byMarket, incomplete, stale, lacking);
        return Decision.of(e, Reason.of(ArchiveRules.ARC_17, ArchiveMessages.BUNDLE, "evaluation.summary", archives.size(),
                byMarket.get(Market.DOMESTIC), byMarket.get(Market.INTERNATIONAL), incomplete.size(), stale.size(), lacking.size()));
    }
}
