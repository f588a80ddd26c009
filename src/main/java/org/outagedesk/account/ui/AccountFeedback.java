package org.outagedesk.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.outagedesk.account.AccountException;
import org.outagedesk.base.ui.FailureMessage;
import org.outagedesk.base.ui.Texts;

/** Tells the user how an action went, always translated and never with a stack trace. */
final class AccountFeedback {

    private AccountFeedback() {}

    /** The user-facing text of a failure: the refusal's own message, else "database away" or a generic one. */
    static String message(Exception failure) {
        UI ui = UI.getCurrent();
        if (failure instanceof AccountException refusal) {
            return ui.getTranslation(refusal.messageKey(), refusal.arguments());
        }
        return FailureMessage.of(failure, ui);
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
}
