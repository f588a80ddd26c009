package org.outagedesk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outagedesk.account.AccountOrigin;
import org.outagedesk.account.DirectoryPerson;
import org.outagedesk.account.Role;
import org.outagedesk.security.DirectoryProperties;
import org.outagedesk.security.DirectoryProperties.NestedGroups;
import org.outagedesk.security.DirectoryUnavailableException;
import org.outagedesk.testsupport.CompanyDirectory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;

/** Bind sign-in against a real LDAP server (UnboundID in memory) with AD-like entries. */
class LdapDirectoryTest {

    private static final CompanyDirectory COMPANY = CompanyDirectory.shared();
    private static final String START_TLS_OID = "1.3.6.1.4.1.1466.20037";
    private static final LdapDirectory DIRECTORY = new LdapDirectory(ldap(), new RoleMapping(Map.of(
            Role.IT_STAFF, List.of("IT Staff"),
            Role.MANAGER, List.of("CN=Service Managers,OU=Groups," + CompanyDirectory.BASE_DN),
            Role.ADMIN, List.of("Domain Admins", "portal admins"))));

    @Test
    void aPersonSignsInWithTheirAccountNameAndBringsProfileAndRoles() {
        DirectoryPerson ana = DIRECTORY.authenticate("ana.ibarra", "Ana-directory-1").orElseThrow();

        assertThat(ana.origin()).isEqualTo(AccountOrigin.LDAP);
        assertThat(ana.provider()).isEqualTo("ldap");
        assertThat(ana.externalId()).as("objectGUID, read as binary").isEqualTo("00000000000000000000000000000001");
        assertThat(ana.email()).isEqualTo("ana.ibarra@corp.example");
        assertThat(ana.displayName()).isEqualTo("Ana Ibarra");
        assertThat(ana.department()).isEqualTo("Sistemas");
        assertThat(ana.site()).isEqualTo("Sevilla");
        assertThat(ana.language()).isEqualTo("es");
        assertThat(ana.roles()).containsExactlyInAnyOrder(Role.END_USER, Role.IT_STAFF);
    }

    @Test
    void theUserPrincipalNameWorksTooAndSeveralGroupsMapToSeveralRoles() {
        DirectoryPerson carla = DIRECTORY.authenticate("carla.mendez@corp.example", "Carla-directory-1").orElseThrow();

        assertThat(carla.roles()).containsExactlyInAnyOrder(Role.END_USER, Role.MANAGER, Role.ADMIN);
        assertThat(carla.language()).as("no preferredLanguage in the entry").isNull();
    }

