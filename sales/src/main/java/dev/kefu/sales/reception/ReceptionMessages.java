package dev.kefu.sales.reception;

import dev.kefu.core.decision.MessageBundle;

/**
 * The reception package's messages in English and Simplified Chinese
 * ({@code dev/kefu/sales/reception/messages*.properties}); hosts that render their own texts
 * can look up a decision's reason keys here.
 */
public final class ReceptionMessages {

    /** The bundle. */
    public static final MessageBundle BUNDLE = MessageBundle.beside(ReceptionMessages.class, "messages");

    private ReceptionMessages() {
    }
}
