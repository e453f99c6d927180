package dev.kefu.security.login;

import dev.kefu.core.id.AccountId;
import java.time.Instant;

/**
 * One line of a host login log (SEC-2).
 *
 * @param at  when
 * @param account  the account tried
 * @param host  the host logged in to
 * @param source  the source address
 * @param success  whether the login succeeded
 * @param method  how (password, key, console …)
 */
public record LoginEvent(Instant at, AccountId account, String host, String source, boolean success, String method) {
}
