package org.outagedesk.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.outagedesk.account.AccountMailRequested;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.Registration;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.security.OutageDeskUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Shared set-up of the account screens' browserless tests: one Spring context for all of them
 * (same annotations), English unless a test says otherwise, signing in as a real account, and
 * fresh accounts so that no test changes the demo accounts others rely on.
 */
@SpringBootTest
@RecordApplicationEvents
abstract class AccountViewTestSupport extends SpringBrowserlessTest {

    static final String PASSWORD = "a long enough password";

    @Autowired
    AccountService accountService;

    @Autowired
    BundleI18NProvider i18n;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void speakEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in as the account, with the principal the real sign-in creates. */
    void signIn(String email) {
        OutageDeskUser user = new OutageDeskUser(accountService.findLoginAccount(email).orElseThrow());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A new address in the allowed domain. */
    static String freshEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.local";
    }

    /** Registers and confirms a new account, as its owner would by mail. */
    String verifiedAccount(String prefix) {
        String email = freshEmail(prefix);
        accountService.register(new Registration(email, "Test " + prefix, PASSWORD, "QA", "Madrid", "en"));
        accountService.verifyEmail(token(AccountMailRequested.Kind.VERIFY_EMAIL, email));
        return email;
    }

    /** The token of the last link mailed to the address. */
    String token(AccountMailRequested.Kind kind, String email) {
        String link = events.stream(AccountMailRequested.class)
                .filter(mail -> mail.kind() == kind && mail.email().equals(email))
                .reduce((first, second) -> second).orElseThrow().link();
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    long mails(AccountMailRequested.Kind kind, String email) {
        return events.stream(AccountMailRequested.class)
                .filter(mail -> mail.kind() == kind && mail.email().equals(email)).count();
    }

    /** Opens a view as the link in a mail does, with {@code ?token=}. */
    <T extends Component> T openLink(Class<T> view, String token) {
        UI.getCurrent().navigate(view, QueryParameters.of("token", token));
        return view.cast(getCurrentView());
    }

    /** The English text of a key, as the user should see it. */
    String en(String key, Object... arguments) {
        return i18n.getTranslation(key, Locale.ENGLISH, arguments);
    }

    String es(String key, Object... arguments) {
        return i18n.getTranslation(key, BundleI18NProvider.SPANISH, arguments);
    }

    String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
