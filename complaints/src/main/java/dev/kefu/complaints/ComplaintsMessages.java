package dev.kefu.complaints;

import dev.kefu.core.decision.MessageBundle;

/** The complaints module's messages in English and Simplified Chinese. */
public final class ComplaintsMessages {

    /** The bundle. */
    public static final MessageBundle BUNDLE = MessageBundle.beside(ComplaintsMessages.class, "messages");

    private ComplaintsMessages() {
    }
}
