package org.outagedesk.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.base.ui.PublicPage;
import org.outagedesk.security.DirectoryProperties;
import org.outagedesk.security.DirectorySignInRefused;
import org.outagedesk.security.DirectoryUnavailableException;
import org.outagedesk.security.EmailNotVerifiedException;
import org.outagedesk.base.DatabaseTrouble;
import org.outagedesk.security.LoginThrottledException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/** Sign-in, with links to registration and password reset, and a clear reason when refused. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, LocalizedTitle {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;
    private final boolean directory;

    public LoginView(AuthenticationContext authentication, AccountService accounts, DirectoryProperties directory,
            ObjectProvider<ClientRegistrationRepository> oidcProviders) {
        this.authentication = authentication;
        this.directory = directory.ldap().enabled();
        setPadding(false);
        setSizeFull();
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setI18n(i18n(null));

        PublicPage page = new PublicPage("login.heading", "login.intro");
        ClientRegistrationRepository registrations = oidcProviders.getIfAvailable();
        if (registrations != null) {
            ProviderButtons providers = new ProviderButtons(registrations);
            if (providers.hasProviders()) {
                page.addToCard(providers);
                page.addToCard(ProviderButtons.separator(getTranslation("login.or")));
            }
        }
        page.addToCard(form);
        if (accounts.registrationOpen()) {
            Anchor register = new Anchor("register", getTranslation("login.register"));
            register.setId("register-link");
            Div registerRow = new Div(new Span(getTranslation("login.no-account") + " "), register);
            registerRow.addClassName("public-secondary");
            page.addToCard(registerRow);
        }
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(i18n(lastFailure()));
            form.setError(true);
        }
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private LoginI18n i18n(Object failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle("");
        texts.setUsername(getTranslation(directory ? "login.email-or-user" : "login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setUsername(getTranslation("login.email-required"));
        error.setPassword(getTranslation("login.password-required"));
        if (failure instanceof LoginThrottledException throttled) {
            long seconds = Math.max(1, throttled.retryAfter().toSeconds());
            error.setTitle(getTranslation(throttled.locked() ? "login.error.locked.title" : "login.error.slow.title"));
            error.setMessage(throttled.locked()
                    ? getTranslation("login.error.locked", Math.max(1, (seconds + 59) / 60))
                    : getTranslation("login.error.slow", seconds));
        } else if (failure instanceof DirectoryUnavailableException) {
            error.setTitle(getTranslation("login.error.directory-down.title"));
            error.setMessage(getTranslation("login.error.directory-down"));
        } else if (failure instanceof DirectorySignInRefused refused) {
            error.setTitle(getTranslation("login.error.directory-refused.title"));
            error.setMessage(getTranslation(refused.messageKey()));
        } else if (failure instanceof OAuth2AuthenticationException refused) {
            ProviderRefusal reason = ProviderRefusal.of(refused.getError());
            error.setTitle(getTranslation(reason.titleKey()));
            error.setMessage(getTranslation(reason.messageKey()));
        } else if (failure instanceof EmailNotVerifiedException) {
            error.setTitle(getTranslation("login.error.unverified.title"));
            error.setMessage(getTranslation("login.error.unverified"));
        } else if (failure instanceof Throwable trouble && DatabaseTrouble.isUnreachable(trouble)) {
            error.setTitle(getTranslation("login.error.unavailable.title"));
            error.setMessage(getTranslation("base.error.database"));
        } else if (failure instanceof DisabledException) {
            error.setTitle(getTranslation("login.error.disabled.title"));
            error.setMessage(getTranslation("login.error.disabled"));
        } else {
            error.setTitle(getTranslation("login.error.bad.title"));
            error.setMessage(getTranslation("login.error.bad"));
        }
        i18n.setAdditionalInformation(null);
        return i18n;
    }

    @Override
    public String titleKey() {
        return "login.title";
    }
}
