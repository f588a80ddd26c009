package org.outagedesk.account.ui;

import org.outagedesk.base.ui.SecretOnceDialog;
import org.outagedesk.base.ui.Texts;

/** Shows a new API token's secret the one time it can be seen, ready to copy. */
class NewTokenDialog extends SecretOnceDialog {

    NewTokenDialog(String secret, String apiUrl) {
        super("token", "account.tokens.dialog", secret, "curl -H 'Authorization: Bearer " + secret + "' " + apiUrl,
                () -> AccountFeedback.success(Texts.t("account.tokens.dialog.copied")));
    }
}
