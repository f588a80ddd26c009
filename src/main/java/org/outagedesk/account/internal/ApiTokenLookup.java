package org.outagedesk.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.outagedesk.account.LoginAccount;
import org.outagedesk.account.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

/**
 * Finds the owner of an API token in one statement, outside any transaction: every API request
 * pays for this look-up, so it skips the entity machinery (docs/benchmarks.md, report storm).
 * Revocation and disabling still take effect on the very next request: nothing is cached.
 */
@Component
class ApiTokenLookup {

    private static final String OWNER = """
            select t.id as token_id, t.last_used_at, a.id, a.email, a.display_name, a.language, a.time_zone, a.enabled,
                   a.disabled_in_directory, a.email_verified, r.role
            from api_token t
            join user_account a on a.id = t.account_id
            left join account_role r on r.account_id = a.id
            where t.token_hash = ? and t.revoked_at is null""";

    /** A token's last use is recorded to the minute, so a busy token writes its row once a minute. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;

    ApiTokenLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The active token with this hash and its owner, whatever the owner's state. */
    Optional<Owner> owner(String tokenHash) {
        return Optional.ofNullable(jdbc.query(OWNER, (ResultSetExtractor<Owner>) this::owner, tokenHash));
    }

    /** Stamps the token's last use, at most once per {@link #LAST_USED_PRECISION}. */
    void markUsed(Owner owner, Instant now) {
        Instant stale = now.minus(LAST_USED_PRECISION);
        if (owner.lastUsedAt() == null || owner.lastUsedAt().isBefore(stale)) {
            jdbc.update("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)",
                    Timestamp.from(now), owner.tokenId(), Timestamp.from(stale));
        }
    }

    private Owner owner(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return null;
        }
        Timestamp lastUsed = rows.getTimestamp("last_used_at");
        long tokenId = rows.getLong("token_id");
        long accountId = rows.getLong("id");
        String email = rows.getString("email");
        String displayName = rows.getString("display_name");
        String language = rows.getString("language");
        String timeZone = rows.getString("time_zone");
        boolean enabled = rows.getBoolean("enabled") && !rows.getBoolean("disabled_in_directory");
        boolean emailVerified = rows.getBoolean("email_verified");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        do {
            String role = rows.getString("role");
            if (role != null) {
                roles.add(Role.valueOf(role));
            }
        } while (rows.next());
        LoginAccount account = new LoginAccount(accountId, email, displayName, null, language, timeZone,
                Set.copyOf(roles), enabled, emailVerified);
        return new Owner(tokenId, lastUsed == null ? null : lastUsed.toInstant(), account);
    }

    record Owner(long tokenId, Instant lastUsedAt, LoginAccount account) {}
}
