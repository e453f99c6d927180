package dev.kefu.sales.attribution;

import dev.kefu.core.decision.RuleId;
import java.util.List;

/**
 * The lines of the catalogue's attribution precedence list ("Definitions and precedence
 * (settled 2026-11-24)"); the list itself, with each line's condition and action, is the table
 * in {@link AttributionPolicy}. Lines 2 and 3 are readings that change the facts and let the
 * list continue; every other line decides, and exactly one deciding line applies to a visit.
 */
public enum PrecedenceLine {
    /** Line 1: exhibition or launch event → ATT-20 (the host's method); stop. */
    LINE_1(1, AttributionRules.ATT_20),
    /** Line 2: an earlier rep on long leave or transferred, customers redrawn → ATT-19: the assignee in their place. */
    LINE_2(2, AttributionRules.ATT_19),
    /** Line 3: the customer mentions B and complains about B → ATT-11: once verified, drop B; until then provisional. */
    LINE_3(3, AttributionRules.ATT_11),
    /** Line 4: B's customer comes to another rep for a bigger discount → ATT-13: all B's. */
    LINE_4(4, AttributionRules.ATT_13),
    /** Line 5: first visit of a referred visitor or a household member → ATT-17 / ATT-18 (designating another rep: line 9 with the original rep as B). */
    LINE_5(5, AttributionRules.ATT_17, AttributionRules.ATT_18),
    /** Line 6: any other first visit where the visitor designates X → ATT-4: X's customer, outside the rotation. */
    LINE_6(6, AttributionRules.ATT_4),
    /** Line 7: any other first visit, no designation → ATT-1 rotation. */
    LINE_7(7, AttributionRules.ATT_1),
    /** Line 8: returning customer designates A after B was identified and turned down → ATT-9: A 80% / B 20% (A 100% if B lapsed). */
    LINE_8(8, AttributionRules.ATT_9),
    /** Line 9: returning customer designates A without turning down an identified earlier rep → ATT-15. */
    LINE_9(9, AttributionRules.ATT_15),
    /** Line 10: mentions two or more earlier reps, designates none → ATT-12. */
    LINE_10(10, AttributionRules.ATT_12),
    /** Line 11: mentions exactly one earlier rep B, B present → ATT-8: hand back, all to B. */
    LINE_11(11, AttributionRules.ATT_8),
    /** Line 12: mentions exactly one earlier rep B, B absent → ATT-10: helper C; B 80% / C 20%. */
    LINE_12(12, AttributionRules.ATT_10),
    /** Line 13: came before but forgot who → ATT-14. */
    LINE_13(13, AttributionRules.ATT_14),
    /** Line 14: says nothing, but A identifies B → B present: ATT-8; B absent: ATT-3. */
    LINE_14(14, AttributionRules.ATT_3, AttributionRules.ATT_8),
    /** Line 15: no earlier rep identified → ATT-1 rotation; a returning customer uses no turn (ATT-5). */
    LINE_15(15, AttributionRules.ATT_1, AttributionRules.ATT_5);

    private final int number;
    private final List<RuleId> rules;

    PrecedenceLine(int number, RuleId... rules) {
        this.number = number;
        this.rules = List.of(rules);
    }

    /** The line's number in the catalogue's list, 1 … 15. */
    public int number() {
        return number;
    }

    /** The rules the line applies. */
    public List<RuleId> rules() {
        return rules;
    }

    /** Whether the line decides (every line but the readings 2 and 3). */
    public boolean decides() {
        return this != LINE_2 && this != LINE_3;
    }
}
