package org.outagedesk.alert.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.alert.AlertAdministration;
import org.outagedesk.security.OutageDeskUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The admin screen of the alert intake, without a browser. */
@SpringBootTest
class AlertsAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AlertAdministration administration;

    @Autowired
    BundleI18NProvider i18n;

    @BeforeEach
    void adminInEnglish() {
        signIn("admin@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void generatingShowsTheSecretOnceAndRotatingAsksFirst() {
        navigate(AlertsAdminView.class);
        String first = generate();
        assertThat(first).startsWith("oda_");
        assertThat($(Paragraph.class).id("alert-token-state").getText()).contains(first.substring(0, 10))
                .doesNotContain(first);

        test($(Button.class).id("alert-token-generate")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("alert-token-confirm");
        assertThat(test(confirm).getHeader()).isEqualTo(en("alert.token.rotate-title"));
        test(confirm).cancel();
        assertThat(administration.tokenStatus().prefix()).isEqualTo(first.substring(0, 10));

        test($(Button.class).id("alert-token-generate")).click();
        test($(ConfirmDialog.class).id("alert-token-confirm")).confirm();
        String second = $(Div.class).id("alert-token-secret").getText();
        assertThat(second).startsWith("oda_").isNotEqualTo(first);
        assertThat(administration.tokenStatus().prefix()).isEqualTo(second.substring(0, 10));
    }

    @Test
    void theMappingAndTheEmptyStateSpeakSpanish() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        navigate(AlertsAdminView.class);
        String mapping = $(Div.class).id("alert-mapping").getElement().getTextRecursively();
        assertThat(mapping).contains("service=smtp", "severity=critical", i18n.getTranslation("alert.mapping.title",
                Locale.forLanguageTag("es")));
    }

    @Test
    void onlyAdminsMayManageTheAlertToken() {
        signIn("it@demo.local");
        assertThatThrownBy(() -> administration.rotateToken()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.recent(10)).isInstanceOf(AccessDeniedException.class);
    }

    private String generate() {
        if (administration.tokenStatus().stored()) {
            test($(Button.class).id("alert-token-generate")).click();
            test($(ConfirmDialog.class).id("alert-token-confirm")).confirm();
        } else {
            test($(Button.class).id("alert-token-generate")).click();
        }
        String secret = $(Div.class).id("alert-token-secret").getText();
        test($(Button.class).id("alert-token-dialog-close")).click();
        return secret;
    }

    private String en(String key) {
        return i18n.getTranslation(key, Locale.ENGLISH);
    }

    private void signIn(String email) {
        OutageDeskUser user = new OutageDeskUser(accounts.findLoginAccount(email).orElseThrow());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
