package dev.kefu.orders.returns;

import dev.kefu.orders.OrderId;
import java.util.List;

/**
 * The accepted returns and exchanges not yet completed (ORD-16), oldest first.
 *
 * @param open  the orders whose case is open
 */
public record ReturnFollowUp(List<OrderId> open) {

    /** Copies the list. */
    public ReturnFollowUp {
        open = List.copyOf(open);
    }
}
