/**
 * The sales floor (S1 part 8): reception rotation, customer ownership and sales-lead attribution, sales-floor transactions (EST).
 */
package dev.kefu.sales;
