package org.outagedesk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.outagedesk.testsupport.Browser;
import org.outagedesk.testsupport.CompanyDirectory;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium, with the page open under server push: someone taken out of the IT group in the
 * company directory has the open triage page end at the re-check; the page lands on the sign-in
 * page by itself, without a click, and signing in there again works and brings them back to the
 * page, which no longer opens for them.
 */
class SessionRoleCheckE2E extends LiveApplicationTest {

    private static final String TOMAS = "CN=Tomas Pantalla,OU=People," + CompanyDirectory.BASE_DN;

    @RegisterExtension
    final Browser browser = new Browser();

    @Autowired
    SessionRoleCheck recheck;

    @Test
    void theOpenPageOfSomeoneTakenOutOfTheItGroupGoesToTheSignInPage() {
        browser.signIn(baseUrl(), "tomas.pantalla", "Tomas-directory-1");
        browser.awaitText("current-user-name", "Tomas Pantalla");
        browser.open(baseUrl() + "/triage");
        browser.within(Duration.ofSeconds(30), driver -> !driver.findElements(By.id("triage-open-incident")).isEmpty());

        CompanyDirectory.shared().replace(TOMAS, "memberOf", "CN=All Staff,OU=Groups," + CompanyDirectory.BASE_DN);
        try {
            recheck.run();

            browser.within(Duration.ofSeconds(20), driver -> driver.getCurrentUrl().contains("/login"));
            WebElement name = browser.visible("input[name=username]");
            name.sendKeys("tomas.pantalla");
            WebElement password = browser.visible("input[name=password]");
            password.sendKeys("Tomas-directory-1");
            password.sendKeys(Keys.ENTER);
            browser.within(Duration.ofSeconds(30), driver -> !browser.deep("#page-not-found").isEmpty());
            assertThat(browser.currentUrl()).as("back to the page, which no longer opens for him").contains("/triage");
            browser.open(baseUrl() + "/profile");
            browser.awaitText("current-user-name", "Tomas Pantalla");
        } finally {
            CompanyDirectory.shared().replace(TOMAS, "memberOf", "CN=IT Staff,OU=Groups," + CompanyDirectory.BASE_DN,
                    "CN=All Staff,OU=Groups," + CompanyDirectory.BASE_DN);
        }
    }
}
