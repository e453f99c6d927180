package dev.kefu.security;

import dev.kefu.core.decision.MessageBundle;

/** The security-policy module's messages in English and Simplified Chinese. */
public final class SecurityMessages {

    /** The bundle. */
    public static final MessageBundle BUNDLE = MessageBundle.beside(SecurityMessages.class, "messages");

    private SecurityMessages() {
    }
}
