package dev.kefu.security.rotation;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a password stands against its maximum age (SEC-3).
 *
 * @param state  ok, due soon, expired, or not required for the role
 * @param due  when the password must be changed; empty when rotation is not required
 */
public record RotationStatus(State state, Optional<Instant> due) {

    /** States. */
    public enum State {
        /** Within its age, outside the warning period. */
        OK,
        /** Within the warning period before the due instant. */
        DUE_SOON,
        /** Past the due instant. */
        EXPIRED,
        /** The profile sets no maximum age for the role. */
        NOT_REQUIRED
    }
}
