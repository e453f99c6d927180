package dev.kefu.gas.billing;

/** Where takings were deposited (MTR-13). */
public enum DepositAccount {
    /** The company's account, through the finance department. */
    COMPANY,
    /** A private account (公款私存): forbidden. */
    PRIVATE
}
