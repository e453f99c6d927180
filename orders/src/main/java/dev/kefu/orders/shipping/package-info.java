/** Shipping on time (ORD-8), shipment notices (ORD-9) and dispatch vouchers (ORD-10). */
@OrdersStyle
package dev.kefu.orders.shipping;

import dev.kefu.orders.OrdersStyle;
