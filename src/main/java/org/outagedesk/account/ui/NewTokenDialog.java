package org.outagedesk.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Shows a new token's secret the one time it can be seen, ready to copy. */
class NewTokenDialog extends Dialog {

    NewTokenDialog(String secret, String apiUrl) {
        setId("token-dialog");
        setHeaderTitle(getTranslation("account.tokens.dialog.title"));
        setCloseOnOutsideClick(false);
        setMaxWidth("36rem");

        Paragraph warning = new Paragraph(VaadinIcon.WARNING.create(),
                new Span(" " + getTranslation("account.tokens.dialog.warning")));
        warning.addClassName("secret-warning");
        Div box = new Div(secret);
        box.setId("token-secret");
        box.addClassName("secret-box");
        Paragraph usage = new Paragraph(getTranslation("account.tokens.dialog.usage"));
        usage.addClassName("muted");
        Pre example = new Pre("curl -H 'Authorization: Bearer " + secret + "' " + apiUrl);
        example.addClassName("secret-example");
        add(warning, box, usage, example);

        Button copy = new Button(getTranslation("account.tokens.dialog.copy"), VaadinIcon.COPY.create(), click -> {
            getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", secret);
            AccountFeedback.success(getTranslation("account.tokens.dialog.copied"));
        });
        copy.setId("token-copy");
        Button close = new Button(getTranslation("account.tokens.dialog.close"), click -> close());
        close.setId("token-dialog-close");
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(copy, close);
    }
}
