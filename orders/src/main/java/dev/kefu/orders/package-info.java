/**
 * Order handling (ORD): order review, picking and shipping deadlines, packing and signatures, returns, back-orders, on-time rate.
 */
package dev.kefu.orders;
