package dev.kefu.orders.picking;

/**
 * What a picking board shows at an instant (ORD-4).
 *
 * @param orders  open orders on the board
 * @param overdue  open orders whose deadline has passed
 * @param sameDay  open orders due the same day
 * @param nextDutyDay  open orders due on the next duty day (late, large or received off duty)
 */
public record BoardCounts(long orders, long overdue, long sameDay, long nextDutyDay) {
}
