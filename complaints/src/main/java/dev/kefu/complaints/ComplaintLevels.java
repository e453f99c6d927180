package dev.kefu.complaints;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The host's complaint levels and the rank that resolves each (CMP-8, amended 2026-11-24):
 * 「根据投诉级别,由相应的主管人员亲自解决投诉」. The seed defines no levels, so this is
 * <b>required configuration</b> with no default: {@link Builder#build()} fails without at least
 * one level. Literally 相应的 means that rank only; a host that lets other ranks also act
 * (a higher one, say) adds them with {@link Builder#alsoResolvedBy}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ComplaintLevels {

    private final Map<ComplaintLevel, Rank> resolver;
    private final Map<ComplaintLevel, Set<Rank>> accepted;
    private final Set<Rank> companyWide;

    private ComplaintLevels(Builder b) {
        this.companyWide = Set.copyOf(b.companyWide);
        this.resolver = Collections.unmodifiableMap(new LinkedHashMap<>(b.resolver));
        Map<ComplaintLevel, Set<Rank>> acc = new LinkedHashMap<>();
        for (Map.Entry<ComplaintLevel, Rank> e : b.resolver.entrySet()) {
            Set<Rank> ranks = new LinkedHashSet<>();
            ranks.add(e.getValue());
            ranks.addAll(b.also.getOrDefault(e.getKey(), Set.of()));
            acc.put(e.getKey(), Collections.unmodifiableSet(ranks));
        }
        this.accepted = Collections.unmodifiableMap(acc);
    }

    /** A builder; add every level the host uses. */
    public static Builder builder() {
        return new Builder();
    }

    /** The levels, in the order they were configured. */
    public List<ComplaintLevel> levels() {
        return List.copyOf(resolver.keySet());
    }

    /** Whether a level is configured. */
    public boolean contains(ComplaintLevel level) {
        return level != null && resolver.containsKey(level);
    }

    /**
     * The rank that resolves a level personally (CMP-8).
     *
     * @param level  a configured level
     * @return the decision whose outcome is the rank, explained
     * @throws dev.kefu.core.validation.PolicyInputException if the level is null or not configured
     */
    public Decision<Rank> resolverRank(ComplaintLevel level) {
        requireKnown(level, "level");
        Rank r = resolver.get(level);
        return Decision.of(r, Reason.of(ComplaintRules.CMP_8, ComplaintsMessages.BUNDLE, "levels.resolver", level.name(), r.name()));
    }

    /** The ranks whose holders may take the investigation and resolution steps of a level. */
    public Set<Rank> acceptedRanks(ComplaintLevel level) {
        requireKnown(level, "level");
        return accepted.get(level);
    }

    /**
     * Whether a rank acts company-wide (such as 总经理): its holder resolves complaints about any
     * department; other ranks resolve only in the department of their post (CMP-4).
     */
    public boolean isCompanyWide(Rank rank) {
        return rank != null && companyWide.contains(rank);
    }

    /**
     * Checks that a level is configured.
     *
     * @param level  the level
     * @throws dev.kefu.core.validation.PolicyInputException if it is null or not configured (CMP-8)
     */
    public void requireConfigured(ComplaintLevel level) {
        requireKnown(level, "level");
    }

    private void requireKnown(ComplaintLevel level, String path) {
        Violations v = Violations.create();
        if (v.requireNonNull(level, path, ComplaintRules.CMP_8) && !resolver.containsKey(level)) {
            v.add(path, ComplaintsMessages.BUNDLE, "levels.unknown", ComplaintRules.CMP_8, level.name());
        }
        v.throwIfAny();
    }

    @Override
    public String toString() {
        return "ComplaintLevels" + accepted;
    }

    /** Builds the level configuration; every setter records problems and {@link #build()} reports them all. */
    public static final class Builder {

        private final Map<ComplaintLevel, Rank> resolver = new LinkedHashMap<>();
        private final Map<ComplaintLevel, Set<Rank>> also = new LinkedHashMap<>();
        private final Set<Rank> companyWide = new LinkedHashSet<>();
        private final List<dev.kefu.core.validation.Violation> problems = new ArrayList<>();

        private Builder() {
        }

        /**
         * Marks a rank as company-wide (such as 总经理): its holder acts on complaints about every
         * department. Other ranks act only in the department of their post.
         *
         * @param rank  the rank, not null
         * @return this builder
         */
        public Builder companyWide(Rank rank) {
            if (rank == null) {
                problems.addAll(Violations.create().add("companyWide", "required", ComplaintRules.CMP_8).list());
            } else {
                companyWide.add(rank);
            }
            return this;
        }

        /**
         * Adds a level and the rank whose holder resolves it personally.
         *
         * @param level  the level, not null, not yet added
         * @param rank  the rank, not null
         * @return this builder
         */
        public Builder level(ComplaintLevel level, Rank rank) {
            Violations v = Violations.create();
            String path = "levels[" + (level == null ? "?" : level.name()) + "]";
            v.requireNonNull(level, path, ComplaintRules.CMP_8);
            v.requireNonNull(rank, path + ".rank", ComplaintRules.CMP_8);
            if (level != null && resolver.containsKey(level)) {
                v.add(path, ComplaintsMessages.BUNDLE, "levels.duplicate", ComplaintRules.CMP_8, level.name());
            }
            if (v.isEmpty()) {
                resolver.put(level, rank);
            }
            problems.addAll(v.list());
            return this;
        }

        /**
         * Lets holders of another rank also take the investigation and resolution steps of a
         * level (host setting; by default only the mapped rank may, as 相应的 reads literally).
         *
         * @param level  a level added with {@link #level}, not null
         * @param rank  the other rank, not null
         * @return this builder
         */
        public Builder alsoResolvedBy(ComplaintLevel level, Rank rank) {
            Violations v = Violations.create();
            String path = "alsoResolvedBy[" + (level == null ? "?" : level.name()) + "]";
            v.requireNonNull(level, path, ComplaintRules.CMP_8);
            v.requireNonNull(rank, path + ".rank", ComplaintRules.CMP_8);
            if (v.isEmpty()) {
                also.computeIfAbsent(level, k -> new LinkedHashSet<>()).add(rank);
            }
            problems.addAll(v.list());
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws dev.kefu.core.validation.PolicyInputException listing every problem, including
         *     "levels" when no level was added (CMP-8: required, no default)
         */
        public ComplaintLevels build() {
            Violations v = Violations.create().addAll(problems);
            if (resolver.isEmpty()) {
                v.add("levels", ComplaintsMessages.BUNDLE, "levels.required", ComplaintRules.CMP_8);
            }
            for (ComplaintLevel l : also.keySet()) {
                if (!resolver.containsKey(l)) {
                    v.add("alsoResolvedBy[" + l.name() + "]", ComplaintsMessages.BUNDLE, "levels.unknown", ComplaintRules.CMP_8, l.name());
                }
            }
            v.throwIfAny();
            return new ComplaintLevels(this);
        }
    }
}
