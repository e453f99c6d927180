package dev.kefu.security.login;

import dev.kefu.core.id.AccountId;
import java.util.Map;
import java.util.Set;

/** A fixed directory for tests. */
final class Directory implements AccountDirectory {

    private final Map<AccountId, Status> status;
    private final Set<AccountId> privileged;
    private final Map<AccountId, Set<String>> known;

    Directory(Map<AccountId, Status> status, Set<AccountId> privileged, Map<AccountId, Set<String>> known) {
        this.status = status;
        this.privileged = privileged;
        this.known = known;
    }

    static Directory standard() {
        return new Directory(Map.of(AccountId.of("gone"), Status.DEPARTED, AccountId.of("off"), Status.DISABLED,
                AccountId.of("sleepy"), Status.DORMANT), Set.of(AccountId.of("root")), Map.of(AccountId.of("root"), Set.of("10.0.0.5")));
    }

    @Override
    public Status status(AccountId account) {
        return status.getOrDefault(account, Status.ACTIVE);
    }

    @Override
    public boolean privileged(AccountId account) {
        return privileged.contains(account);
    }

    @Override
    public Set<String> knownSources(AccountId account) {
        return known.getOrDefault(account, Set.of());
    }
}
