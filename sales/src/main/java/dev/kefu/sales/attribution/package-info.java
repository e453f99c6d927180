/**
 * Customer ownership and sales-lead attribution (客户的分配确认), ATT-2 … ATT-21: who owns a
 * customer, who holds a deal's performance, how the bonus splits (80/20, 50/50), who follows
 * up, registration validity, reassignment by random draw, event strategies and disputes.
 */
package dev.kefu.sales.attribution;
