package dev.kefu.orders.picking;

import static dev.kefu.orders.OrderRules.ORD_4;

import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.OrdersMessages;
import java.time.Instant;
import java.util.Arrays;

/**
 * The open (not yet picked) orders a {@link PickingBoard} is computed over (ORD-4), held as
 * columns: id, time of receipt (epoch milliseconds) and total quantity. Adding an order checks
 * it; a board reads the columns without allocating per order.
 *
 * <p>Implementation Requirements: mutable and not thread-safe; a board copies nothing and must
 * not be computed while orders are being added.
 */
public final class OpenOrders {

    private OrderId[] ids;
    private long[] receivedMillis;
    private long[] quantities;
    private int size;

    private OpenOrders(int capacity) {
        ids = new OrderId[capacity];
        receivedMillis = new long[capacity];
        quantities = new long[capacity];
    }

    /**
     * An empty set of open orders with room for some.
     *
     * @param expectedOrders  how many orders are expected, not negative
     * @return the empty set
     * @throws dev.kefu.core.validation.PolicyInputException if negative
     */
    public static OpenOrders withCapacity(int expectedOrders) {
        if (expectedOrders < 0) {
            Violations.create().add("expectedOrders", "notNegative", ORD_4).throwIfAny();
        }
        return new OpenOrders(expectedOrders);
    }

    /**
     * Adds an open order.
     *
     * @param id  the order, not null
     * @param receivedAt  when it was received, not null, in years 1 to 9999
     * @param quantity  its total quantity, not negative
     * @return this, for chaining
     * @throws dev.kefu.core.validation.PolicyInputException on malformed input; nothing is added
     */
    public OpenOrders add(OrderId id, Instant receivedAt, long quantity) {
        Violations v = Violations.create();
        v.requireNonNull(id, "id", ORD_4);
        if (v.requireNonNull(receivedAt, "receivedAt", ORD_4) && !PickingPolicy.inRange(receivedAt)) {
            v.add("receivedAt", OrdersMessages.BUNDLE, "input.outOfRange", ORD_4);
        }
        if (quantity < 0) {
            v.add("quantity", "notNegative", ORD_4);
        }
        if (size == Integer.MAX_VALUE - 8) {
            v.add("orders", OrdersMessages.BUNDLE, "input.tooMany", ORD_4);
        }
        v.throwIfAny();
        if (size == ids.length) {
            int cap = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(16L, ids.length * 2L));
            ids = Arrays.copyOf(ids, cap);
            receivedMillis = Arrays.copyOf(receivedMillis, cap);
            quantities = Arrays.copyOf(quantities, cap);
        }
        ids[size] = id;
        receivedMillis[size] = receivedAt.toEpochMilli();
        quantities[size] = quantity;
        size++;
        return this;
    }

    /** How many orders there are. */
    public int size() {
        return size;
    }

    /**
     * The id of the order at an index.
     *
     * @param index  from 0 to {@code size() - 1}
     * @return the id
     * @throws dev.kefu.core.validation.PolicyInputException if the index is out of range
     */
    public OrderId id(int index) {
        checkIndex(index, size);
        return ids[index];
    }

    static void checkIndex(int index, int size) {
        if (index < 0 || index >= size) {
            Violations.create().add("index", OrdersMessages.BUNDLE, "input.index", ORD_4, index, size).throwIfAny();
        }
    }

    long[] receivedMillis() {
        return receivedMillis;
    }

    long[] quantities() {
        return quantities;
    }
}
