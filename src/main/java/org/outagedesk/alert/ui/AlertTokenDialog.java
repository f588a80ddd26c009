package org.outagedesk.alert.ui;

import org.outagedesk.base.ui.SecretOnceDialog;

/** Shows a new alert token the one time it can be seen, with the Alertmanager receiver that uses it. */
class AlertTokenDialog extends SecretOnceDialog {

    AlertTokenDialog(String secret, String receiverUrl) {
        super("alert-token", "alert.token.dialog", secret, "receivers:\n  - name: outagedesk\n    webhook_configs:\n"
                + "      - url: " + receiverUrl + "\n        send_resolved: true\n        http_config:\n"
                + "          authorization:\n            type: Bearer\n            credentials: " + secret, () -> { });
    }
}
