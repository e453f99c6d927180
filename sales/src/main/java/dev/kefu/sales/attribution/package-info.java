/**
 * Customer ownership and sales-lead attribution (客戶的分配確認), ATT-2 … ATT-21, S1 part 8:
 * who owns a customer, who holds a deal's performance, how the bonus splits (80/20, 50/50), who
 * follows up, registration validity (ATT-7, counted by CORE-CAL-4), reassignment by random draw,
 * exhibition strategies, disputes over crossed customers, and the grabbing / neglect sanction.
 *
 * <p>Front door: {@link dev.kefu.sales.attribution.AttributionPolicy#regulation()} deciding an
 * {@link dev.kefu.sales.attribution.AttributionCase} built with
 * {@link dev.kefu.sales.attribution.AttributionCase#builder()}. The catalogue's attribution
 * precedence list (15 lines, "Definitions and precedence", settled 2026-11-24) is implemented
 * once, as the table in {@code AttributionPolicy}; every decision names the
 * {@link dev.kefu.sales.attribution.PrecedenceLine} that applied. The facts a host records —
 * designates, mentions, identified at the visit, turned down, present, the visit's motives — are
 * distinct and never inferred from one another. Rule IDs:
 * {@link dev.kefu.sales.attribution.AttributionRules}. Messages:
 * {@link dev.kefu.sales.attribution.AttributionMessages}.
 */
package dev.kefu.sales.attribution;
