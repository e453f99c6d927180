package dev.kefu.security.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.security.password.AccountClass;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountRoleTest {

    @Test
    @DisplayName("SEC-3 Definitions (Security): the three administrator roles have important passwords; other staff ordinary")
    void role_to_class() {
        assertThat(AccountRole.NETWORK_ADMINISTRATOR.accountClass()).isEqualTo(AccountClass.IMPORTANT);
        assertThat(AccountRole.SYSTEM_ADMINISTRATOR.accountClass()).isEqualTo(AccountClass.IMPORTANT);
        assertThat(AccountRole.SYSTEM_OPERATOR.accountClass()).isEqualTo(AccountClass.IMPORTANT);
        assertThat(AccountRole.STAFF.accountClass()).isEqualTo(AccountClass.ORDINARY);
    }
}
