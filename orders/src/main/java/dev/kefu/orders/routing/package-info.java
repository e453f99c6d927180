/** Order operations and the order desk (ORD-3). */
package dev.kefu.orders.routing;
