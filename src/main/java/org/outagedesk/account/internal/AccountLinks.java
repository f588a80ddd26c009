package org.outagedesk.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.outagedesk.account.AccountMailRequested;
import org.outagedesk.account.AccountMailRequested.Kind;
import org.outagedesk.account.AccountProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Creates single-use links and asks for the e-mail that carries them. */
@Component
class AccountLinks {

    private final AccountTokenRepository tokens;
    private final ApplicationEventPublisher events;
    private final AccountProperties properties;
    private final Clock clock;

    AccountLinks(AccountTokenRepository tokens, ApplicationEventPublisher events, AccountProperties properties,
            Clock clock) {
        this.tokens = tokens;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    void sendVerification(UserAccount account) {
        Duration validFor = properties.tokens().verification();
        send(Kind.VERIFY_EMAIL, account, "/verify-email", AccountToken.Purpose.VERIFY_EMAIL, validFor);
    }

    void sendPasswordReset(UserAccount account) {
        Duration validFor = properties.tokens().passwordReset();
        send(Kind.RESET_PASSWORD, account, "/reset-password", AccountToken.Purpose.RESET_PASSWORD, validFor);
    }

    /** The first password of an account created for someone (the bootstrap admin). */
    void sendSetPassword(UserAccount account) {
        Duration validFor = properties.tokens().setPassword();
        send(Kind.SET_PASSWORD, account, "/reset-password", AccountToken.Purpose.RESET_PASSWORD, validFor);
    }

    void sendAlreadyRegistered(UserAccount account) {
        publish(Kind.ALREADY_REGISTERED, account, baseUrl() + "/forgot-password", Duration.ZERO);
    }

    private void send(Kind kind, UserAccount account, String path, AccountToken.Purpose purpose, Duration validFor) {
        String secret = Secrets.newSecret();
        Instant now = clock.instant();
        tokens.save(new AccountToken(account.id(), purpose, Secrets.hash(secret), now, now.plus(validFor)));
        publish(kind, account, baseUrl() + path + "?token=" + secret, validFor);
    }

    private void publish(Kind kind, UserAccount account, String link, Duration validFor) {
        events.publishEvent(new AccountMailRequested(kind, account.email(), account.displayName(), account.language(),
                link, validFor));
    }

    private String baseUrl() {
        return properties.baseUrl().replaceAll("/+$", "");
    }
}
