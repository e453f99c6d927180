/** The amount due on a remote order and the payment notice (ORD-6). */
package dev.kefu.orders.payment;
