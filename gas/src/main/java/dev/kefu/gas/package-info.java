/**
 * A gas company's service desk (MTR): meter records and readings, read rates, tariff, takings and reconciliation, business hall.
 */
package dev.kefu.gas;
