package dev.kefu.sales.floor;

import dev.kefu.core.validation.Violations;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The paperwork of one deposit (EST-11): the designated receipt (指定收据), if one was issued, and
 * the signed copies of the subscription agreement each holder received (a holder missing from
 * the map received none).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class DepositPaperwork {

    private final String unit;
    private final String designatedReceipt;
    private final Map<CopyHolder, Integer> copiesSigned;

    private DepositPaperwork(String unit, String designatedReceipt, Map<CopyHolder, Integer> copiesSigned) {
        this.unit = unit;
        this.designatedReceipt = designatedReceipt;
        this.copiesSigned = copiesSigned;
    }

    /**
     * A deposit for which the designated receipt was issued.
     *
     * @param unit  the unit code, not blank
     * @param receiptNumber  the number of the designated receipt, not blank
     * @param copiesSigned  the copies each holder received, no null key, counts not negative
     * @return the paperwork
     * @throws dev.kefu.core.validation.PolicyInputException on a missing or malformed value
     */
    public static DepositPaperwork withReceipt(String unit, String receiptNumber, Map<CopyHolder, Integer> copiesSigned) {
        Violations v = Violations.create();
        FloorTexts.requireText(v, receiptNumber, "receiptNumber", SalesFloorRules.EST_11);
        return create(v, unit, receiptNumber, copiesSigned);
    }

    /**
     * A deposit for which no designated receipt was issued.
     *
     * @param unit  the unit code, not blank
     * @param copiesSigned  the copies each holder received, no null key, counts not negative
     * @return the paperwork
     * @throws dev.kefu.core.validation.PolicyInputException on a missing or malformed value
     */
    public static DepositPaperwork withoutReceipt(String unit, Map<CopyHolder, Integer> copiesSigned) {
        return create(Violations.create(), unit, null, copiesSigned);
    }

    private static DepositPaperwork create(Violations v, String unit, String receipt, Map<CopyHolder, Integer> copiesSigned) {
        FloorTexts.requireText(v, unit, "unit", SalesFloorRules.EST_11);
        if (v.requireNonNull(copiesSigned, "copiesSigned", SalesFloorRules.EST_11)) {
            for (Map.Entry<CopyHolder, Integer> e : copiesSigned.entrySet()) {
                if (e.getKey() == null || e.getValue() == null || e.getValue() < 0) {
                    FloorTexts.add(v, "copiesSigned", "paperwork.copies.malformed", SalesFloorRules.EST_11);
                }
            }
        }
        v.throwIfAny();
        return new DepositPaperwork(unit, receipt, Map.copyOf(copiesSigned));
    }

    /** The unit code. */
    public String unit() {
        return unit;
    }

    /** The number of the designated receipt, when one was issued. */
    public Optional<String> designatedReceipt() {
        return Optional.ofNullable(designatedReceipt);
    }

    /** The copies each holder received. */
    public Map<CopyHolder, Integer> copiesSigned() {
        return copiesSigned;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DepositPaperwork)) {
            return false;
        }
        DepositPaperwork p = (DepositPaperwork) o;
        return unit.equals(p.unit) && Objects.equals(designatedReceipt, p.designatedReceipt) && copiesSigned.equals(p.copiesSigned);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, designatedReceipt, copiesSigned);
    }

    @Override
    public String toString() {
        return "DepositPaperwork[" + unit + ", receipt " + (designatedReceipt == null ? "none" : designatedReceipt) + "]";
    }
}
