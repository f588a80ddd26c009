package org.outagedesk.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountMailRequested;
import org.outagedesk.account.LoginAccount;
import org.outagedesk.base.i18n.BundleI18NProvider;

class RegisterViewTest extends AccountViewTestSupport {

    @Test
    void newcomerRegistersAndCannotSignInBeforeConfirmingTheAddress() {
        String email = freshEmail("newcomer");
        navigate(RegisterView.class);
        fill(email, "Nora Newcomer", PASSWORD, PASSWORD);
        test($(TextField.class).id("register-department")).setValue("Finance");
        test($(TextField.class).id("register-site")).setValue("Sevilla");

        Button submit = $(Button.class).id("register-submit");
        assertThat(submit.isDisableOnClick()).isTrue();
        test(submit).click();

        Div done = $(Div.class).id("register-done");
        assertThat(text(done)).contains(en("account.register.done.title")).contains(email).contains("48");
        assertThat($(Button.class).withId("register-submit").exists()).isFalse();
        LoginAccount account = accountService.findLoginAccount(email).orElseThrow();
        assertThat(account.emailVerified()).isFalse();
        assertThat(account.displayName()).isEqualTo("Nora Newcomer");
        assertThat(account.language()).isEqualTo("en");
        assertThat(mails(AccountMailRequested.Kind.VERIFY_EMAIL, email)).isOne();
    }

    @Test
    void emptyFormShowsTranslatedMessagesAtEachFieldAndRegistersNobody() {
        navigate(RegisterView.class);
        test($(Button.class).id("register-submit")).click();

        assertThat($(EmailField.class).id("register-email").getErrorMessage()).isEqualTo(en("account.error.email-required"));
        assertThat($(TextField.class).id("register-name").getErrorMessage()).isEqualTo(en("account.error.name-required"));
        assertThat($(PasswordField.class).id("register-password").getErrorMessage())
                .isEqualTo(en("account.password.required"));
        assertThat($(Button.class).id("register-submit").isEnabled()).isTrue();
        assertThat($(Div.class).withId("register-done").exists()).isFalse();
    }

    @Test
    void mismatchedConfirmationIsRefusedBeforeAnythingIsSent() {
        String email = freshEmail("mismatch");
        navigate(RegisterView.class);
        fill(email, "Max Mismatch", PASSWORD, PASSWORD + "!");
        test($(Button.class).id("register-submit")).click();

        PasswordField confirmation = $(PasswordField.class).id("register-password-confirm");
        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage()).isEqualTo("The two passwords do not match.");
        assertThat(accountService.findLoginAccount(email)).isEmpty();
    }

    @Test
    void foreignDomainIsRefusedAtTheAddressNamingTheAllowedOnes() {
        String email = "someone@example.com";
        navigate(RegisterView.class);
        fill(email, "Foreign Person", PASSWORD, PASSWORD);
        test($(Button.class).id("register-submit")).click();

        EmailField field = $(EmailField.class).id("register-email");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(en("account.register.domain-not-allowed", "demo.local"))
                .contains("demo.local");
        assertThat(accountService.findLoginAccount(email)).isEmpty();
        assertThat($(Button.class).id("register-submit").isEnabled()).isTrue();
    }

    @Test
    void spanishSpeakerGetsSpanishMessagesAndASpanishAccount() {
        UI.getCurrent().setLocale(BundleI18NProvider.SPANISH);
        String email = freshEmail("hispano");
        navigate(RegisterView.class);
        assertThat($(PasswordField.class).id("register-password").getHelperText()).contains("10 caracteres");

        fill(email, "Hugo Hispano", "corta", "corta");
        test($(Button.class).id("register-submit")).click();
        assertThat($(PasswordField.class).id("register-password").getErrorMessage())
                .isEqualTo("La contraseña necesita al menos 10 caracteres.");

        fill(email, "Hugo Hispano", PASSWORD, PASSWORD);
        test($(Button.class).id("register-submit")).click();
        assertThat(text($(Div.class).id("register-done"))).contains("Revise su buzón");
        assertThat(accountService.findLoginAccount(email).orElseThrow().language()).isEqualTo("es");
    }

    private void fill(String email, String name, String password, String confirmation) {
        test($(EmailField.class).id("register-email")).setValue(email);
        test($(TextField.class).id("register-name")).setValue(name);
        test($(PasswordField.class).id("register-password")).setValue(password);
        test($(PasswordField.class).id("register-password-confirm")).setValue(confirmation);
    }
}
