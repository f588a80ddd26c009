package org.outagedesk.alert.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An admin-generated alert token. Only its hash and a short prefix (to tell tokens apart) are kept. */
@Entity
@Table(name = "alert_token")
class AlertToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;
    private String tokenPrefix;
    private Instant createdAt;
    private String createdByName;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected AlertToken() {}

    AlertToken(String tokenHash, String tokenPrefix, String createdByName, Instant now) {
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdByName = createdByName;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    boolean active() {
        return revokedAt == null;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void used(Instant now) {
        lastUsedAt = now;
    }

    String prefix() {
        return tokenPrefix;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdByName() {
        return createdByName;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }
}
