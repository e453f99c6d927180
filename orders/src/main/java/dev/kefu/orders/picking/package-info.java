/** The picking deadline (ORD-4) for one order and as a board over many open orders. */
package dev.kefu.orders.picking;
