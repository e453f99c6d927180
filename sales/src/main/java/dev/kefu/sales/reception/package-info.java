/**
 * The reception rotation (轮流接待): ATT-1 with ATT-4, ATT-5 and ATT-10.
 */
package dev.kefu.sales.reception;
