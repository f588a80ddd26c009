package org.outagedesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.MariaDbTestDatabase;
import org.outagedesk.testsupport.Refusals;
import org.outagedesk.testsupport.RequiredServices;
import org.outagedesk.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts and API tokens against a real MariaDB, in a database created empty for this run. */
class AccountServiceIT extends LiveApplicationTest {

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApiTokenService apiTokens;

    @BeforeEach
    void needsMariaDb() {
        RequiredServices.mariaDb();
    }

    @Test
    void flywayMigratedTheEmptyDatabaseAndHibernateValidatedIt() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select database()", String.class)).isEqualTo(MariaDbTestDatabase.name());
        assertThat(jdbc.queryForObject("select version()", String.class)).containsIgnoringCase("mariadb");
        assertThat(flyway.info().applied()).extracting(info -> info.getVersion().getVersion(), MigrationInfo::getState)
                .contains(org.assertj.core.groups.Tuple.tuple("1", MigrationState.SUCCESS),
                        org.assertj.core.groups.Tuple.tuple("14", MigrationState.SUCCESS));
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(jdbc.queryForList("show tables", String.class))
                .contains("user_account", "account_role", "account_token", "api_token", "flyway_schema_history");
    }

    @Test
    void demoAccountsRoundTrip() {
        assertDemo("user@demo.local", "Lucía Romero", Set.of(Role.END_USER));
        assertDemo("user2@demo.local", "Tom Baker", Set.of(Role.END_USER));
        assertDemo("it@demo.local", "Iván Torres", Set.of(Role.END_USER, Role.IT_STAFF));
        assertDemo("it2@demo.local", "Priya Shah", Set.of(Role.END_USER, Role.IT_STAFF));
        assertDemo("manager@demo.local", "Marta Gil", Set.of(Role.END_USER, Role.MANAGER));
        assertDemo("admin@demo.local", "Alex Admin", Set.of(Role.END_USER, Role.ADMIN));

        AccountSummary it = SignedIn.as(accounts, "it@demo.local", accounts::currentAccount);
        assertThat(it.department()).isEqualTo("IT");
        assertThat(it.site()).isEqualTo("Madrid");
        assertThat(it.notifications()).isEqualTo(NotificationPreferences.defaults());
        assertThat(it.createdAt()).isNotNull();
    }

    @Test
    void registrationVerificationAndSignInData() {
        String email = newAddress("Reg");
        accounts.register(new Registration(email, "  Rosa Registro ", "a long password", "Compras", "Sevilla", "es"));

        LoginAccount registered = accounts.findLoginAccount(email).orElseThrow();
        assertThat(registered.email()).isEqualTo(email.toLowerCase());
        assertThat(registered.displayName()).isEqualTo("Rosa Registro");
        assertThat(registered.emailVerified()).isFalse();
        assertThat(registered.enabled()).isTrue();
        assertThat(registered.roles()).containsExactly(Role.END_USER);
        assertThat(registered.language()).isEqualTo("es");
        assertThat(passwordEncoder.matches("a long password", registered.passwordHash())).isTrue();

        accounts.verifyEmail(mailbox(email.toLowerCase()).awaitMail(1).token());
        assertThat(accounts.findLoginAccount(email).orElseThrow().emailVerified()).isTrue();

        AccountSummary changed = SignedIn.as(accounts, email, () -> accounts.updateProfile(new ProfileChange(
                "Rosa R.", "IT", "Madrid", "en", "America/New_York", new NotificationPreferences(false, true, true))));
        assertThat(changed).extracting(AccountSummary::displayName, AccountSummary::language, AccountSummary::site,
                AccountSummary::timeZone).containsExactly("Rosa R.", "en", "Madrid", "America/New_York");
        assertThat(SignedIn.as(accounts, email, accounts::currentAccount).notifications())
                .isEqualTo(new NotificationPreferences(false, true, true));
    }

    @Test
    void registrationRefusesWhatItMust() {
        assertRefused(new Registration("someone@elsewhere.example", "X", "a long password", null, null, "en"),
                "account.register.domain-not-allowed");
        assertRefused(new Registration("not-an-address", "X", "a long password", null, null, "en"),
                "account.error.email-invalid");
        assertRefused(new Registration(newAddress("short"), "X", "short", null, null, "en"),
                "account.password.too-short");
        assertRefused(new Registration(newAddress("noname"), " ", "a long password", null, null, "en"),
                "account.error.name-required");
    }

    @Test
    void apiTokensCreateAuthenticateAndRevoke() {
        NewApiToken created = SignedIn.as(accounts, "it2@demo.local", () -> apiTokens.create("Monitoring"));
        assertThat(created.secret()).startsWith("od_");
        assertThat(created.token().prefix()).isEqualTo(created.secret().substring(0, 10));
        assertThat(apiTokens.authenticate(created.secret())).map(LoginAccount::email).contains("it2@demo.local");
        assertThat(SignedIn.as(accounts, "it2@demo.local", apiTokens::myTokens))
                .anySatisfy(token -> {
                    assertThat(token.id()).isEqualTo(created.token().id());
                    assertThat(token.lastUsedAt()).isNotNull();
                    assertThat(token.active()).isTrue();
                });

        Refusals.assertRefused(() -> SignedIn.as(accounts, "user2@demo.local",
                () -> apiTokens.revoke(created.token().id())), "account.error.not-found");
        assertThat(apiTokens.authenticate(created.secret())).isPresent();

        SignedIn.as(accounts, "it2@demo.local", () -> apiTokens.revoke(created.token().id()));
        assertThat(apiTokens.authenticate(created.secret())).isEmpty();
        assertThat(apiTokens.authenticate("demo-it-token")).map(LoginAccount::email).contains("it@demo.local");
        assertThat(apiTokens.authenticate("no-such-token")).isEmpty();
    }

    private void assertDemo(String email, String name, Set<Role> roles) {
        LoginAccount account = accounts.findLoginAccount(email).orElseThrow();
        assertThat(account.displayName()).isEqualTo(name);
        assertThat(account.roles()).isEqualTo(roles);
        assertThat(account.enabled()).isTrue();
        assertThat(account.emailVerified()).isTrue();
        assertThat(passwordEncoder.matches("demo", account.passwordHash())).isTrue();
    }

    private void assertRefused(Registration registration, String messageKey) {
        Refusals.assertRefused(() -> accounts.register(registration), messageKey);
    }
}
