/**
 * Yuan amounts and exact splits by percentage (CORE-MONEY-1).
 */
package dev.kefu.core.money;
