package org.outagedesk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Entry;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.ApiTokenService;
import org.outagedesk.account.Role;
import org.outagedesk.testsupport.CompanyDirectory;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.SignedIn;
import org.outagedesk.testsupport.TestAccounts;
import org.outagedesk.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Open sessions end when a person loses a role: the re-check reads the groups of the people
 * signed in with the company directory (a real LDAP server, {@link CompanyDirectory}) and ends the
 * sessions of whoever was taken out of the IT group, disabled or removed; everyone else keeps
 * theirs. API tokens follow the stored roles at the very next request.
 */
class SessionRoleCheckIT extends LiveApplicationTest {

    private static final CompanyDirectory COMPANY = CompanyDirectory.shared();
    private static final String PEOPLE = ",OU=People," + CompanyDirectory.BASE_DN;
    private static final String IT_STAFF = "CN=IT Staff,OU=Groups," + CompanyDirectory.BASE_DN;
    private static final String ALL_STAFF = "CN=All Staff,OU=Groups," + CompanyDirectory.BASE_DN;
    private static final String TO_LOGIN = "[\"/login\",";

    @Autowired
    SessionRoleCheck recheck;

    @Autowired
    ApiTokenService apiTokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void someoneTakenOutOfTheItGroupLosesTheOpenSessionWhileTheOthersKeepTheirs() {
        WebSession irene = new WebSession(baseUrl()).signIn("irene.revisada", "Irene-directory-1");
        WebSession pedro = new WebSession(baseUrl()).signIn("pedro.estable", "Pedro-directory-1");
        WebSession nico = new WebSession(baseUrl()).signIn("nico.anidado", "Nico-directory-1");
        String ireneToken = SignedIn.as(accounts, "irene.revisada@corp.example", () -> apiTokens.create("scripts")).secret();
        assertThat(irene.navigate("triage")).contains("TriageView");
        assertThat(api(ireneToken, "/api/v1/triage/groups").statusCode()).isEqualTo(200);

        COMPANY.replace("CN=Irene Revisada" + PEOPLE, "memberOf", ALL_STAFF);
        try {
            assertThat(recheck.run()).as("sessions ended").isGreaterThanOrEqualTo(1);

            assertThat(irene.navigate("triage")).as("signed out: to the sign-in page").contains(TO_LOGIN)
                    .doesNotContain("TriageView");
            assertThat(irene.navigate("profile")).contains(TO_LOGIN);
            assertThat(SignedIn.as(accounts, "irene.revisada@corp.example", accounts::currentAccount).roles())
                    .as("stored roles follow the directory").containsExactly(Role.END_USER);
            assertThat(api(ireneToken, "/api/v1/triage/groups").statusCode()).as("her token lost IT access").isEqualTo(403);
            assertThat(api(ireneToken, "/api/v1/me").statusCode()).isEqualTo(200);

            assertThat(pedro.navigate("triage")).as("roles unchanged: session kept").contains("TriageView");
            assertThat(nico.navigate("triage")).as("IT through a nested group, unchanged").contains("TriageView");
        } finally {
            COMPANY.replace("CN=Irene Revisada" + PEOPLE, "memberOf", IT_STAFF, ALL_STAFF);
        }
        new WebSession(baseUrl()).signIn("irene.revisada", "Irene-directory-1");
        assertThat(api(ireneToken, "/api/v1/triage/groups").statusCode()).as("back in the group, signed in again")
                .isEqualTo(200);
    }

    @Test
    void aDisabledEntryLosesItsSessionsAndItsApiTokensUntilTheDirectorySignsItInAgain() {
        WebSession hugo = new WebSession(baseUrl()).signIn("hugo.baja", "Hugo-directory-1");
        String token = SignedIn.as(accounts, "hugo.baja@corp.example", () -> apiTokens.create("scripts")).secret();

        COMPANY.replace("CN=Hugo Baja" + PEOPLE, "userAccountControl", "514");
        try {
            recheck.run();

            assertThat(hugo.navigate("profile")).contains(TO_LOGIN);
            assertThat(api(token, "/api/v1/me").statusCode()).isEqualTo(401);
            assertThat(jdbc.queryForObject("select disabled_in_directory from user_account where email = ?",
                    Boolean.class, "hugo.baja@corp.example")).isTrue();
        } finally {
            COMPANY.replace("CN=Hugo Baja" + PEOPLE, "userAccountControl", "512");
        }
        new WebSession(baseUrl()).signIn("hugo.baja", "Hugo-directory-1");
        assertThat(api(token, "/api/v1/me").statusCode()).as("enabled again in the directory, signed in again")
                .isEqualTo(200);
    }

    @Test
    void anEntryTheDirectoryNoLongerHasLosesItsSessions() {
        WebSession gema = new WebSession(baseUrl()).signIn("gema.ida", "Gema-directory-1");
        Entry removed = COMPANY.delete("CN=Gema Ida" + PEOPLE);
        try {
            recheck.run();

            assertThat(gema.navigate("profile")).contains(TO_LOGIN);
        } finally {
            COMPANY.add(removed);
        }
    }

    @Test
    void whileTheDirectoryIsDownOpenSessionsKeepTheirRoles() {
        WebSession pedro = new WebSession(baseUrl()).signIn("pedro.estable", "Pedro-directory-1");
        COMPANY.cut();
        try {
            recheck.run();
        } finally {
            COMPANY.restore();
        }
        assertThat(pedro.navigate("triage")).contains("TriageView");
    }

    @Test
    void aRoleAnAdministratorRevokesEndsTheOpenSessionOfALocalAccountToo() {
        String email = "rita.local@demo.local";
        TestAccounts.insert(jdbc, passwordEncoder, email, "Rita Local", "Rita local password 1", Role.END_USER,
                Role.IT_STAFF);
        long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
        WebSession rita = new WebSession(baseUrl()).signIn(email, "Rita local password 1");
        assertThat(rita.navigate("triage")).contains("TriageView");

        SignedIn.as(accounts, "admin@demo.local", () -> accounts.revoke(id, Role.IT_STAFF));
        recheck.run();

        assertThat(rita.navigate("triage")).contains(TO_LOGIN);
    }

    private HttpResponse<String> api(String token, String path) {
        WebSession client = new WebSession(baseUrl());
        return client.send(client.request(path).header("Authorization", "Bearer " + token).GET());
    }
}
