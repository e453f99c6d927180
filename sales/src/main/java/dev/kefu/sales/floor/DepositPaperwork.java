package dev.kefu.sales.floor;

import java.util.Map;
import java.util.Optional;

/**
 * The paperwork of one deposit (EST-11).
 *
 * @param unit  the unit code, not blank
 * @param designatedReceipt  the number of the designated receipt (指定收据) issued, empty if none; not null
 * @param copiesSigned  the signed copies of the subscription agreement each holder received; a
 *     holder missing from the map received none; not null
 */
public record DepositPaperwork(String unit, Optional<String> designatedReceipt, Map<CopyHolder, Integer> copiesSigned) {
}
