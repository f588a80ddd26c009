package org.outagedesk.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.Set;
import org.outagedesk.account.AccountOrigin;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.account.DirectoryPerson;
import org.outagedesk.account.Role;
import org.outagedesk.account.NotificationPreferences;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.base.ui.BrowserTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class ProfileViewTest extends AccountViewTestSupport {

    @Autowired
    PasswordEncoder passwordEncoder;

    private String email;

    @BeforeEach
    void signInAsANewColleague() {
        email = verifiedAccount("profile");
        signIn(email);
    }

    @Test
    void personChangesProfileAndNotificationPreferences() {
        navigate(ProfileView.class);
        assertThat($(TextField.class).id("profile-name").getValue()).isEqualTo("Test profile");
        assertThat($(Checkbox.class).id("profile-notify-email").getValue()).isTrue();

        test($(TextField.class).id("profile-name")).setValue("Paula Profile");
        test($(TextField.class).id("profile-department")).setValue("Legal");
        test($(TextField.class).id("profile-site")).setValue("Bilbao");
        test($(Checkbox.class).id("profile-notify-email")).click();
        test($(Checkbox.class).id("profile-notify-all")).click();
        test($(Button.class).id("profile-save")).click();

        assertThat(lastNotification()).isEqualTo(en("account.profile.saved"));
        AccountSummary saved = accountService.currentAccount();
        assertThat(saved.displayName()).isEqualTo("Paula Profile");
        assertThat(saved.department()).isEqualTo("Legal");
        assertThat(saved.site()).isEqualTo("Bilbao");
        assertThat(saved.notifications()).isEqualTo(new NotificationPreferences(false, true, true));
    }

    @Test
    void fieldsTheDirectorySetsAreReadOnlyAndKeptWhileTheOthersStillChange() {
        String directoryEmail = freshEmail("directory");
        accountService.signedInFromDirectory(new DirectoryPerson(AccountOrigin.LDAP, "ldap", "guid-" + directoryEmail,
                directoryEmail, "Dora Directory", "Sistemas", "Sevilla", null, null, Set.of(Role.END_USER)));
        signIn(directoryEmail);
        navigate(ProfileView.class);

        assertThat($(TextField.class).id("profile-name").isReadOnly()).isTrue();
        assertThat($(TextField.class).id("profile-department").isReadOnly()).isTrue();
        assertThat($(TextField.class).id("profile-site").isReadOnly()).isTrue();
        assertThat($(Select.class).id("profile-language").isReadOnly()).as("not supplied by the directory").isFalse();
        assertThat($(PasswordField.class).withId("password-current").exists()).as("the directory's password is the one")
                .isFalse();
        assertThat(text($(Paragraph.class).id("profile-from-directory")))
                .isEqualTo(en("account.profile.from-directory", en("account.origin.LDAP")));

        test($(Select.class).id("profile-language")).selectItem(en("account.language.es"));
        test($(Button.class).id("profile-save")).click();

        AccountSummary saved = accountService.currentAccount();
        assertThat(saved.language()).isEqualTo("es");
        assertThat(saved).extracting(AccountSummary::displayName, AccountSummary::department, AccountSummary::site)
                .containsExactly("Dora Directory", "Sistemas", "Sevilla");
    }

    @Test
    void blankNameIsRefusedAtTheField() {
        navigate(ProfileView.class);
        test($(TextField.class).id("profile-name")).setValue("  ");
        test($(Button.class).id("profile-save")).click();

        assertThat($(TextField.class).id("profile-name").getErrorMessage()).isEqualTo(en("account.error.name-required"));
        assertThat(accountService.currentAccount().displayName()).isEqualTo("Test profile");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingSpanishSavesItAndSwitchesTheSession() {
        navigate(ProfileView.class);
        test((Select<String>) $(Select.class).id("profile-language")).selectItem(en("account.language.es"));
        test($(Button.class).id("profile-save")).click();

        assertThat(accountService.currentAccount().language()).isEqualTo("es");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(BundleI18NProvider.SPANISH);
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingATimeZoneSavesItAndEveryTimeInTheSessionFollowsIt() {
        navigate(ProfileView.class);
        ComboBox<String> zone = (ComboBox<String>) $(ComboBox.class).id("profile-time-zone");
        test(zone).selectItem("Asia/Tokyo (UTC+09:00)");
        test($(Button.class).id("profile-save")).click();

        assertThat(accountService.currentAccount().timeZone()).isEqualTo("Asia/Tokyo");
        assertThat(BrowserTime.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(BrowserTime.format(Instant.parse("2026-12-07T04:43:00Z"))).contains("1:43");
    }

    @Test
    void passwordChangeNeedsTheCurrentPassword() {
        navigate(ProfileView.class);
        changePassword("not my password", "my next long password");
        assertThat($(PasswordField.class).id("password-current").getErrorMessage())
                .isEqualTo(en("account.password.current-wrong"));

        changePassword(PASSWORD, "my next long password");
        assertThat(lastNotification()).isEqualTo(en("account.password.changed"));
        assertThat($(PasswordField.class).id("password-current").getValue()).isEmpty();
        String hash = accountService.findLoginAccount(email).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches("my next long password", hash)).isTrue();
    }

    private void changePassword(String current, String next) {
        test($(PasswordField.class).id("password-current")).setValue(current);
        test($(PasswordField.class).id("password-new")).setValue(next);
        test($(PasswordField.class).id("password-confirm")).setValue(next);
        test($(Button.class).id("password-change")).click();
    }
}
