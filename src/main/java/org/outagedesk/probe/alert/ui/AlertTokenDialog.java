package org.outagedesk.probe.alert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Shows a new alert token the one time it can be seen, with the Alertmanager receiver that uses it. */
class AlertTokenDialog extends Dialog {

    AlertTokenDialog(String secret, String receiverUrl) {
        setId("alert-token-dialog");
        setHeaderTitle(getTranslation("alert.token.dialog.title"));
        setCloseOnOutsideClick(false);
        setMaxWidth("40rem");
        Paragraph warning = new Paragraph(VaadinIcon.WARNING.create(),
                new Span(" " + getTranslation("alert.token.dialog.warning")));
        warning.addClassName("secret-warning");
        Div box = new Div(secret);
        box.setId("alert-token-secret");
        box.addClassName("secret-box");
        Paragraph usage = new Paragraph(getTranslation("alert.token.dialog.usage"));
        usage.addClassName("muted");
        Pre example = new Pre("receivers:\n  - name: outagedesk\n    webhook_configs:\n      - url: " + receiverUrl
                + "\n        send_resolved: true\n        http_config:\n          authorization:\n"
                + "            type: Bearer\n            credentials: " + secret);
        example.addClassName("secret-example");
        add(warning, box, usage, example);
        Button copy = new Button(getTranslation("alert.token.dialog.copy"), VaadinIcon.COPY.create(),
                click -> getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", secret));
        copy.setId("alert-token-copy");
        Button close = new Button(getTranslation("alert.token.dialog.close"), click -> close());
        close.setId("alert-token-dialog-close");
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(copy, close);
    }
}
