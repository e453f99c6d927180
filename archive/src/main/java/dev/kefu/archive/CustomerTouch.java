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
        if (v.requireNonNull(purchasePreferences, "purchasePreferences", rule)) {
            for (int i = 0; i < purchasePreferences.size(); i++) {
                String p = purchasePreferences.get(i);
                if (p == null || p.isBlank()) {
                    v.add("purchasePreferences[" + i + "]", "required", rule);
                }
            }
        }
        if (address != null && address.isPresent() && address.get().isBlank()) {
            v.add("address", "required", rule);
        }
        v.throwIfAny();
        purchasePreferences = List.copyOf(purchasePreferences);
    }

    /** Leaves out the address and preferences, which may be personal data. */
    @Override
    public String toString() {
        return "CustomerTouch[kind=" + kind + ", at=" + at + ", address=" + (address.isPresent() ? "****" : "none")
                + ", purchasePreferences=" + purchasePreferences.size() + "]";
    }
}
