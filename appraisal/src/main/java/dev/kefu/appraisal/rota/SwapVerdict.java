package dev.kefu.appraisal.rota;

import java.util.List;

/**
 * The answer to a swap request (APR-12).
 *
 * @param approved  whether every rule is met, so the swap is effective
 * @param broken  every broken rule, in the order checked (a rule may appear once per party)
 */
public record SwapVerdict(boolean approved, List<SwapRule> broken) {

    /** Keeps a defensive copy. */
    public SwapVerdict {
        broken = List.copyOf(broken);
    }
}
