package org.outagedesk.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.outagedesk.account.ApiTokenSummary;

/** A personal token for the REST API. Only its hash and a short prefix (to tell tokens apart) are kept. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long accountId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String tokenPrefix;

    @Column(nullable = false, unique = true)
    private String tokenHash;

    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(Long accountId, String name, String tokenPrefix, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.name = name.strip();
        this.tokenPrefix = tokenPrefix;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    boolean active() {
        return revokedAt == null;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    Long accountId() {
        return accountId;
    }

    ApiTokenSummary summary() {
        return new ApiTokenSummary(id, name, tokenPrefix, createdAt, lastUsedAt, revokedAt);
    }
}
