package dev.kefu.archive;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.List;

/**
 * "Use matters more than keeping" (ARC-9, 用重于管): the archive supplies the material to pick
 * new customers and open new markets, domestic and international (为企业选择新客户, 开拓新的
 * 国际市场提供资料). A search selects, from the archives, the customers of one market — and,
 * when given, of one region and customer type — that the company does not trade with yet
 * (no "trading with us since" fact in the basic data), the prospects to work on next.
 * <pre>{@code
 * Decision<List<CustomerId>> d = ProspectSearch.builder().market(Market.INTERNATIONAL).region("ASEAN").build().select(archives);
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ProspectSearch {

    private final Market market;
    private final String region;
    private final String customerType;

    private ProspectSearch(Market market, String region, String customerType) {
        this.market = market;
        this.region = region;
        this.customerType = customerType;
    }

    /** A builder; the market is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Selects the prospects among archives.
     *
     * @param archives  the archives, no nulls
     * @return the decision; its outcome is the prospects' customer ids, in input order
     * @throws dev.kefu.core.validation.PolicyInputException listing every problem
     */
    public Decision<List<CustomerId>> select(List<? extends CustomerArchive> archives) {
        Violations v = Violations.create();
        if (v.requireNonNull(archives, "archives", ArchiveRules.ARC_9)) {
            for (int i = 0; i < archives.size(); i++) {
                v.requireNonNull(archives.get(i), "archives[" + i + "]", ArchiveRules.ARC_9);
            }
        }
        v.throwIfAny();
        List<CustomerId> out = new ArrayList<>();
        int inMarket = 0;
        for (CustomerArchive a : archives) {
            if (a.market() != market || (region != null && !a.region().map(region::equals).orElse(false))
                    || (customerType != null && !customerType.equals(a.customerType()))) {
                continue;
            }
            inMarket++;
            if (a.basicData().tradingSince().isEmpty()) {
                out.add(a.customerId());
            }
        }
        return Decision.of(List.copyOf(out), Reason.of(ArchiveRules.ARC_9, ArchiveMessages.BUNDLE, "prospects.found",
                Labels.of(market), inMarket, out.size()));
    }

    @Override
    public String toString() {
        return "ProspectSearch[" + market + (region == null ? "" : ", region " + region)
                + (customerType == null ? "" : ", type " + customerType) + "]";
    }

    /** Builds a search; every problem is reported at {@link #build()}. */
    public static final class Builder {

        private Market market;
        private String region;
        private String customerType;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * The market to prospect (ARC-1, ARC-9), required.
         *
         * @param market  not null
         * @return this builder
         */
        public Builder market(Market market) {
            this.market = market;
            return this;
        }

        /**
         * Limits the search to a sales region.
         *
         * @param region  not blank
         * @return this builder
         */
        public Builder region(String region) {
            if (region == null || region.isBlank()) {
                problems.add("region", "required", ArchiveRules.ARC_9);
            } else {
                this.region = region;
            }
            return this;
        }

        /**
         * Limits the search to a customer type.
         *
         * @param customerType  not blank
         * @return this builder
         */
        public Builder customerType(String customerType) {
            if (customerType == null || customerType.isBlank()) {
                problems.add("customerType", "required", ArchiveRules.ARC_9);
            } else {
                this.customerType = customerType;
            }
            return this;
        }

        /**
         * Builds the search.
         *
         * @return the search
         * @throws dev.kefu.core.validation.PolicyInputException naming every missing or bad setting
         */
        public ProspectSearch build() {
            Violations v = Violations.create().addAll(problems.list());
            v.requireNonNull(market, "market", ArchiveRules.ARC_9);
            v.throwIfAny();
            return new ProspectSearch(market, region, customerType);
        }
    }
}
