package dev.kefu.sales.floor;

import dev.kefu.core.money.Money;
import java.util.List;

/**
 * The outcome of EST-7.
 *
 * @param verdict  the answer
 * @param refund  the amount refunded: the finance-receipted payments when granted, else zero
 * @param parts  one part per finance-receipted payment when granted (empty otherwise); they sum to {@code refund} exactly
 * @param notebookReason  the reason the rep writes in the notebook (ARC-15)
 */
public record RefundOutcome(RefundVerdict verdict, Money refund, List<Money> parts, String notebookReason) {

    /** Copies the parts. */
    public RefundOutcome {
        parts = List.copyOf(parts);
    }

    @Override
    public String toString() {
        return "RefundOutcome[" + verdict + " " + refund + "]";
    }
}
