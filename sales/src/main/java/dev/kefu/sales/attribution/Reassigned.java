package dev.kefu.sales.attribution;

import dev.kefu.core.id.EmployeeId;

/**
 * A departed rep's customer redrawn to an assignee (ATT-19, precedence line 2): the assignee is
 * read in the departed rep's place everywhere in the case — registrations, earlier visits,
 * mentions, designations, identifications.
 *
 * @param departed  the rep on long leave or transferred, not null
 * @param assignee  the rep the draw gave this customer, not null
 */
public record Reassigned(EmployeeId departed, EmployeeId assignee) {
}
