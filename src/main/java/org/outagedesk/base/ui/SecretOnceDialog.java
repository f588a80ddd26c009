package org.outagedesk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Shows a new secret (an API or alert token) the one time it can be seen, with an example of its
 * use and a copy button. Ids start with {@code idPrefix} ({@code -dialog}, {@code -secret},
 * {@code -copy}, {@code -dialog-close}); texts are {@code keyPrefix} + {@code .title},
 * {@code .warning}, {@code .usage}, {@code .copy} and {@code .close}.
 */
public class SecretOnceDialog extends Dialog {

    public SecretOnceDialog(String idPrefix, String keyPrefix, String secret, String example, Runnable afterCopy) {
        setId(idPrefix + "-dialog");
        setHeaderTitle(getTranslation(keyPrefix + ".title"));
        setCloseOnOutsideClick(false);
        setMaxWidth("40rem");
        Paragraph warning = new Paragraph(VaadinIcon.WARNING.create(),
                new Span(" " + getTranslation(keyPrefix + ".warning")));
        warning.addClassName("secret-warning");
        Div box = new Div(secret);
        box.setId(idPrefix + "-secret");
        box.addClassName("secret-box");
        Paragraph usage = new Paragraph(getTranslation(keyPrefix + ".usage"));
        usage.addClassName("muted");
        Pre shown = new Pre(example);
        shown.addClassName("secret-example");
        add(warning, box, usage, shown);
        Button copy = new Button(getTranslation(keyPrefix + ".copy"), VaadinIcon.COPY.create(), click -> {
            getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", secret);
            afterCopy.run();
        });
        copy.setId(idPrefix + "-copy");
        Button close = new Button(getTranslation(keyPrefix + ".close"), click -> close());
        close.setId(idPrefix + "-dialog-close");
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(copy, close);
    }
}
