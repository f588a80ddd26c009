package org.outagedesk.alert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.alert.AlertAdministration;
import org.outagedesk.alert.AlertTokenStatus;
import org.outagedesk.base.ui.Texts;

/** The alert token: whether there is one (never its secret), and generating or rotating it after confirmation. */
class AlertTokenPanel extends Div {

    private final AlertAdministration administration;
    private final String receiverUrl;
    private final Paragraph state = new Paragraph();
    private final Paragraph configured = new Paragraph();
    private final Button generate = new Button();

    AlertTokenPanel(AlertAdministration administration, String receiverUrl) {
        this.administration = administration;
        this.receiverUrl = receiverUrl;
        addClassName("panel");
        state.setId("alert-token-state");
        configured.addClassName("muted");
        generate.setId("alert-token-generate");
        generate.setIcon(VaadinIcon.KEY.create());
        generate.addClickListener(click -> confirmThenGenerate());
        add(new H3(getTranslation("alert.token.title")), state, configured, generate);
        refresh();
    }

    private void refresh() {
        AlertTokenStatus status = administration.tokenStatus();
        state.setText(status.stored()
                ? getTranslation("alert.token.stored", status.prefix() + "…", BrowserTime.format(status.createdAt()),
                        status.createdBy(), status.lastUsedAt() == null ? getTranslation("alert.token.never")
                                : BrowserTime.format(status.lastUsedAt()))
                : getTranslation("alert.token.none"));
        configured.setText(getTranslation(status.configured() ? "alert.token.configured" : "alert.token.not-configured"));
        generate.setText(getTranslation(status.stored() ? "alert.token.rotate" : "alert.token.generate"));
        generate.removeThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        generate.addThemeVariants(status.stored() ? ButtonVariant.ERROR : ButtonVariant.PRIMARY);
    }

    private void confirmThenGenerate() {
        if (!administration.tokenStatus().stored()) {
            generate();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("alert.token.rotate-title"),
                getTranslation("alert.token.rotate-text"), getTranslation("alert.token.rotate"), event -> generate());
        confirm.setId("alert-token-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("base.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void generate() {
        String secret = administration.rotateToken();
        refresh();
        new AlertTokenDialog(secret, receiverUrl).open();
        Notification notification = Notification.show(Texts.t("alert.token.created"), 4000,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }
}
