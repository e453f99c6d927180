package dev.kefu.security.login;

import dev.kefu.core.id.AccountId;
import java.time.Instant;

/**
 * Something the login-log review found.
 *
 * @param kind  what
 * @param at  the time of the event that raised it
 * @param account  the account concerned (for spraying, the last account tried)
 * @param source  the source address
 * @param count  the count behind it (failures, accounts), 1 for single events
 */
public record Incident(IncidentKind kind, Instant at, AccountId account, String source, int count) {
}
