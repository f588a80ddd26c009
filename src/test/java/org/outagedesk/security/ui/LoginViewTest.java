package org.outagedesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.security.EmailNotVerifiedException;
import org.outagedesk.security.LoginThrottledException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

@SpringBootTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void wrongPasswordShowsTheTranslatedReason() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        String error = failedSignIn(new BadCredentialsException("Bad credentials"));

        assertThat(error).contains("Wrong e-mail or password", "Check both and try again.");
    }

    @Test
    void unconfirmedAddressIsExplainedInSpanish() {
        UI.getCurrent().setLocale(BundleI18NProvider.SPANISH);
        String error = failedSignIn(new EmailNotVerifiedException());

        assertThat(error).contains("Confirme antes su correo electrónico", "Le enviamos un enlace")
                .doesNotContain("Wrong e-mail");
    }

    @Test
    void aLockedClientIsToldHowLongItWaitsAndThatTheAccountWorksElsewhere() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        String error = failedSignIn(new LoginThrottledException(Duration.ofSeconds(14 * 60 + 30), true));

        assertThat(error).contains("this device", "wait 15 minutes", "can still be used from other devices");
    }

    @Test
    void aLockedClientIsToldInSpanish() {
        UI.getCurrent().setLocale(BundleI18NProvider.SPANISH);
        String error = failedSignIn(new LoginThrottledException(Duration.ofMinutes(3), true));

        assertThat(error).contains("este dispositivo", "esperar 3 minutos", "desde otros dispositivos");
    }

    @Test
    void signInPageOffersRegistrationAndNoErrorByDefault() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(LoginView.class);

        assertThat($(LoginForm.class).id("login-form").isError()).isFalse();
        assertThat($(Anchor.class).id("register-link").getHref()).isEqualTo("register");
    }

    /** The texts the sign-in form shows after a refused attempt. */
    private String failedSignIn(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));
        LoginForm form = $(LoginForm.class).id("login-form");
        assertThat(form.isError()).isTrue();
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
