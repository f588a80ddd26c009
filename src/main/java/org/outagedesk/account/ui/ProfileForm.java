package org.outagedesk.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.account.NotificationPreferences;
import org.outagedesk.account.ProfileChange;
import org.outagedesk.account.ProfileField;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.base.ui.LanguageSwitch;

/** Name, department, site, language, time zone and how to hear about outages. */
class ProfileForm extends Section {

    private final AccountService accounts;
    private final TextField name = text("profile-name", "account.field.name");
    private final TextField department = text("profile-department", "account.field.department");
    private final TextField site = text("profile-site", "account.field.site");
    private final Select<String> language = new Select<>();
    private final ComboBox<String> zone = new ComboBox<>();
    private final Checkbox byEmail = checkbox("profile-notify-email", "account.profile.notify-email");
    private final Checkbox inPortal = checkbox("profile-notify-portal", "account.profile.notify-portal");
    private final Checkbox allUpdates = checkbox("profile-notify-all", "account.profile.notify-all");
    private final FieldErrors errors = new FieldErrors().on("account.error.name", name);
    private String savedLanguage;
    private String savedZone;

    ProfileForm(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("panel", "profile-panel");
        AccountSummary account = accounts.currentAccount();
        name.setRequiredIndicatorVisible(true);
        language.setId("profile-language");
        language.setLabel(getTranslation("account.field.language"));
        language.setItems(BundleI18NProvider.LANGUAGES.stream().map(Locale::getLanguage).toList());
        language.setItemLabelGenerator(code -> getTranslation("account.language." + code));

        zone.setId("profile-time-zone");
        zone.setLabel(getTranslation("account.field.time-zone"));
        zone.setHelperText(getTranslation("account.field.time-zone-helper"));
        zone.setItems(TimeZones.ids());
        zone.setItemLabelGenerator(TimeZones::label);

        FormLayout fields = new FormLayout(name, department, site, language, zone);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));

        Div notifications = new Div(byEmail, inPortal, allUpdates);
        notifications.addClassName("checkbox-column");

        Button save = new Button(getTranslation("base.save"), click -> save());
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);

        Paragraph signedInAs = new Paragraph(getTranslation("account.profile.signed-in-as", account.email()));
        signedInAs.addClassName("muted");
        add(new H2(getTranslation("account.profile.heading")), signedInAs);
        if (!account.directoryFields().isEmpty()) {
            Paragraph fromDirectory = new Paragraph(getTranslation("account.profile.from-directory",
                    RoleLabels.origin(account)));
            fromDirectory.setId("profile-from-directory");
            fromDirectory.addClassName("muted");
            add(fromDirectory);
        }
        add(fields, new H3(getTranslation("account.profile.notifications")), notifications, save);
        show(account);
        lockDirectoryFields(account);
    }

    /** Values the directory sets are refreshed at each sign-in, so they are not edited here. */
    private void lockDirectoryFields(AccountSummary account) {
        name.setReadOnly(account.directoryFields().contains(ProfileField.NAME));
        department.setReadOnly(account.directoryFields().contains(ProfileField.DEPARTMENT));
        site.setReadOnly(account.directoryFields().contains(ProfileField.SITE));
        language.setReadOnly(account.directoryFields().contains(ProfileField.LANGUAGE));
        zone.setReadOnly(account.directoryFields().contains(ProfileField.TIME_ZONE));
    }

    private void show(AccountSummary account) {
        name.setValue(Objects.requireNonNullElse(account.displayName(), ""));
        department.setValue(Objects.requireNonNullElse(account.department(), ""));
        site.setValue(Objects.requireNonNullElse(account.site(), ""));
        savedLanguage = account.language() != null ? account.language()
                : BundleI18NProvider.supported(UI.getCurrent().getLocale()).getLanguage();
        language.setValue(savedLanguage);
        savedZone = account.timeZone() != null ? account.timeZone() : BrowserTime.zone().getId();
        zone.setValue(TimeZones.ids().contains(savedZone) ? savedZone : null);
        NotificationPreferences preferences = Objects.requireNonNullElse(account.notifications(),
                NotificationPreferences.defaults());
        byEmail.setValue(preferences.byEmail());
        inPortal.setValue(preferences.inPortal());
        allUpdates.setValue(preferences.allPublicUpdates());
    }

    private void save() {
        errors.clear();
        if (!FieldErrors.require(name, name.getValue(), "account.error.name-required")) {
            return;
        }
        String chosenLanguage = language.getValue();
        try {
            AccountSummary saved = accounts.updateProfile(new ProfileChange(name.getValue().strip(),
                    FieldErrors.optional(department.getValue()), FieldErrors.optional(site.getValue()),
                    chosenLanguage, zone.getValue(), new NotificationPreferences(byEmail.getValue(), inPortal.getValue(),
                            allUpdates.getValue())));
            boolean languageChanged = !Objects.equals(chosenLanguage, savedLanguage);
            boolean zoneChanged = zone.getValue() != null && !Objects.equals(zone.getValue(), savedZone);
            if (zoneChanged) {
                BrowserTime.use(ZoneId.of(zone.getValue()));
            }
            show(saved);
            AccountFeedback.success(getTranslation("account.profile.saved"));
            if (languageChanged && chosenLanguage != null) {
                LanguageSwitch.apply(Locale.forLanguageTag(chosenLanguage));
            }
            if (languageChanged || zoneChanged) {
                UI.getCurrent().getPage().reload();
            }
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    private TextField text(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setManualValidation(true);
        field.setMaxLength(120);
        return field;
    }

    private Checkbox checkbox(String id, String labelKey) {
        Checkbox checkbox = new Checkbox(getTranslation(labelKey));
        checkbox.setId(id);
        return checkbox;
    }
}
