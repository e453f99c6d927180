/** Back-orders and arrival notices (ORD-17). */
package dev.kefu.orders.backorder;
