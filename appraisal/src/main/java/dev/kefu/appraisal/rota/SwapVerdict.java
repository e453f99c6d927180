package dev.kefu.appraisal.rota;

import java.util.List;

/**
 * The answer to a swap request (APR-12).
 *
 * @param approved  whether every rule is met
 * @param broken  the codes of every broken rule, in the order checked
 */
public record SwapVerdict(boolean approved, List<String> broken) {
}
