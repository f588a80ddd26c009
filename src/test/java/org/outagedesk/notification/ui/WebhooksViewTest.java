package org.outagedesk.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.notification.ChatWebhook;
import org.outagedesk.notification.ChatWebhooks;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/** Admins choose the language a chat webhook's messages are written in. */
@ReportSpringTest
class WebhooksViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired ChatWebhooks webhooks;

    @AfterEach
    void removeTheWebhooksAdded() {
        SignedIn.as(accounts, "admin@demo.local");
        webhooks.list().stream().filter(hook -> hook.name().startsWith("Equipo TI")).forEach(hook ->
                webhooks.remove(hook.id()));
        SignedIn.out();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWebhookIsAddedWithTheLanguageTheAdminChose() {
        SignedIn.as(accounts, "admin@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(WebhooksView.class);
        Select<Locale> language = (Select<Locale>) $(Select.class).id("webhook-language");
        assertThat(language.getValue()).as("the default language first").isEqualTo(BundleI18NProvider.SPANISH);

        test($(TextField.class).id("webhook-name")).setValue("Equipo TI");
        test($(TextField.class).id("webhook-url")).setValue("https://chat.example.org/hooks/ti");
        test(language).selectItem("English");
        test($(Button.class).id("webhook-add")).click();

        ChatWebhook added = webhooks.list().stream().filter(hook -> hook.name().equals("Equipo TI")).findFirst()
                .orElseThrow();
        assertThat(added.language()).isEqualTo(Locale.ENGLISH);
        GridTester<Grid<ChatWebhook>, ChatWebhook> grid = test((Grid<ChatWebhook>) $(Grid.class).id("webhook-grid"));
        int row = webhooks.list().indexOf(added);
        assertThat(grid.getCellText(row, 3)).isEqualTo("English");
        assertThat(grid.getCellText(row, 2)).isEqualTo("IT team");
    }

    @Test
    @SuppressWarnings("unchecked")
    void removingAWebhookAsksFirstAndCancelKeepsIt() {
        SignedIn.as(accounts, "admin@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ChatWebhook hook = webhooks.add("Equipo TI guardia", "https://chat.example.org/hooks/guardia",
                UpdateAudience.INTERNAL, Locale.ENGLISH);
        navigate(WebhooksView.class);

        GridTester<Grid<ChatWebhook>, ChatWebhook> grid = test((Grid<ChatWebhook>) $(Grid.class).id("webhook-grid"));
        int row = webhooks.list().indexOf(hook);
        test((Button) grid.getCellComponent(row, 4)).click();
        ConfirmDialog question = $(ConfirmDialog.class).id("webhook-remove-confirm");
        assertThat(test(question).getHeader()).contains("Equipo TI guardia");
        test(question).cancel();
        assertThat(webhooks.list()).as("cancel keeps it").extracting(ChatWebhook::id).contains(hook.id());

        test((Button) grid.getCellComponent(row, 4)).click();
        test($(ConfirmDialog.class).id("webhook-remove-confirm")).confirm();
        assertThat(webhooks.list()).as("confirm removes it").extracting(ChatWebhook::id).doesNotContain(hook.id());
    }
}
