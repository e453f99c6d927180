/** Return slips (ORD-15) and returns and exchanges under the host's conditions (ORD-16). */
package dev.kefu.orders.returns;
