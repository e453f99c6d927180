package dev.kefu.orders.picking;

/** Which of ORD-4's deadlines applies to an order. */
public enum PickingTarget {
    /** Picked the same day, before the end of work. */
    SAME_DAY,
    /** Picked by the end of work of the desk's next duty day at the latest. */
    NEXT_DUTY_DAY
}
