package org.outagedesk.status.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.outagedesk.testsupport.Browser;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin opens the status mirror screen in Chromium, writes every file again with Write now and sees
 * the directory target take all of them; the walk also takes the screen's pictures for docs/screenshots.
 */
class StatusMirrorScreenE2E extends LiveApplicationTest {

    @RegisterExtension final Browser admin = new Browser();

    @Autowired StatusSnapshot snapshot;

    @Test
    void writeNowWritesEveryFileAndTheScreenSaysSo() throws Exception {
        int files = snapshot.content().mirror().size();
        admin.signIn(baseUrl(), "admin@demo.local", "demo");
        admin.within(Duration.ofSeconds(120), driver -> !driver.findElements(By.id("current-user-name")).isEmpty());
        admin.open(baseUrl() + "/admin/status-mirror"); // only once signed in: the sign-in's own redirect comes first
        admin.byId("mirror-directory");
        admin.click("mirror-write-now");
        admin.within(Duration.ofSeconds(20), driver -> admin.textOf(admin.byId("mirror-directory-files"))
                .startsWith(files + " "));
        assertThat(admin.byId("mirror-directory-state").getAttribute("class")).contains("mirror-badge-ok");
        assertThat(admin.textOf(admin.byId("mirror-directory"))).contains("status-mirror");
        admin.screenshotsForDocs("status-mirror");
    }
}
