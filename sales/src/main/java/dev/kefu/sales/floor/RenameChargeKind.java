package dev.kefu.sales.floor;

/** What a change of buyer name (换名) costs under EST-5. */
public enum RenameChargeKind {
    /** After signing: treated as a transfer of title (按过户性质), charged the transfer fee. */
    TRANSFER_FEE,
    /** Before signing: the regulation sets no fee. */
    NO_FEE_SET
}
