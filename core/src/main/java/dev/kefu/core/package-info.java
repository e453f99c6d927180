/**
 * The shared kernel every kefu module builds on.
 *
 * <ul>
 *   <li>{@link dev.kefu.core.calendar} — working days and working hours (CORE-CAL-1, CORE-CAL-2);</li>
 *   <li>{@link dev.kefu.core.money} — CNY amounts and exact splits (CORE-MONEY-1);</li>
 *   <li>{@link dev.kefu.core.decision} — answers that cite the rules that produced them (CORE-DEC-1);</li>
 *   <li>{@link dev.kefu.core.discipline} — the sanction vocabulary shared by the policy modules;</li>
 *   <li>{@link dev.kefu.core.validation} — the one exception type for malformed input;</li>
 *   <li>{@link dev.kefu.core.id} — typed identifiers.</li>
 * </ul>
 */
package dev.kefu.core;
