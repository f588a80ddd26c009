package org.outagedesk.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.outagedesk.account.Roles;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.base.ui.DangerConfirmation;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.notification.ChatWebhook;
import org.outagedesk.notification.ChatWebhooks;

/**
 * Admins add and remove the Teams, Slack and Mattermost incoming webhooks that receive updates, each
 * with the language its messages are written in (a channel has no single reader).
 */
@Route("admin/webhooks")
@RolesAllowed(Roles.ADMIN)
public class WebhooksView extends Div implements LocalizedTitle {

    private final ChatWebhooks webhooks;
    private final Grid<ChatWebhook> grid = new Grid<>();

    public WebhooksView(ChatWebhooks webhooks) {
        this.webhooks = webhooks;
        addClassName("view-content");
        TextField name = new TextField(getTranslation("notification.webhooks.name"));
        name.setId("webhook-name");
        TextField url = new TextField(getTranslation("notification.webhooks.url"));
        url.setId("webhook-url");
        url.setWidth("28em");
        Select<UpdateAudience> audience = new Select<>();
        audience.setId("webhook-audience");
        audience.setLabel(getTranslation("notification.webhooks.audience"));
        audience.setItems(UpdateAudience.values());
        audience.setItemLabelGenerator(value -> getTranslation("notification.audience." + value.name()
                .toLowerCase(Locale.ROOT)));
        audience.setValue(UpdateAudience.INTERNAL);
        Select<Locale> language = new Select<>();
        language.setId("webhook-language");
        language.setLabel(getTranslation("notification.webhooks.language"));
        language.setHelperText(getTranslation("notification.webhooks.language-hint"));
        language.setItems(BundleI18NProvider.LANGUAGES);
        language.setItemLabelGenerator(this::languageName);
        language.setValue(webhooks.defaultLanguage());
        Button add = new Button(getTranslation("notification.webhooks.add"), click -> {
            if (NotificationUi.attempt(() -> webhooks.add(name.getValue(), url.getValue(), audience.getValue(),
                    language.getValue()))) {
                name.clear();
                url.clear();
                refresh();
            }
        });
        add.setId("webhook-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(name, url, audience, language, add);
        form.addClassName("webhook-form");
        grid.setId("webhook-grid");
        grid.addColumn(ChatWebhook::name).setHeader(getTranslation("notification.webhooks.name")).setAutoWidth(true);
        grid.addColumn(ChatWebhook::url).setHeader(getTranslation("notification.webhooks.url")).setFlexGrow(1);
        grid.addColumn(hook -> getTranslation("notification.audience." + hook.audience().name()
                .toLowerCase(Locale.ROOT))).setHeader(getTranslation("notification.webhooks.audience"));
        grid.addColumn(hook -> languageName(hook.language()))
                .setHeader(getTranslation("notification.webhooks.language"));
        grid.addComponentColumn(hook -> {
            Button remove = new Button(getTranslation("notification.webhooks.remove"), click -> DangerConfirmation.open(
                    "webhook-remove-confirm", getTranslation("notification.webhooks.remove-title", hook.name()),
                    getTranslation("notification.webhooks.remove-text"), getTranslation("notification.webhooks.remove"),
                    () -> {
                        webhooks.remove(hook.id());
                        NotificationUi.show(getTranslation("notification.webhooks.removed", hook.name()),
                                NotificationVariant.LUMO_SUCCESS);
                        refresh();
                    }));
            remove.setId("webhook-remove-" + hook.id());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return remove;
        });
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("notification.webhooks.none"));
        add(new H2(getTranslation("notification.webhooks.title")), form, grid);
        refresh();
    }

    /** A language by its name in the language of this page. */
    private String languageName(Locale language) {
        return getTranslation("notification.webhooks.language." + language.getLanguage());
    }

    private void refresh() {
        grid.setItems(webhooks.list());
    }

    @Override
    public String titleKey() {
        return "notification.webhooks.title";
    }

    @Override
    public String localizedTitle() {
        return getTranslation(titleKey());
    }
}
