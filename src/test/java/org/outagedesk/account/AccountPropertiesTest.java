package org.outagedesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountPropertiesTest {

    @Test
    void registrationAllowsOnlyListedDomainsWhateverTheirCase() {
        AccountProperties.Registration registration =
                new AccountProperties.Registration(true, List.of("demo.local", " Example.ORG "), 10);
        assertThat(registration.allows("ana@demo.local")).isTrue();
        assertThat(registration.allows("bob@example.org")).isTrue();
        assertThat(registration.allows("eve@demo.local.evil.example")).isFalse();
        assertThat(registration.allows("eve@sub.demo.local")).isFalse();
        assertThat(new AccountProperties.Registration(true, List.of(), 10).allows("ana@demo.local")).isFalse();
    }

    @Test
    void roleAuthoritiesMatchTheRoleConstants() {
        for (Role role : Role.values()) {
            assertThat(role.authority()).isEqualTo("ROLE_" + role.name());
        }
        assertThat(List.of(Roles.END_USER, Roles.IT_STAFF, Roles.MANAGER, Roles.ADMIN))
                .containsExactly(List.of(Role.values()).stream().map(Role::name).toArray(String[]::new));
    }
}
