package dev.kefu.orders.packing;

/** A step of counting and packing that the packing record confirms (ORD-13, ORD-14). */
public enum PackingStep {
    /** The person counting signed the bill at 點貨人 (ORD-13). */
    COUNTER_SIGNED_BILL,
    /** The customer's name on the bill was checked (ORD-13). */
    CUSTOMER_NAME_CHECKED,
    /** The customer signed the document, in the box at the top left (ORD-13). */
    CUSTOMER_SIGNED,
    /** The order follower (跟單人員) signed the document (ORD-13). */
    FOLLOWER_SIGNED,
    /** Copy 3 went to the customer (ORD-13). */
    COPY_3_TO_CUSTOMER,
    /** Copies 1 and 2 went to the custodian (保管人) (ORD-13). */
    COPIES_1_2_TO_CUSTODIAN,
    /** The box was sealed (ORD-13, ORD-14). */
    BOX_SEALED,
    /** The customer wrote their name, address and phone on the box (ORD-13). */
    CUSTOMER_DETAILS_ON_BOX,
    /** Copy 3 went in a clear bag inside the box lid (ORD-14). */
    COPY_3_IN_LID,
    /** The customer's name was written across the seal (ORD-14). */
    CUSTOMER_NAME_ON_SEAL
}
