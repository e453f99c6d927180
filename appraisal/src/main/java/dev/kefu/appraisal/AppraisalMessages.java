package dev.kefu.appraisal;

import dev.kefu.core.decision.MessageBundle;

/** The appraisal module's messages in English and Simplified Chinese. */
public final class AppraisalMessages {

    /** The bundle. */
    public static final MessageBundle BUNDLE = MessageBundle.beside(AppraisalMessages.class, "messages");

    private AppraisalMessages() {
    }
}
