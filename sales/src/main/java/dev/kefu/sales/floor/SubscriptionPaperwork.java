package dev.kefu.sales.floor;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The paperwork of a deposit.
 * <ul>
 *   <li>EST-11: after a deposit the designated receipt (指定收据) is issued and the subscription
 *       agreement is signed in <b>4 copies</b>: customer <b>1</b>, finance <b>1</b>, sales
 *       department <b>2</b>.</li>
 *   <li>EST-12: the agreement is never altered without authorisation; the balance is filled in
 *       with care (it must equal the price less the deposit); the contact fields — current
 *       mailing address, postcode, telephone — are required.</li>
 * </ul>
 * Both are checks over what the host records; each gap is explained without personal data.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class SubscriptionPaperwork {

    /** A postcode of the People's Republic of China: six digits. */
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{6}");
    /** A telephone number as written: digits with optional +, spaces, hyphens and brackets, at least one digit. */
    private static final Pattern TELEPHONE = Pattern.compile("[+0-9 ()\\-]*[0-9][+0-9 ()\\-]*");

    private final Map<CopyHolder, Integer> copies;

    private SubscriptionPaperwork(Map<CopyHolder, Integer> copies) {
        this.copies = copies;
    }

    /** The regulation's settings: 4 copies, customer 1, finance 1, sales department 2 (EST-11). */
    public static SubscriptionPaperwork regulation() {
        Map<CopyHolder, Integer> m = new EnumMap<>(CopyHolder.class);
        m.put(CopyHolder.CUSTOMER, 1);
        m.put(CopyHolder.FINANCE, 1);
        m.put(CopyHolder.SALES_DEPARTMENT, 2);
        return new SubscriptionPaperwork(java.util.Collections.unmodifiableMap(m));
    }

    /** A builder starting from the regulation's settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** The copies each holder receives. */
    public Map<CopyHolder, Integer> copies() {
        return copies;
    }

    /** The total number of copies (4 by default). */
    public int totalCopies() {
        return copies.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Checks the paperwork of a deposit (EST-11).
     *
     * @param p  the paperwork, not null
     * @return the report of gaps
     * @throws dev.kefu.core.validation.PolicyInputException if the paperwork is null
     */
    public Decision<GapReport> checkDeposit(DepositPaperwork p) {
        Violations v = Violations.create();
        v.requireNonNull(p, "paperwork", SalesFloorRules.EST_11);
        v.throwIfAny();
        List<FloorGap> gaps = new ArrayList<>();
        if (p.designatedReceipt().isEmpty()) {
            gaps.add(new FloorGap(GapKind.NO_RECEIPT, null, null, "gap.noReceipt", p.unit()));
        }
        for (CopyHolder h : CopyHolder.values()) {
            int expected = copies.get(h);
            int actual = p.copiesSigned().getOrDefault(h, 0);
            if (actual != expected) {
                gaps.add(new FloorGap(GapKind.WRONG_COPIES, null, null, "gap.copies." + h.key(), p.unit(), actual, expected));
            }
        }
        return GapReport.decide(gaps, SalesFloorRules.EST_11);
    }

    /**
     * Checks the content of a subscription agreement (EST-12).
     *
     * @param a  the agreement as filled in, not null
     * @return the report of gaps
     * @throws dev.kefu.core.validation.PolicyInputException if the agreement is null
     */
    public Decision<GapReport> checkAgreement(SubscriptionAgreement a) {
        Violations v = Violations.create();
        v.requireNonNull(a, "agreement", SalesFloorRules.EST_12);
        v.throwIfAny();
        List<FloorGap> gaps = new ArrayList<>();
        for (AgreementAlteration alt : a.alterations()) {
            if (alt.authorisation() == AgreementAlteration.Authorisation.UNAUTHORISED) {
                gaps.add(new FloorGap(GapKind.UNAUTHORISED_ALTERATION, null, null, "gap.alteration", a.unit(), alt.field()));
            }
        }
        if (a.balance().isEmpty()) {
            gaps.add(new FloorGap(GapKind.BALANCE_WRONG, null, null, "gap.balance.blank", a.unit()));
        } else {
            boolean right = !a.deposit().isGreaterThan(a.price()) && a.balance().get().equals(a.price().minus(a.deposit()));
            if (!right) {
                gaps.add(new FloorGap(GapKind.BALANCE_WRONG, null, null, "gap.balance.wrong", a.unit(), a.balance().get(),
                        a.price(), a.deposit()));
            }
        }
        if (a.mailingAddress().isBlank()) {
            gaps.add(new FloorGap(GapKind.CONTACT_MISSING, null, null, "gap.contact.address", a.unit()));
        }
        if (!POSTCODE.matcher(a.postcode().strip()).matches()) {
            gaps.add(new FloorGap(GapKind.CONTACT_MISSING, null, null,
                    a.postcode().isBlank() ? "gap.contact.postcode" : "gap.contact.postcodeForm", a.unit()));
        }
        if (!TELEPHONE.matcher(a.telephone().strip()).matches()) {
            gaps.add(new FloorGap(GapKind.CONTACT_MISSING, null, null,
                    a.telephone().isBlank() ? "gap.contact.telephone" : "gap.contact.telephoneForm", a.unit()));
        }
        return GapReport.decide(gaps, SalesFloorRules.EST_12);
    }

    /**
     * Builds the paperwork check; setters record problems and {@link #build()} reports them all.
     *
     * <p>Implementation Requirements: not thread-safe.
     */
    public static final class Builder {
        private final FloorTexts.SettingProblems problems = new FloorTexts.SettingProblems();
        private final Map<CopyHolder, Integer> copies = new EnumMap<>(regulation().copies());

        private Builder() {
        }

        /**
         * The copies a holder receives (EST-11: customer 1, finance 1, sales department 2).
         *
         * @param holder  not null
         * @param count  at least 1
         * @return this builder
         */
        public Builder copies(CopyHolder holder, int count) {
            String setting = "copies[" + (holder == null ? "null" : holder.name().toLowerCase(java.util.Locale.ROOT)) + "]";
            if (problems.check(holder != null && count >= 1, setting, "setting.copies", SalesFloorRules.EST_11)) {
                copies.put(holder, count);
            }
            return this;
        }

        /**
         * Builds the check.
         *
         * @return the check
         * @throws dev.kefu.core.validation.PolicyInputException naming every setting in error
         */
        public SubscriptionPaperwork build() {
            problems.build(Map.of());
            return new SubscriptionPaperwork(java.util.Collections.unmodifiableMap(new EnumMap<>(copies)));
        }
    }
}
