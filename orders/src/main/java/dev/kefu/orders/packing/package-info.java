/** Counting, packing and signatures (ORD-12, ORD-13, ORD-14). */
@OrdersStyle
package dev.kefu.orders.packing;

import dev.kefu.orders.OrdersStyle;
