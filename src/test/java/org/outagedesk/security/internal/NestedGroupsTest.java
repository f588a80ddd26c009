package org.outagedesk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.Role;
import org.outagedesk.security.DirectoryProperties.NestedGroups;
import org.outagedesk.testsupport.CompanyDirectory;

/**
 * Groups within groups against the real LDAP server (UnboundID, {@code directory/company.ldif}):
 * followed level by level through each group's own {@code memberOf}, a cycle ends, the depth
 * bounds the walk; in-chain mode asks the directory with Active Directory's matching rule.
 */
class NestedGroupsTest {

    private static final String IN_CHAIN = "1.2.840.113556.1.4.1941";
    private static final CompanyDirectory COMPANY = CompanyDirectory.shared();
    private static final RoleMapping ROLES = new RoleMapping(Map.of(Role.IT_STAFF, List.of("IT Staff"),
            Role.MANAGER, List.of("Service Managers"), Role.ADMIN, List.of("Portal Admins")));

    @Test
    void someoneInAGroupThatIsInTheItGroupIsItStaff() {
        assertThat(roles(NestedGroups.RECURSIVE, 8, "nico.anidado", "Nico-directory-1"))
                .as("Mail Team is a member of IT Staff").containsExactlyInAnyOrder(Role.END_USER, Role.IT_STAFF);
        assertThat(roles(NestedGroups.NONE, 8, "nico.anidado", "Nico-directory-1"))
                .as("with nesting off, only the person's own groups count").containsExactly(Role.END_USER);
    }

    @Test
    void aCycleOfGroupsEndsAndWhatLiesAboveItStillCounts() {
        Set<Role> roles = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> roles(NestedGroups.RECURSIVE, 50, "ciro.ciclo", "Ciro-directory-1"));

        assertThat(roles).as("Loop A and Loop B contain each other; Loop B is in Service Managers")
                .containsExactlyInAnyOrder(Role.END_USER, Role.MANAGER);
    }

    @Test
    void theDepthBoundsHowManyLevelsAboveThePersonsOwnGroupsAreRead() {
        assertThat(roles(NestedGroups.RECURSIVE, 4, "dora.honda", "Dora-directory-1"))
                .as("Level 1 is hers; Level 2, 3, 4 and Portal Admins are four levels up").contains(Role.ADMIN);
        assertThat(roles(NestedGroups.RECURSIVE, 3, "dora.honda", "Dora-directory-1"))
                .doesNotContain(Role.ADMIN);
    }

    /**
     * UnboundID's server has no extensible matching, so here it answers the in-chain search as a
     * domain controller would, with a chain that includes Portal Admins: a group the level-by-level
     * walk would never find for him, so his ADMIN role can only come from the directory's answer.
     */
    @Test
    void inChainModeAsksTheDirectoryWithActiveDirectorysMatchingRuleAndTakesItsAnswer() {
        List<String> asked = new CopyOnWriteArrayList<>();
        COMPANY.interceptSearches(search -> {
            if (search.getRequest().getFilter().toString().contains(IN_CHAIN)) {
                asked.add(search.getRequest().getFilter().toString());
                for (String group : List.of("Mail Team", "IT Staff", "Portal Admins")) {
                    search.sendSearchEntry(new Entry("CN=" + group + ",OU=Groups," + CompanyDirectory.BASE_DN));
                }
                throw new LDAPException(ResultCode.SUCCESS, "answered as Active Directory would");
            }
        });
        Set<Role> roles;
        try {
            roles = roles(NestedGroups.IN_CHAIN, 8, "nico.anidado", "Nico-directory-1");
        } finally {
            COMPANY.interceptSearches(null);
        }

        assertThat(asked).containsExactly("(member:" + IN_CHAIN + ":=CN=Nico Anidado,OU=People,DC=corp,DC=example)");
        assertThat(roles).containsExactlyInAnyOrder(Role.END_USER, Role.IT_STAFF, Role.ADMIN);
    }

    private static Set<Role> roles(NestedGroups nesting, int depth, String name, String password) {
        LdapDirectory directory = new LdapDirectory(LdapDirectoryTest.ldap(COMPANY.url(), false, "", "", nesting, depth),
                ROLES);
        return directory.authenticate(name, password).orElseThrow().roles();
    }
}
