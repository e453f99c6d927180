package dev.kefu.sales.attribution;

import dev.kefu.core.decision.MessageBundle;

/**
 * The attribution package's messages in English and Simplified Chinese
 * ({@code dev/kefu/sales/attribution/messages*.properties}); hosts that render their own texts
 * can look up a decision's reason keys here.
 */
public final class AttributionMessages {

    /** The bundle. */
    public static final MessageBundle BUNDLE = MessageBundle.beside(AttributionMessages.class, "messages");

    private AttributionMessages() {
    }
}
