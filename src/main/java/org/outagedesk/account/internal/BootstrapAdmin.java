package org.outagedesk.account.internal;

import java.time.Clock;
import java.time.Instant;
import org.outagedesk.account.AccountProperties;
import org.outagedesk.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new installation's first administrator: when no admin exists and
 * {@code outagedesk.bootstrap.admin-email} is set, the account is created (verified, no
 * password) and a set-password link is e-mailed to it.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final UserAccountRepository accounts;
    private final AccountLinks links;
    private final AccountProperties properties;
    private final Clock clock;

    BootstrapAdmin(UserAccountRepository accounts, AccountLinks links, AccountProperties properties, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String email = properties.bootstrap().adminEmail();
        if (email == null || email.isBlank() || accounts.existsByRolesContaining(Role.ADMIN)) {
            return;
        }
        if (!email.contains("@")) {
            log.error("outagedesk.bootstrap.admin-email '{}' is not an e-mail address: no administrator invited", email);
            return;
        }
        Instant now = clock.instant();
        UserAccount admin = accounts.findByEmail(UserAccount.normalise(email))
                .orElseGet(() -> accounts.save(new UserAccount(email, email.substring(0, email.indexOf('@')), now)));
        admin.grant(Role.ADMIN, now);
        admin.markVerified(now);
        links.sendSetPassword(admin);
        log.info("Bootstrap administrator {} invited: a set-password link was e-mailed", admin.email());
    }
}
