package dev.kefu.archive;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One touch with a customer — a consultation, an order or a complaint — from which the
 * archive's basic customer data is updated (ARC-18, S0 §6).
 *
 * @param kind  what the touch was, not null
 * @param at  when it happened, not null
 * @param address  an address learned or corrected, if any
 * @param purchasePreferences  purchase preferences learned, possibly none, not null
 */
public record CustomerTouch(Kind kind, Instant at, Optional<String> address, List<String> purchasePreferences) {

    /** The kinds of touch that update the archive. */
    public enum Kind {
        /** 咨询. */
        CONSULTATION,
        /** 订单. */
        ORDER,
        /** 投诉. */
        COMPLAINT
    }

    /** @throws dev.kefu.core.validation.PolicyInputException if an argument is null */
    public CustomerTouch {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("ARC-18");
        v.requireNonNull(kind, "kind", rule);
        v.requireNonNull(at, "at", rule);
        v.requireNonNull(address, "address", rule);
        v.requireNonNull(purchasePreferences, "purchasePreferences", rule);
        v.throwIfAny();
        purchasePreferences = List.copyOf(purchasePreferences);
    }
}
