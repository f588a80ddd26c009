package org.outagedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountOrigin;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.account.ApiTokenService;
import org.outagedesk.account.NewApiToken;
import org.outagedesk.account.ProfileField;
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
 * The sign-in form against the company's LDAP directory (a real LDAP server, see
 * {@link CompanyDirectory}): just-in-time accounts with roles and profile from the entry, linking
 * of an existing local account, refusals, and the local break-glass admin while the directory is down.
 */
class DirectorySignInIT extends LiveApplicationTest {

    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger();
    private static final String ANA_DN = "CN=Ana Ibarra,OU=People," + CompanyDirectory.BASE_DN;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApiTokenService apiTokens;

    @Test
    void theFirstSignInCreatesTheAccountWithRolesAndProfileFromTheDirectory() {
        WebSession ana = new WebSession(baseUrl()).signIn("ana.ibarra", "Ana-directory-1");

        AccountSummary account = SignedIn.as(accounts, "ana.ibarra@corp.example", accounts::currentAccount);
        assertThat(account.origin()).isEqualTo(AccountOrigin.LDAP);
        assertThat(account.originProvider()).isEqualTo("ldap");
        assertThat(account.emailVerified()).isTrue();
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.END_USER, Role.IT_STAFF);
        assertThat(account).extracting(AccountSummary::displayName, AccountSummary::department, AccountSummary::site,
                AccountSummary::language).containsExactly("Ana Ibarra", "Sistemas", "Sevilla", "es");
        assertThat(account.directoryFields()).containsExactlyInAnyOrder(ProfileField.NAME, ProfileField.DEPARTMENT,
                ProfileField.SITE, ProfileField.LANGUAGE);
        assertThat(ana.navigate("triage")).as("IT staff open triage").contains("TriageView");
        assertThat(ana.navigate("profile")).contains("profile-from-directory").doesNotContain("password-current");

        new WebSession(baseUrl()).signIn("ana.ibarra@corp.example", "Ana-directory-1");
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Integer.class,
                "ana.ibarra@corp.example")).as("the second sign-in, by principal name, finds the same account").isOne();
    }

    @Test
    void someoneRemovedFromTheItGroupLosesItAccessAtTheNextSignIn() {
        new WebSession(baseUrl()).signIn("ana.ibarra", "Ana-directory-1");
        CompanyDirectory.shared().replace(ANA_DN, "memberOf", "CN=All Staff,OU=Groups," + CompanyDirectory.BASE_DN);
        try {
            WebSession again = new WebSession(baseUrl()).signIn("ana.ibarra", "Ana-directory-1");

            assertThat(SignedIn.as(accounts, "ana.ibarra@corp.example", accounts::currentAccount).roles())
                    .containsExactly(Role.END_USER);
            assertThat(again.navigate("triage")).doesNotContain("TriageView");
        } finally {
            CompanyDirectory.shared().replace(ANA_DN, "memberOf", "CN=IT Staff,OU=Groups," + CompanyDirectory.BASE_DN,
                    "CN=All Staff,OU=Groups," + CompanyDirectory.BASE_DN);
        }
    }

    @Test
    void anExistingLocalAccountWithTheSameAddressIsLinkedNotDuplicatedAndItsOwnPasswordStops() {
        TestAccounts.insert(jdbc, passwordEncoder, "lina.local@corp.example", "Lina Local", "local password 1",
                Role.END_USER);
        Long before = jdbc.queryForObject("select id from user_account where email = ?", Long.class,
                "lina.local@corp.example");

        new WebSession(baseUrl()).signIn("lina.local", "Lina-directory-1");

        Map<String, Object> row = jdbc.queryForMap("select id, origin, display_name, department from user_account"
                + " where email = ?", "lina.local@corp.example");
        assertThat(row).containsEntry("id", before).containsEntry("origin", "LDAP")
                .containsEntry("display_name", "Lina Local (directory)").containsEntry("department", "Compras");
        assertThat(refusal(client(), "lina.local@corp.example", "local password 1"))
                .as("the local password no longer signs in").isNotNull();
    }

    @Test
    void aWrongPasswordADisabledEntryAndAnEntryWithoutAddressAreRefusedWithTheirReason() {
        assertThat(refusal(client(), "bruno.costa", "not his password")).contains("Wrong e-mail or password");
        assertThat(refusal(client(), "dario.vega", "Dario-directory-1")).contains("Account disabled");
        assertThat(refusal(client(), "eva.sinmail", "Eva-directory-1"))
                .contains("holds no e-mail address for you");
        assertThat(jdbc.queryForObject("select count(*) from user_account where email like 'dario.vega%'"
                + " or display_name like 'Eva Sinmail%'", Integer.class)).as("nothing created").isZero();
    }

    @Test
    void injectionInTheNameSignsNobodyIn() {
        for (String payload : List.of("*", "ana*", "*)(objectClass=*", "ana.ibarra)(|(sAMAccountName=*")) {
            assertThat(refusal(client(), payload, "Ana-directory-1")).as(payload)
                    .contains("Wrong e-mail or password");
        }
    }

    @Test
    void whileTheDirectoryIsDownTheLocalAdminSignsInAndOthersAreToldInTheirLanguage() {
        CompanyDirectory.shared().cut();
        try {
            new WebSession(baseUrl()).signIn("admin@demo.local", "demo");

            assertThat(refusal(client(), "bruno.costa", "Bruno-directory-1"))
                    .contains("The company sign-in is not answering");
            assertThat(refusal(client().language("es"), "bruno.costa", "Bruno-directory-1"))
                    .contains("El inicio de sesión de la empresa no responde");
        } finally {
            CompanyDirectory.shared().restore();
        }
        new WebSession(baseUrl()).signIn("bruno.costa", "Bruno-directory-1");
    }

    @Test
    void aDirectoryAccountUsesPersonalApiTokens() {
        new WebSession(baseUrl()).signIn("carla.mendez", "Carla-directory-1");
        NewApiToken token = SignedIn.as(accounts, "carla.mendez@corp.example", () -> apiTokens.create("directory"));

        HttpResponse<String> me = new WebSession(baseUrl()).send(new WebSession(baseUrl()).request("/api/v1/me")
                .header("Authorization", "Bearer " + token.secret()).GET());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("carla.mendez@corp.example");
    }

    /**
     * A browser on a loopback address of its own: refusals count against the client address
     * (sign-in throttling), and would otherwise slow down the other tests' sign-ins.
     */
    private WebSession client() {
        try {
            return new WebSession(onLoopback(), InetAddress.getByName("127.0.19." + NEXT_CLIENT.incrementAndGet()));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs in expecting a refusal; answers the sign-in page's error as it is rendered, in the session's language. */
    private static String refusal(WebSession session, String name, String password) {
        HttpResponse<String> answer = session.postSignIn(name, password);
        assertThat(answer.headers().firstValue("Location").orElse("")).as("refused: back to the sign-in page")
                .contains("login?error");
        return session.navigate("login", "error");
    }
}
