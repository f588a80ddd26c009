package org.outagedesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.outagedesk.testsupport.Browser;
import org.outagedesk.testsupport.CompanyIdentityProvider;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Sign in with ..." in Chromium: the button on the sign-in page, the round trip through the
 * company's OpenID Connect provider (mock-oauth2-server: answered at once, as while the person
 * has a session at the provider, or through its login page, where the person types who they are
 * and their groups), the portal with the name and roles from the token, and signing out through
 * the provider's end-session endpoint back to the sign-in page.
 */
class OidcSignInE2E extends LiveApplicationTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void signInWithTheCompanyAccountAndOutAgain() throws Exception {
        CompanyIdentityProvider.shared().nextSignIn("subject-rosa-e2e", Map.of("email", "rosa.e2e@corp.example",
                "email_verified", true, "name", "Rosa Redes", "groups", List.of("IT Staff"), "locale", "en"));

        browser.open(baseUrl() + "/login");
        browser.awaitText("login-with-company", "Sign in with Contoso ID");
        for (int width : new int[] {1280, 390}) {
            browser.windowSize(width, 900);
            browser.awaitQuiet();
            assertThat(edges("#login-with-company")).as("the provider's button as wide as the fields, at %d px", width)
                    .isEqualTo(edges("vaadin-text-field[name=username]"))
                    .isEqualTo(edges("vaadin-password-field[name=password]"));
        }
        browser.screenshotsForDocs("login-directory");
        browser.click("login-with-company");

        browser.awaitText("current-user-name", "Rosa Redes");
        browser.open(baseUrl() + "/triage");
        browser.within(Duration.ofSeconds(30), driver -> !driver.findElements(By.id("triage-open-incident")).isEmpty());
        assertThat(browser.deep("#page-not-found")).as("IT staff, from the groups claim, open triage").isEmpty();
        browser.screenshotsForDocs("triage-directory-person");

        browser.click("logout");
        browser.awaitUrlContains("/login");
        assertThat(browser.visible("input[name=username]").isDisplayed()).isTrue();
        browser.open(baseUrl() + "/profile");
        browser.awaitUrlContains("/login");
    }

    /** The left and right edges of the first element matching the selector, in whole pixels. */
    private String edges(String css) {
        return String.valueOf(browser.script("const box = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return Math.round(box.left) + '-' + Math.round(box.right);", css));
    }

    @Test
    void signInThroughTheProvidersLoginPageTypingTheNameAndGroups() {
        CompanyIdentityProvider.shared().nextSignInAtLoginPage();

        browser.open(baseUrl() + "/login");
        browser.click("login-with-company");
        WebElement subject = browser.visible("form input[name=username]");
        assertThat(browser.currentUrl()).as("the provider's own page").startsWith(CompanyIdentityProvider.shared().issuer());
        subject.sendKeys("subject-lena-e2e");
        browser.visible("textarea[name=claims]").sendKeys("""
                {"email": "lena.e2e@corp.example", "email_verified": true, "name": "Lena Login",
                 "groups": ["Portal Admins"], "locale": "es"}""");
        browser.visible("form input[type=submit]").click();

        browser.awaitText("current-user-name", "Lena Login");
        assertThat(browser.documentLanguage()).as("language from the token's locale").isEqualTo("es");
        browser.open(baseUrl() + "/admin/users");
        browser.within(Duration.ofSeconds(30), driver -> !browser.deep("#users-grid").isEmpty());
        assertThat(browser.deep("#page-not-found")).as("an administrator, from the groups typed at the provider")
                .isEmpty();
        browser.open(baseUrl() + "/triage");
        browser.within(Duration.ofSeconds(30), driver -> !browser.deep("#page-not-found").isEmpty());

        browser.open(baseUrl() + "/profile");
        browser.click("logout");
        browser.awaitUrlContains("/login");
        browser.open(baseUrl() + "/admin/users");
        browser.awaitUrlContains("/login");
    }
}
