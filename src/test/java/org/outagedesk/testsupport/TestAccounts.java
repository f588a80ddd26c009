package org.outagedesk.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import org.outagedesk.account.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Verified, enabled test accounts inserted as rows, with exactly the roles a test asks for. */
public final class TestAccounts {

    private TestAccounts() {}

    /** Inserts the account (no password when {@code password} is null) unless the address exists. */
    public static void insert(JdbcTemplate jdbc, PasswordEncoder passwords, String email, String name, String password,
            Role... roles) {
        if (jdbc.queryForObject("select count(*) from user_account where email = ?", Integer.class, email) > 0) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into user_account (email, display_name, password_hash, email_verified, enabled, department, site,
                    notify_by_email, notify_in_portal, all_public_updates, created_at, updated_at, version)
                values (?, ?, ?, true, true, 'QA', 'Madrid', true, true, false, ?, ?, 0)""",
                email, name, password == null ? null : passwords.encode(password), now, now);
        for (Role role : roles) {
            jdbc.update("insert into account_role (account_id, role) select id, ? from user_account where email = ?",
                    role.name(), email);
        }
    }
}
