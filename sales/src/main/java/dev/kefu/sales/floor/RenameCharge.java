package dev.kefu.sales.floor;

import dev.kefu.core.money.Money;

/**
 * The outcome of EST-5.
 *
 * @param kind  the kind of charge
 * @param fee  the fee charged; zero when the regulation sets none
 */
public record RenameCharge(RenameChargeKind kind, Money fee) {
}