    @Test
    void someoneInNoMappedGroupIsAnEndUser() {
        assertThat(DIRECTORY.authenticate("bruno.costa", "Bruno-directory-1").orElseThrow().roles())
                .containsExactly(Role.END_USER);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> DIRECTORY.authenticate("ana.ibarra", "Bruno-directory-1"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void anEmptyPasswordIsRefusedRatherThanBoundAnonymously() {
        assertThatThrownBy(() -> DIRECTORY.authenticate("ana.ibarra", ""))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aDisabledEntryIsRefusedEvenWithItsPassword() {
        assertThatThrownBy(() -> DIRECTORY.authenticate("dario.vega", "Dario-directory-1"))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void aNameTheDirectoryDoesNotKnowIsLeftToLocalAccounts() {
        assertThat(DIRECTORY.authenticate("admin@demo.local", "demo")).isEmpty();
    }

    /** Unescaped, each would match one or all entries or break the filter; escaped, each is a name no one has. */
    @ParameterizedTest
    @ValueSource(strings = {"*", "ana*", "*)(objectClass=*", "ana.ibarra)(|(sAMAccountName=*",
            "*)(|(userPassword=*))", "ana.ibarra)(&)", "*)(uid=*))(|(uid=*", "\\2a", "ana.ibarra\u0000",
            "(sAMAccountName=ana.ibarra)", "*()|&="})
    void ldapInjectionInTheNameIsNeutralised(String payload) {
        assertThat(DIRECTORY.authenticate(payload, "Ana-directory-1")).isEmpty();
    }

    @Test
    void aDirectoryThatDoesNotAnswerIsToldApartFromAWrongPassword() {
        COMPANY.cut();
        try {
            assertThatThrownBy(() -> DIRECTORY.authenticate("ana.ibarra", "Ana-directory-1"))
                    .isInstanceOf(DirectoryUnavailableException.class);
        } finally {
            COMPANY.restore();
        }
        assertThat(DIRECTORY.authenticate("ana.ibarra", "Ana-directory-1")).isPresent();
    }

    @Test
    void overLdapsTheDirectorysCertificateIsCheckedAgainstTheConfiguredTrustStore(@TempDir Path folder)
            throws Exception {
        CompanyDirectory.Ldaps ldaps = CompanyDirectory.startLdaps(folder);

        LdapDirectory trusting = new LdapDirectory(ldap(ldaps.url(), ldaps.trustStore(), ldaps.trustStorePassword()),
                new RoleMapping(Map.of(Role.IT_STAFF, List.of("IT Staff"))));
        assertThat(trusting.authenticate("ana.ibarra", "Ana-directory-1").orElseThrow().roles())
                .contains(Role.IT_STAFF);

        LdapDirectory withTheJvmsCas = new LdapDirectory(ldap(ldaps.url(), "", ""), new RoleMapping(Map.of()));
        assertThatThrownBy(() -> withTheJvmsCas.authenticate("ana.ibarra", "Ana-directory-1"))
                .as("a certificate no trusted CA signed").isInstanceOf(DirectoryUnavailableException.class);
    }

    /** What crossed the network is read as an eavesdropper would: StartTLS asked in clear, then nothing readable. */
    @Test
    void overStartTlsNoPasswordCrossesTheNetworkInClearAndTheCertificateIsChecked(@TempDir Path folder)
            throws Exception {
        CompanyDirectory.StartTls plainPort = CompanyDirectory.startStartTls(folder);
        RoleMapping roles = new RoleMapping(Map.of(Role.IT_STAFF, List.of("IT Staff")));

        LdapDirectory inClear = new LdapDirectory(ldap(plainPort.url(), false, "", "", NestedGroups.RECURSIVE, 8), roles);
        assertThat(inClear.authenticate("ana.ibarra", "Ana-directory-1")).isPresent();
        assertThat(wire(plainPort)).as("the control: without StartTLS the relay reads the passwords")
                .contains("Ana-directory-1", CompanyDirectory.SERVICE_PASSWORD);

        plainPort.wire().forgetSent();
        LdapDirectory trusting = new LdapDirectory(ldap(plainPort.url(), true, plainPort.trustStore(),
                plainPort.trustStorePassword(), NestedGroups.RECURSIVE, 8), roles);
        assertThat(trusting.authenticate("ana.ibarra", "Ana-directory-1").orElseThrow().roles()).contains(Role.IT_STAFF);
        assertThat(wire(plainPort)).as("the StartTLS request itself is in clear").contains(START_TLS_OID)
                .doesNotContain("Ana-directory-1", CompanyDirectory.SERVICE_PASSWORD, "ana.ibarra");

        plainPort.wire().forgetSent();
        LdapDirectory withTheJvmsCas = new LdapDirectory(ldap(plainPort.url(), true, "", "", NestedGroups.RECURSIVE, 8),
                roles);
        assertThatThrownBy(() -> withTheJvmsCas.authenticate("ana.ibarra", "Ana-directory-1"))
                .as("a certificate no trusted CA signed").isInstanceOf(DirectoryUnavailableException.class);
        assertThat(wire(plainPort)).contains(START_TLS_OID).doesNotContain("Ana-directory-1",
                CompanyDirectory.SERVICE_PASSWORD);
    }

    private static String wire(CompanyDirectory.StartTls directory) {
        return new String(directory.wire().sentByClients(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static DirectoryProperties.Ldap ldap() {
        return ldap(COMPANY.url(), "", "");
    }

    private static DirectoryProperties.Ldap ldap(String url, String trustStore, String trustStorePassword) {
        return ldap(url, false, trustStore, trustStorePassword, NestedGroups.RECURSIVE, 8);
    }

    static DirectoryProperties.Ldap ldap(String url, boolean startTls, String trustStore, String trustStorePassword,
            NestedGroups nesting, int depth) {
        return new DirectoryProperties.Ldap(url, CompanyDirectory.BASE_DN, "OU=People",
                CompanyDirectory.USER_FILTER, CompanyDirectory.SERVICE_DN, CompanyDirectory.SERVICE_PASSWORD, startTls,
                trustStore, trustStorePassword, Duration.ofSeconds(2), nesting, depth,
                new DirectoryProperties.LdapAttributes("objectGUID", "mail", "displayName", "department",
                        "physicalDeliveryOfficeName", "preferredLanguage", "", "memberOf"));
    }
}
