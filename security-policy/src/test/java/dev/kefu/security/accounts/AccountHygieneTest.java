package dev.kefu.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.id.AccountId;
import dev.kefu.core.id.EmployeeId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountHygieneTest {

    @Test
    @DisplayName("SEC-4 accounts without a password, unused accounts and accounts of staff who left are found")
    void findings() {
        Instant now = Instant.parse("2025-06-30T00:00:00Z");
        Instant created = Instant.parse("2024-01-01T00:00:00Z");
        List<Account> accounts = List.of(
                new Account(AccountId.of("ok"), EmployeeId.of("e1"), true, Optional.of(now.minusSeconds(3600)), created, false),
                new Account(AccountId.of("nopw"), EmployeeId.of("e2"), false, Optional.of(now.minusSeconds(3600)), created, false),
                new Account(AccountId.of("idle"), EmployeeId.of("e3"), true, Optional.of(now.minus(Duration.ofDays(91))), created, false),
                new Account(AccountId.of("never"), EmployeeId.of("e4"), true, Optional.empty(), created, false),
                new Account(AccountId.of("left"), EmployeeId.of("e5"), false, Optional.of(now), created, true));
        var d = AccountHygiene.unusedAfter(Duration.ofDays(90)).review(accounts, now);
        assertThat(d.outcome()).containsExactly(
                new AccountHygiene.Finding(AccountId.of("nopw"), AccountHygiene.Kind.NO_PASSWORD, AccountHygiene.Action.SET_PASSWORD),
                new AccountHygiene.Finding(AccountId.of("idle"), AccountHygiene.Kind.UNUSED, AccountHygiene.Action.REMOVE_ACCOUNT),
                new AccountHygiene.Finding(AccountId.of("never"), AccountHygiene.Kind.UNUSED, AccountHygiene.Action.REMOVE_ACCOUNT),
                new AccountHygiene.Finding(AccountId.of("left"), AccountHygiene.Kind.OWNER_LEFT, AccountHygiene.Action.REMOVE_ACCOUNT));
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactly("SEC-4");
        assertThatThrownBy(() -> AccountHygiene.unusedAfter(Duration.ZERO)).hasMessageContaining("unusedAfter");
        assertThatThrownBy(() -> AccountHygiene.unusedAfter(Duration.ofDays(1)).review(null, null)).hasMessageContaining("accounts");
    }
}
