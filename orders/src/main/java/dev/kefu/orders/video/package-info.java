/** Video appointments (ORD-18). */
package dev.kefu.orders.video;
