package dev.kefu.orders.returns;

/** Why a return slip was printed (ORD-15). */
public enum ReturnKind {
    /** Items the customer does not take, marked X on the bill (退單). */
    UNTAKEN_ITEMS,
    /** An on-site return (現場退貨, 退貨單), checked with the customer before the account is settled. */
    ON_SITE_RETURN
}
