/** Order data and review (ORD-1, ORD-2): what an order holds, when it is complete, when it may go to the warehouse. */
@OrdersStyle
package dev.kefu.orders.review;

import dev.kefu.orders.OrdersStyle;
