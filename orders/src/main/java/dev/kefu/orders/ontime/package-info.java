/** The order-handling on-time rate (ORD-19) that appraisal's APR-2 indicator takes as a value. */
package dev.kefu.orders.ontime;
