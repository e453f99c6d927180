package dev.kefu.archive.composition;

import dev.kefu.archive.grading.Grade;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.ProductId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.util.Objects;

/**
 * One sales line, the input of composition analysis (ARC-6): who bought, the customer's
 * grade, which product, in which region, for how much and how many.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class SalesLine {

    private static final RuleId ARC_6 = RuleId.of("ARC-6");

    private final CustomerId customerId;
    private final Grade grade;
    private final ProductId product;
    private final String region;
    private final Money amount;
    private final long amountFen;
    private final long quantity;

    private SalesLine(CustomerId customerId, Grade grade, ProductId product, String region, Money amount, long quantity) {
        this.customerId = customerId;
        this.grade = grade;
        this.product = product;
        this.region = region;
        this.amount = amount;
        this.amountFen = amount.toFen();
        this.quantity = quantity;
    }

    /**
     * Obtains a sales line.
     *
     * @param customerId  the customer, not null
     * @param grade  the customer's grade, not null
     * @param product  the product, not null
     * @param region  the sales region, not blank
     * @param amount  the amount, not negative
     * @param quantity  the quantity, not negative
     * @return the line, not null
     * @throws dev.kefu.core.validation.PolicyInputException listing every problem
     */
    public static SalesLine of(CustomerId customerId, Grade grade, ProductId product, String region, Money amount, long quantity) {
        Violations v = Violations.create();
        v.requireNonNull(customerId, "customerId", ARC_6);
        v.requireNonNull(grade, "grade", ARC_6);
        v.requireNonNull(product, "product", ARC_6);
        if (region == null || region.isBlank()) {
            v.add("region", "required", ARC_6);
        }
        if (v.requireNonNull(amount, "amount", ARC_6) && amount.isNegative()) {
            v.add("amount", "notNegative", ARC_6);
        } else if (amount != null && !fitsInFen(amount)) {
            v.add("amount", dev.kefu.archive.ArchiveMessages.BUNDLE, "amount.tooLarge", ARC_6);
        }
        if (quantity < 0) {
            v.add("quantity", "notNegative", ARC_6);
        }
        v.throwIfAny();
        return new SalesLine(customerId, grade, product, region, amount, quantity);
    }

    /** The customer. */
    public CustomerId customerId() {
        return customerId;
    }

    /** The customer's grade. */
    public Grade grade() {
        return grade;
    }

    /** The product. */
    public ProductId product() {
        return product;
    }

    /** The sales region. */
    public String region() {
        return region;
    }

    /** The amount. */
    public Money amount() {
        return amount;
    }

    long amountFen() {
        return amountFen;
    }

    /** The quantity. */
    public long quantity() {
        return quantity;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SalesLine)) {
            return false;
        }
        SalesLine l = (SalesLine) o;
        return customerId.equals(l.customerId) && grade.equals(l.grade) && product.equals(l.product)
                && region.equals(l.region) && amountFen == l.amountFen && quantity == l.quantity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(customerId, grade, product, region, amountFen, quantity);
    }

    @Override
    public String toString() {
        return "SalesLine[" + customerId + ", " + grade + ", " + product + ", " + region + ", " + amount + ", " + quantity + "]";
    }

    private static boolean fitsInFen(dev.kefu.core.money.Money m) {
        try {
            m.toFen();
            return true;
        } catch (ArithmeticException | IllegalArgumentException e) {
            return false;
        }
    }
}
