package org.outagedesk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountOrigin;
import org.outagedesk.account.DirectoryLink;
import org.outagedesk.account.DirectoryStanding;
import org.outagedesk.account.Role;
import org.outagedesk.security.DirectoryProperties.NestedGroups;
import org.outagedesk.security.DirectoryUnavailableException;
import org.outagedesk.testsupport.CompanyDirectory;

/**
 * Reading signed-in people's entries again between sign-ins, against the real LDAP server: by
 * stable id, fifty to a search, each group read once; what is disabled, gone or no longer found by
 * the user search filter is inactive; a directory that does not answer concludes nothing.
 */
class LdapStandingsTest {

    private static final CompanyDirectory COMPANY = CompanyDirectory.shared();
    private static final LdapDirectory DIRECTORY = new LdapDirectory(
            LdapDirectoryTest.ldap(COMPANY.url(), false, "", "", NestedGroups.RECURSIVE, 8),
            new RoleMapping(Map.of(Role.IT_STAFF, List.of("IT Staff"), Role.MANAGER, List.of("Service Managers"),
                    Role.ADMIN, List.of("Portal Admins"))));

    @Test
    void eachPersonIsFoundByStableIdWithTheRolesOfTheirGroupsNow() {
        Map<Long, DirectoryStanding> standings = standings(List.of(
                link(1, "00000000000000000000000000000001"),
                link(2, "00000000000000000000000000000002"),
                link(3, "00000000000000000000000000000003"),
                link(11, "0000000000000000000000000000000b")));

        assertThat(standings.get(1L)).isEqualTo(DirectoryStanding.active(1, java.util.Set.of(Role.END_USER, Role.IT_STAFF)));
        assertThat(standings.get(2L)).isEqualTo(DirectoryStanding.active(2, java.util.Set.of(Role.END_USER)));
        assertThat(standings.get(3L).roles()).containsExactlyInAnyOrder(Role.END_USER, Role.MANAGER, Role.ADMIN);
        assertThat(standings.get(11L).roles()).as("IT through the nested Mail Team").contains(Role.IT_STAFF);
    }

    @Test
    void aDisabledEntryAndOneTheDirectoryNoLongerHasAreInactive() {
        Map<Long, DirectoryStanding> standings = standings(List.of(
                link(4, "00000000000000000000000000000004"),
                link(99, "000000000000000000000000000000ff")));

        assertThat(standings.get(4L)).as("userAccountControl 514").isEqualTo(DirectoryStanding.inactive(4));
        assertThat(standings.get(99L)).as("no such entry").isEqualTo(DirectoryStanding.inactive(99));
    }

    @Test
    void manyPeopleAreAskedForFiftyToASearchAndNoneIsLost() {
        List<DirectoryLink> people = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            people.add(link(1000 + i, "%032x".formatted(0x1000 + i)));
        }
        people.add(link(1, "00000000000000000000000000000001"));

        Map<Long, DirectoryStanding> standings = standings(people);

        assertThat(standings).hasSize(121);
        assertThat(standings.get(1L).active()).isTrue();
        assertThat(standings.values().stream().filter(DirectoryStanding::active)).hasSize(1);
    }

    @Test
    void anEntryLinkedByItsDnIsReadWhereItIs() {
        Map<Long, DirectoryStanding> standings = standings(List.of(
                link(5, "cn=bruno costa,ou=people,dc=corp,dc=example"),
                link(6, "cn=nobody,ou=people,dc=corp,dc=example"),
                link(7, "cn=svc-outagedesk,ou=service,dc=corp,dc=example")));

        assertThat(standings.get(5L)).isEqualTo(DirectoryStanding.active(5, java.util.Set.of(Role.END_USER)));
        assertThat(standings.get(6L).active()).isFalse();
        assertThat(standings.get(7L).active()).as("outside the user search base").isFalse();
    }

    @Test
    void aDirectoryThatDoesNotAnswerConcludesNothing() {
        COMPANY.cut();
        try {
            assertThatThrownBy(() -> DIRECTORY.standings(List.of(link(1, "00000000000000000000000000000001"))))
                    .isInstanceOf(DirectoryUnavailableException.class);
        } finally {
            COMPANY.restore();
        }
    }

    private static Map<Long, DirectoryStanding> standings(List<DirectoryLink> people) {
        return DIRECTORY.standings(people).stream()
                .collect(Collectors.toMap(DirectoryStanding::accountId, Function.identity()));
    }

    private static DirectoryLink link(long accountId, String externalId) {
        return new DirectoryLink(accountId, AccountOrigin.LDAP, "ldap", externalId);
    }
}
