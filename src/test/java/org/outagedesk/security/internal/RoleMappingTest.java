package org.outagedesk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.Role;

class RoleMappingTest {

    private final RoleMapping mapping = new RoleMapping(Map.of(
            Role.IT_STAFF, List.of("IT Staff", "Helpdesk"),
            Role.ADMIN, List.of("CN=Portal Admins,OU=Groups,DC=corp,DC=example")));

    @Test
    void everyoneIsAnEndUserAndNoGroupMeansNothingMore() {
        assertThat(mapping.rolesFor(List.of())).containsExactly(Role.END_USER);
        assertThat(mapping.rolesFor(List.of("CN=All Staff,OU=Groups,DC=corp,DC=example"))).containsExactly(Role.END_USER);
    }

    @Test
    void aGroupMatchesByCommonNameByFullDnOrByPlainNameIgnoringCase() {
        assertThat(mapping.rolesFor(List.of("CN=it staff,OU=Groups,DC=corp,DC=example"))).contains(Role.IT_STAFF);
        assertThat(mapping.rolesFor(List.of("cn=portal admins,ou=groups,dc=corp,dc=example"))).contains(Role.ADMIN);
        assertThat(mapping.rolesFor(List.of("helpdesk"))).containsExactlyInAnyOrder(Role.END_USER, Role.IT_STAFF);
    }

    @Test
    void aGroupWhoseOtherPartsMerelyContainTheNameDoesNotMatch() {
        assertThat(mapping.rolesFor(List.of("CN=Sales,OU=IT Staff,DC=corp,DC=example", "IT Staff Alumni",
                "CN=Portal Admins,OU=Old,DC=corp,DC=example"))).containsExactly(Role.END_USER);
    }

    @Test
    void withoutAnyMappingRolesAreLeftToAdministrators() {
        assertThat(new RoleMapping(Map.of()).rolesFor(List.of("CN=IT Staff,OU=Groups,DC=corp,DC=example"))).isNull();
    }
}
