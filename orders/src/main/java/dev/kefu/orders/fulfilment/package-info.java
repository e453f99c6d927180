/**
 * The gates of fulfilment: the post-picking call before quoting (ORD-5), shipping after payment
 * with two-person counting and clean lines (ORD-5, ORD-7, ORD-12), and settlement at checkout
 * (ORD-11, ORD-15).
 */
@OrdersStyle
package dev.kefu.orders.fulfilment;

import dev.kefu.orders.OrdersStyle;
