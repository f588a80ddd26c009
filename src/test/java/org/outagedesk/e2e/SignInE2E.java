package org.outagedesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.outagedesk.testsupport.Browser;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.openqa.selenium.WebElement;

/** Signing in and out in Chromium, and switching the language on the way. */
class SignInE2E extends LiveApplicationTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void wrongPasswordSaysSo() {
        browser.signIn(baseUrl(), "user2@demo.local", "not the password");

        browser.awaitUrlContains("/login?error");
        WebElement error = browser.awaitDeep("[part~='error-message']", "Wrong e-mail or password");
        assertThat(browser.textOf(error)).contains("Check both and try again");
        assertThat(browser.deep("#current-user-name")).isEmpty();
    }

    @Test
    void signInSwitchToSpanishAndSignOut() {
        browser.signIn(baseUrl(), "it@demo.local", "demo");

        browser.awaitText("current-user-name", "Iván Torres");
        browser.awaitText("logout", "Sign out");

        assertThat(browser.documentLanguage()).isEqualTo("en");
        browser.awaitText("language-switch", "Español");
        assertThat(browser.byId("language-switch").getDomAttribute("lang")).isEqualTo("es");
        browser.byId("language-switch").click();
        browser.awaitText("logout", "Cerrar sesión");
        browser.awaitText("current-user-name", "Iván Torres");
        assertThat(browser.documentLanguage()).isEqualTo("es");
        assertThat(browser.byId("language-switch").getDomAttribute("lang")).isEqualTo("en");

        // Back to English, which this account's later tests expect (the choice is kept in the profile).
        browser.byId("language-switch").click();
        browser.awaitText("logout", "Sign out");
        assertThat(browser.documentLanguage()).isEqualTo("en");

        browser.byId("logout").click();
        browser.awaitUrlContains("/login");
        assertThat(browser.visible("input[name=username]").isDisplayed()).isTrue();
    }
}
