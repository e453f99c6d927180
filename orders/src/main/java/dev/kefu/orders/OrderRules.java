package dev.kefu.orders;

import dev.kefu.core.decision.RuleId;

/** The rule IDs of the catalogue's ORD section (order handling, 訂單處理). */
public final class OrderRules {

    /** ORD-1 order data. */
    public static final RuleId ORD_1 = RuleId.of("ORD-1");
    /** ORD-2 order review: not released to the warehouse until an error is confirmed. */
    public static final RuleId ORD_2 = RuleId.of("ORD-2");
    /** ORD-3 order operations go to the order desk. */
    public static final RuleId ORD_3 = RuleId.of("ORD-3");
    /** ORD-4 picking deadline. */
    public static final RuleId ORD_4 = RuleId.of("ORD-4");
    /** ORD-5 the post-picking call. */
    public static final RuleId ORD_5 = RuleId.of("ORD-5");
    /** ORD-6 amount due. */
    public static final RuleId ORD_6 = RuleId.of("ORD-6");
    /** ORD-7 ship after payment, two people count. */
    public static final RuleId ORD_7 = RuleId.of("ORD-7");
    /** ORD-8 shipping on time. */
    public static final RuleId ORD_8 = RuleId.of("ORD-8");
    /** ORD-9 shipment notice. */
    public static final RuleId ORD_9 = RuleId.of("ORD-9");
    /** ORD-10 dispatch voucher. */
    public static final RuleId ORD_10 = RuleId.of("ORD-10");
    /** ORD-11 an archive exists at checkout. */
    public static final RuleId ORD_11 = RuleId.of("ORD-11");
    /** ORD-12 line-by-line check; problem goods never leave the warehouse. */
    public static final RuleId ORD_12 = RuleId.of("ORD-12");
    /** ORD-13 signatures when the customer is present. */
    public static final RuleId ORD_13 = RuleId.of("ORD-13");
    /** ORD-14 four-eyes packing when the customer is absent. */
    public static final RuleId ORD_14 = RuleId.of("ORD-14");
    /** ORD-15 return slips. */
    public static final RuleId ORD_15 = RuleId.of("ORD-15");
    /** ORD-16 returns and exchanges under the host's conditions. */
    public static final RuleId ORD_16 = RuleId.of("ORD-16");
    /** ORD-17 back-orders. */
    public static final RuleId ORD_17 = RuleId.of("ORD-17");
    /** ORD-18 video appointments. */
    public static final RuleId ORD_18 = RuleId.of("ORD-18");
    /** ORD-19 order-handling on-time rate. */
    public static final RuleId ORD_19 = RuleId.of("ORD-19");

    private OrderRules() {
    }
}
