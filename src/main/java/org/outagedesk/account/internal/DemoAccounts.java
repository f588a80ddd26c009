package org.outagedesk.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.outagedesk.account.AccountProperties;
import org.outagedesk.account.NotificationPreferences;
import org.outagedesk.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo accounts and API tokens of the embedded default; never in production. */
@Component
@ConditionalOnProperty(name = "outagedesk.demo.enabled", havingValue = "true")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    record DemoAccount(String email, String name, String department, String site, Set<Role> roles, String apiToken) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("user@demo.local", "Lucía Romero", "Finanzas", "Madrid", Set.of(Role.END_USER),
                    "demo-user-token"),
            new DemoAccount("user2@demo.local", "Tom Baker", "Sales", "Barcelona", Set.of(Role.END_USER), null),
            new DemoAccount("it@demo.local", "Iván Torres", "IT", "Madrid", Set.of(Role.END_USER, Role.IT_STAFF),
                    "demo-it-token"),
            new DemoAccount("it2@demo.local", "Priya Shah", "IT", "Valencia", Set.of(Role.END_USER, Role.IT_STAFF),
                    null),
            new DemoAccount("manager@demo.local", "Marta Gil", "Dirección", "Madrid",
                    Set.of(Role.END_USER, Role.MANAGER), null),
            new DemoAccount("admin@demo.local", "Alex Admin", "IT", "Madrid", Set.of(Role.END_USER, Role.ADMIN), null));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserAccountRepository accounts;
    private final ApiTokenRepository apiTokens;
    private final PasswordEncoder passwordEncoder;
    private final AccountProperties properties;
    private final Clock clock;
    private final Environment environment;

    DemoAccounts(UserAccountRepository accounts, ApiTokenRepository apiTokens, PasswordEncoder passwordEncoder,
            AccountProperties properties, Clock clock, Environment environment) {
        this.environment = environment;
        this.accounts = accounts;
        this.apiTokens = apiTokens;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        String passwordHash = passwordEncoder.encode(properties.demo().password());
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.findByEmail(demo.email()).isPresent()) {
                continue;
            }
            UserAccount account = new UserAccount(demo.email(), demo.name(), now);
            account.changePassword(passwordHash, now);
            account.markVerified(now);
            account.updateProfile(demo.name(), demo.department(), demo.site(), null, null,
                    NotificationPreferences.defaults(), now);
            demo.roles().forEach(role -> account.grant(role, now));
            accounts.save(account);
            if (demo.apiToken() != null) {
                apiTokens.save(new ApiToken(account.id(), "Demo", demo.apiToken().substring(0, 8),
                        Secrets.hash(demo.apiToken()), now));
            }
        }
        log.info("""

                ==> OutageDesk is ready at http://localhost:{}
                    Demo sign-ins (password '{}'): {}
                    Demo API tokens: it@demo.local -> demo-it-token, user@demo.local -> demo-user-token
                """, environment.getProperty("local.server.port", "8080"), properties.demo().password(),
                String.join(", ", ACCOUNTS.stream().map(DemoAccount::email).toList()));
    }
}
