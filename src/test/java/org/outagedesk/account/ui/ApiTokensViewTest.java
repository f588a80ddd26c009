package org.outagedesk.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.ApiTokenService;
import org.outagedesk.account.ApiTokenSummary;
import org.springframework.beans.factory.annotation.Autowired;

class ApiTokensViewTest extends AccountViewTestSupport {

    @Autowired
    ApiTokenService apiTokens;

    private String email;

    @BeforeEach
    void signInAsANewColleague() {
        email = verifiedAccount("tokens");
        signIn(email);
    }

    @Test
    @SuppressWarnings("unchecked")
    void tokenIsShownOnceWorksAndStopsWorkingWhenRevoked() {
        navigate(ApiTokensView.class);
        Div empty = $(Div.class).id("tokens-empty");
        assertThat(empty.isVisible()).isTrue();
        assertThat(text(empty)).contains(en("account.tokens.empty"), "Authorization: Bearer", "/api/v1/me");

        test($(TextField.class).id("token-name")).setValue("Monitoring script");
        test($(Button.class).id("token-create")).click();

        Div secretBox = $(Div.class).id("token-secret");
        assertThat(secretBox.hasClassName("secret-box")).isTrue();
        String secret = secretBox.getText();
        assertThat(secret).startsWith("od_");
        assertThat(text($(Dialog.class).id("token-dialog"))).contains(en("account.tokens.dialog.warning"));
        assertThat(apiTokens.authenticate(secret)).hasValueSatisfying(account ->
                assertThat(account.email()).isEqualTo(email));
        test($(Button.class).id("token-dialog-close")).click();
        assertThat($(Div.class).withId("token-secret").exists()).isFalse();

        var grid = test((Grid<ApiTokenSummary>) $(Grid.class).id("tokens-grid"));
        assertThat(grid.size()).isOne();
        assertThat(grid.getCellText(0, 0)).isEqualTo("Monitoring script");
        assertThat(grid.getCellText(0, 1)).isEqualTo(secret.substring(0, 10) + "…");
        assertThat($(Div.class).withId("tokens-empty").exists()).isFalse();
        for (int column = 0; column < 4; column++) {
            assertThat(grid.getCellText(0, column)).doesNotContain(secret);
        }

        test((Button) grid.getCellComponent(0, 5)).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("token-revoke-confirm");
        assertThat(apiTokens.authenticate(secret)).isPresent();
        test(confirm).confirm();

        assertThat(apiTokens.authenticate(secret)).isEmpty();
        assertThat(lastNotification()).isEqualTo(en("account.tokens.revoked-notice", "Monitoring script"));
        assertThat(grid.getRow(0).active()).isFalse();
        assertThat(text(grid.getCellComponent(0, 4))).startsWith("Revoked");
        assertThat(grid.getCellComponent(0, 5)).isNotInstanceOf(Button.class);
    }

    @Test
    void tokenNeedsAName() {
        navigate(ApiTokensView.class);
        test($(Button.class).id("token-create")).click();

        assertThat($(TextField.class).id("token-name").getErrorMessage()).isEqualTo(en("account.tokens.name-required"));
        assertThat(apiTokens.myTokens()).isEmpty();
    }
}
