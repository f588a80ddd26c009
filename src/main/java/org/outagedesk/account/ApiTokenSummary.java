package org.outagedesk.account;

import java.time.Instant;

/** A personal API token as its owner sees it: never the secret itself. */
public record ApiTokenSummary(
        long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
