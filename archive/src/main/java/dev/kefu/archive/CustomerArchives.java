package dev.kefu.archive;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.PolicyValidator;
import dev.kefu.core.validation.Violations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Entry points for whole archives: validation against the date, updates from customer
 * touches (ARC-18) and the check that the basic data ARC-18 asks for is present.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class CustomerArchives {

    static final RuleId ARC_2 = RuleId.of("ARC-2");
    static final RuleId ARC_12 = RuleId.of("ARC-12");
    static final RuleId ARC_18 = RuleId.of("ARC-18");

    private CustomerArchives() {
    }

    /**
     * Checks an archive, including what needs today's date: no document issued and no fact
     * recorded after today (ARC-12: files must be accurate and true).
     *
     * @param archive  the archive, not null
     * @param clock  the host's clock, not null
     * @return the archive
     * @throws dev.kefu.core.validation.PolicyInputException listing every problem
     */
    public static CustomerArchive requireValid(CustomerArchive archive, Clock clock) {
        Violations v = Violations.create().addAll(PolicyValidator.shared().violations(archive, archive == null ? "archive" : ""));
        v.requireNonNull(clock, "clock", ARC_12);
        v.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < archive.documents().size(); i++) {
            ArchiveDocument d = archive.documents().get(i);
            if (d.issuedOn().isAfter(today)) {
                v.add("documents[" + i + "].issuedOn", ArchiveMessages.BUNDLE, "archive.future", ARC_12, d.issuedOn(), today);
            }
        }
        facts(archive).forEach((path, fact) -> {
            if (fact.recordedOn().isAfter(today)) {
                v.add(path + ".recordedOn", ArchiveMessages.BUNDLE, "archive.future", RuleId.of("ARC-3"), fact.recordedOn(), today);
            }
        });
        if (archive.lastUpdated().isAfter(clock.instant())) {
            v.add("lastUpdated", ArchiveMessages.BUNDLE, "archive.future", RuleId.of("ARC-8"),
                    archive.lastUpdated(), clock.instant());
        }
        v.throwIfAny();
        return archive;
    }

    private static java.util.Map<String, Fact<?>> facts(CustomerArchive a) {
        java.util.Map<String, Fact<?>> out = new java.util.LinkedHashMap<>();
        BasicData b = a.basicData();
        put(out, "basicData.situation", b.situation());
        put(out, "basicData.owner", b.owner());
        put(out, "basicData.managers", b.managers());
        put(out, "basicData.tradingSince", b.tradingSince());
        put(out, "basicData.headcount", b.headcount());
        put(out, "basicData.industry", b.industry());
        put(out, "basicData.assets", b.assets());
        Characteristics c = a.characteristics();
        put(out, "characteristics.serviceArea", c.serviceArea());
        put(out, "characteristics.salesCapability", c.salesCapability());
        put(out, "characteristics.developmentPotential", c.developmentPotential());
        put(out, "characteristics.culture", c.culture());
        put(out, "characteristics.businessPolicy", c.businessPolicy());
        put(out, "characteristics.sizeBySales", c.sizeBySales());
        put(out, "characteristics.managementTraits", c.managementTraits());
        BusinessStatus s = a.businessStatus();
        put(out, "businessStatus.currentSales", s.currentSales());
        put(out, "businessStatus.pastSales", s.pastSales());
        put(out, "businessStatus.managerQuality", s.managerQuality());
        put(out, "businessStatus.salesStaffQuality", s.salesStaffQuality());
        put(out, "businessStatus.competitorRelations", s.competitorRelations());
        put(out, "businessStatus.cooperationAttitude", s.cooperationAttitude());
        TransactionStatus t = a.transactionStatus();
        put(out, "transactionStatus.salesActivity", t.salesActivity());
        put(out, "transactionStatus.problems", t.problems());
        put(out, "transactionStatus.advantages", t.advantages());
        put(out, "transactionStatus.futurePlans", t.futurePlans());
        put(out, "transactionStatus.reputation", t.reputation());
        put(out, "transactionStatus.creditGrade", t.creditGrade());
        put(out, "transactionStatus.tradingConditions", t.tradingConditions());
        put(out, "transactionStatus.pastCreditProblems", t.pastCreditProblems());
        return out;
    }

    private static void put(java.util.Map<String, Fact<?>> out, String path, Optional<? extends Fact<?>> fact) {
        fact.ifPresent(f -> out.put(path, f));
    }

    /**
     * Updates an archive from a touch with the customer (ARC-18, ARC-8): the address if one was
     * learned, new purchase preferences added (no repeats), and the last-updated time moved to
     * the touch if it is later.
     *
     * @param archive  the archive, not null
     * @param touch  the touch, not null
     * @return the updated archive; the given one is unchanged
     */
    public static CustomerArchive recordTouch(CustomerArchive archive, CustomerTouch touch) {
        Violations v = Violations.create();
        v.requireNonNull(archive, "archive", ARC_18);
        v.requireNonNull(touch, "touch", ARC_18);
        v.throwIfAny();
        Set<String> preferences = new LinkedHashSet<>(archive.purchasePreferences());
        preferences.addAll(touch.purchasePreferences());
        ImmutableCustomerArchive.Builder b = ImmutableCustomerArchive.builder().from(archive)
                .purchasePreferences(preferences);
        touch.address().ifPresent(b::address);
        if (touch.at().isAfter(archive.lastUpdated())) {
            b.lastUpdated(touch.at());
        }
        return b.build();
    }

    /**
     * Checks that the basic customer data ARC-18 asks to collect at every touch is present:
     * name, a contact, an address and purchase preferences.
     *
     * @param archive  the archive, not null
     * @return a decision whose outcome lists the missing items in the order of
     *     {@link BasicDataItem}; empty when complete
     * @throws dev.kefu.core.validation.PolicyInputException if the archive is null
     */
    public static Decision<List<BasicDataItem>> missingBasicData(CustomerArchive archive) {
        Violations v = Violations.create();
        v.requireNonNull(archive, "archive", ARC_18);
        v.throwIfAny();
        List<BasicDataItem> missing = new ArrayList<>();
        if (archive.contacts().isEmpty()) {
            missing.add(BasicDataItem.CONTACT);
        }
        if (archive.address().isEmpty()) {
            missing.add(BasicDataItem.ADDRESS);
        }
        if (archive.purchasePreferences().isEmpty()) {
            missing.add(BasicDataItem.PURCHASE_PREFERENCES);
        }
        List<Reason> reasons = new ArrayList<>();
        if (missing.isEmpty()) {
            reasons.add(Reason.of(ARC_18, ArchiveMessages.BUNDLE, "archive.basicData.complete"));
        }
        for (BasicDataItem item : missing) {
            reasons.add(Reason.of(ARC_18, ArchiveMessages.BUNDLE, "archive.basicData.missingItem", Labels.of(item)));
        }
        return Decision.of(List.copyOf(missing), reasons);
    }
}
