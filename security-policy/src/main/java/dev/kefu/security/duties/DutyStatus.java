package dev.kefu.security.duties;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a periodic duty stands (SEC-11 backups, SEC-14 monitoring, SEC-15 upkeep).
 *
 * @param duty  the duty
 * @param state  done within its interval, overdue, or never done
 * @param last  when it was last done, if ever
 * @param due  when it is next due (empty when never done: it is due now)
 */
public record DutyStatus(Duty duty, State state, Optional<Instant> last, Optional<Instant> due) {

    /** States. */
    public enum State {
        /** Done within the interval before now. */
        CURRENT,
        /** Last done longer ago than the interval. */
        OVERDUE,
        /** No record of it at all. */
        NEVER_DONE
    }
}
