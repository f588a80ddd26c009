package org.outagedesk.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.outagedesk.account.AccountException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the user how an action went, always translated and never with a stack trace. */
final class AccountFeedback {

    static final String UNEXPECTED = "base.error.unexpected";
    private static final Logger log = LoggerFactory.getLogger(AccountFeedback.class);

    private AccountFeedback() {}

    /** The user-facing text of a failure: the refusal's own message, or a generic one. */
    static String message(Exception failure) {
        UI ui = UI.getCurrent();
        if (failure instanceof AccountException refusal) {
            return ui.getTranslation(refusal.messageKey(), refusal.arguments());
        }
        log.error("Unexpected failure in an account screen", failure);
        return ui.getTranslation(UNEXPECTED);
    }

    static void success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    static void error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    static void error(Exception failure) {
        error(message(failure));
    }

    /** Opens a confirmation for an action that cannot be undone lightly; the action runs on confirm. */
    static ConfirmDialog confirmDanger(String id, String header, String text, String confirmLabel,
            Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog(header, text, confirmLabel, event -> action.run());
        confirm.setId(id);
        confirm.setCancelable(true);
        confirm.setCancelText(UI.getCurrent().getTranslation("base.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
        return confirm;
    }
}
