package dev.kefu.complaints;

/**
 * The three roles of a complaint ("Definitions and precedence", Complaints). The workflow
 * checks that the actor holds the role an event is recorded in. Labels: {@link ComplaintsMessages#label}.
 */
public enum Role {
    /**
     * The first-contact owner (首问负责人, CMP-16): whoever first received the complaint on any
     * channel; passes it to intake the same working day and keeps the customer informed until
     * the callback closes it.
     */
    FIRST_CONTACT_OWNER,
    /** The HR-admin intake (人事行政经理, CMP-3, CMP-5): records, judges, dispatches, calls back, files. */
    HR_ADMIN_INTAKE,
    /**
     * The resolver (CMP-4, CMP-8): the holder of the rank mapped to the complaint's level in the
     * department complained about, who investigates and resolves personally.
     */
    RESOLVER
}
