package org.outagedesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.Role;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.TestAccounts;
import org.outagedesk.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The page Vaadin serves declares the language it will be shown in ({@code <html lang>}), read
 * by screen readers before any script runs: the browser's language for anonymous pages, the
 * profile's once signed in. Vaadin alone writes its first provided language (Spanish) into every page.
 */
class PageLanguageIT extends LiveApplicationTest {

    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\blang=\"([^\"]*)\"");

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder passwords;

    @Test
    void anonymousPagesDeclareTheBrowsersLanguage() {
        for (String path : new String[] {"/login", "/register", "/forgot-password"}) {
            assertThat(declared(new WebSession(baseUrl()), path, "en-US,en;q=0.9")).as(path + " in English").isEqualTo("en");
            assertThat(declared(new WebSession(baseUrl()), path, "es-ES,es;q=0.9")).as(path + " in Spanish").isEqualTo("es");
        }
    }

    @Test
    void signedInPagesDeclareTheProfilesLanguageOverTheBrowsers() {
        String email = newAddress("lang");
        TestAccounts.insert(jdbc, passwords, email, "Lang Tester", "demo-password-1", Role.END_USER);
        jdbc.update("update user_account set language = 'es' where email = ?", email);
        WebSession session = new WebSession(baseUrl()).signIn(email, "demo-password-1");

        assertThat(declared(session, "/", "en-US,en;q=0.9")).isEqualTo("es");
        assertThat(declared(session, "/reports/mine", "en-US,en;q=0.9")).isEqualTo("es");
    }

    private static String declared(WebSession session, String path, String acceptLanguage) {
        String page = session.send(session.request(path).header("Accept-Language", acceptLanguage).GET()).body();
        Matcher lang = HTML_LANG.matcher(page);
        assertThat(lang.find()).as(path + " has an <html lang>: " + page.substring(0, Math.min(300, page.length())))
                .isTrue();
        return lang.group(1);
    }
}
