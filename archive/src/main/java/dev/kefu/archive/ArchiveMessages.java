package dev.kefu.archive;

import dev.kefu.core.decision.MessageBundle;

/**
 * The archive module's messages in English and Simplified Chinese
 * ({@code dev/kefu/archive/messages*.properties}); hosts that render their own texts can look
 * up a decision's reason keys here.
 */
public final class ArchiveMessages {

    /** The bundle. */
    public static final MessageBundle BUNDLE = MessageBundle.beside(ArchiveMessages.class, "messages");

    private ArchiveMessages() {
    }
}
