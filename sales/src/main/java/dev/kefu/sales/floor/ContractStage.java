package dev.kefu.sales.floor;

/** Whether the purchase contract (合同) has been signed; EST-5 and EST-7 depend on it. */
public enum ContractStage {
    /** Subscribed (认购书) but the contract is not yet signed. */
    NOT_SIGNED,
    /** The contract is signed. */
    SIGNED
}
