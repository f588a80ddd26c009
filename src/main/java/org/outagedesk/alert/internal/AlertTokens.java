package org.outagedesk.alert.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Checks a presented alert token against the configured one and the admin-generated one (by hash). */
@Component
class AlertTokens {

    static final String CONFIGURED = "configured";
    private static final int MAX_LENGTH = 200;

    private final AlertTokenRepository tokens;
    private final AlertProperties properties;
    private final Clock clock;

    AlertTokens(AlertTokenRepository tokens, AlertProperties properties, Clock clock) {
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    /** Which token matched ({@code configured} or the stored token's id), if any. */
    @Transactional
    Optional<String> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (properties.token() != null && MessageDigest.isEqual(properties.token().getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(CONFIGURED);
        }
        return tokens.findByTokenHashAndRevokedAtIsNull(AlertText.hash(secret)).map(token -> {
            token.used(clock.instant());
            return "token-" + token.id();
        });
    }
}
