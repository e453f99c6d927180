package dev.kefu.sales.attribution;

import dev.kefu.core.id.EmployeeId;

/**
 * Why the customer came, or what they said about earlier reps beyond designating and mentioning,
 * as the host recorded it: each motive is a distinct fact, never inferred from another
 * (catalogue, "Definitions and precedence": attribution terms).
 */
public sealed interface VisitMotive permits VisitMotive.BiggerDiscount, VisitMotive.Exhibition, VisitMotive.Referral,
        VisitMotive.HouseholdMember, VisitMotive.ComplaintAbout, VisitMotive.ForgotWho {

    /** The customer of an earlier rep came to this rep to get a bigger discount (ATT-13, precedence line 4). */
    record BiggerDiscount() implements VisitMotive {
    }

    /**
     * The visit happened at an exhibition or launch event (ATT-20, precedence line 1).
     *
     * @param event  the event's name, not blank
     */
    record Exhibition(String event) implements VisitMotive {
    }

    /**
     * A first-time visitor brought by an existing customer (ATT-17, precedence line 5).
     *
     * @param originalRep  the existing customer's original receiving rep, not null
     */
    record Referral(EmployeeId originalRep) implements VisitMotive {
    }

    /**
     * A member of a household one of whose members was already received (ATT-18, precedence line 5).
     *
     * @param firstMemberRep  the rep who received the household's first member, not null
     */
    record HouseholdMember(EmployeeId firstMemberRep) implements VisitMotive {
    }

    /**
     * The customer complains about an earlier rep they mention (ATT-11, precedence line 3).
     *
     * @param rep  the rep complained about, whom the customer mentions, not null
     * @param status  whether the sales supervisor has verified the complaint, not null
     */
    record ComplaintAbout(EmployeeId rep, ComplaintStatus status) implements VisitMotive {
    }

    /** The customer says they came before but forgot who received them (ATT-14, precedence line 13). */
    record ForgotWho() implements VisitMotive {
    }
}
