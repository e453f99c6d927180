/**
 * Working days and working hours (CORE-CAL-1, CORE-CAL-2):
 * {@link dev.kefu.core.calendar.BusinessCalendar}, with the official mainland-China schedule
 * 2020–2026 shipped as data, company days, seasonal hours and Civil Code deadlines.
 */
package dev.kefu.core.calendar;
