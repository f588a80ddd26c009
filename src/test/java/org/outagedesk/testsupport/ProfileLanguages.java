package org.outagedesk.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads and sets a person's profile language straight in the database, for tests that need a
 * page in a given language: the profile's language wins over the browser's, and the shared demo
 * accounts keep whatever an earlier test left there.
 */
public record ProfileLanguages(JdbcTemplate jdbc) {

    /** The profile language of {@code email}, or null when none is recorded yet. */
    public String of(String email) {
        return jdbc.queryForObject("select language from user_account where email = ?", String.class, email);
    }

    /** Sets the profile language of {@code email} (null to forget it) and returns the one it had. */
    public String set(String email, String language) {
        String before = of(email);
        jdbc.update("update user_account set language = ? where email = ?", language, email);
        return before;
    }
}
