package org.outagedesk.runbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.outagedesk.runbook.RunbookProperties;
import org.outagedesk.runbook.RunbookService;
import org.outagedesk.runbook.TemplateSummary;
import org.springframework.beans.factory.annotation.Autowired;

/** The admins' template editor: a new template, then an edit that becomes version 2. */
@ReportSpringTest
class AdminRunbooksViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accountService;
    @Autowired RunbookService runbooks;

    @BeforeEach
    void signInAsAdmin() {
        SignedIn.as(accountService, "admin@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private void type(String id, String value) {
        test($(TextField.class).id(id)).setValue(value);
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    @Test
    void theMailOutageSopIsShownAndANewTemplateGetsVersionsOnEverySave() {
        navigate(AdminRunbooksView.class);
        assertThat($(TextField.class).id("runbook-admin-key").getValue()).isEqualTo(RunbookProperties.MAIL_OUTAGE);
        assertThat(test($(Grid.class).id("runbook-admin-items")).size()).isEqualTo(23);

        click("runbook-admin-new");
        type("runbook-admin-key", "printer-mail");
        type("runbook-admin-name-es", "Correo de la impresora");
        type("runbook-admin-name-en", "Printer mail");
        click("runbook-admin-add");
        type("runbook-item-title-es", "Comprobar la cola de la impresora");
        type("runbook-item-title-en", "Check the printer queue");
        click("runbook-item-apply");
        click("runbook-admin-save");
        assertThat(runbooks.versions("printer-mail")).extracting(TemplateSummary::versionNo).containsExactly(1);

        type("runbook-admin-name-en", "Printer scan-to-mail");
        click("runbook-admin-save");
        assertThat(runbooks.versions("printer-mail")).extracting(TemplateSummary::versionNo).containsExactly(2, 1);
        assertThat(runbooks.versions("printer-mail").getFirst().nameEn()).isEqualTo("Printer scan-to-mail");
        assertThat(runbooks.draft(runbooks.versions("printer-mail").getFirst().id()).items()).hasSize(1);
    }
}
