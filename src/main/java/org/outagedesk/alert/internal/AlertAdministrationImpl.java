package org.outagedesk.alert.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.alert.AlertAdministration;
import org.outagedesk.alert.AlertMapping;
import org.outagedesk.alert.AlertTokenStatus;
import org.outagedesk.alert.ReceivedAlert;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
class AlertAdministrationImpl implements AlertAdministration {

    static final String SECRET_PREFIX = "oda_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_RECENT = 200;

    private final AlertTokenRepository tokens;
    private final AlertLogRepository log;
    private final AlertProperties properties;
    private final Clock clock;

    AlertAdministrationImpl(AlertTokenRepository tokens, AlertLogRepository log, AlertProperties properties,
            Clock clock) {
        this.tokens = tokens;
        this.log = log;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public AlertTokenStatus tokenStatus() {
        return tokens.findByRevokedAtIsNull().stream().max(Comparator.comparing(AlertToken::createdAt))
                .map(token -> new AlertTokenStatus(true, token.prefix(), token.createdAt(), token.createdByName(),
                        token.lastUsedAt(), properties.token() != null))
                .orElseGet(() -> new AlertTokenStatus(false, null, null, null, null, properties.token() != null));
    }

    @Override
    public String rotateToken() {
        tokens.findByRevokedAtIsNull().forEach(token -> token.revoke(clock.instant()));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String by = SignedInUser.current().map(SignedInUser::displayName).orElse("?");
        tokens.save(new AlertToken(AlertText.hash(secret), secret.substring(0, 10), by, clock.instant()));
        return secret;
    }

    @Override
    @Transactional(readOnly = true)
    public AlertMapping mapping() {
        return new AlertMapping(properties.serviceLabel(), properties.services(), properties.defaultServices(),
                properties.severityLabel(), properties.severities(), properties.defaultSeverity(),
                properties.rateLimitPerMinute(), properties.resolvedMarksMitigated());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReceivedAlert> recent(int limit) {
        return log.findByOrderByIdDesc(PageRequest.of(0, Math.clamp(limit, 1, MAX_RECENT))).stream()
                .map(AlertLogEntry::toReceived).toList();
    }
}
