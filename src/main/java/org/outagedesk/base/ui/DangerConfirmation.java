package org.outagedesk.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before an action that cannot be undone lightly (remove, revoke, disable); the action runs on confirm. */
public final class DangerConfirmation {

    private DangerConfirmation() {}

    /** Opens the question with a red confirm button and Cancel; Escape cancels. */
    public static ConfirmDialog open(String id, String header, String text, String confirmLabel, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog(header, text, confirmLabel, event -> action.run());
        confirm.setId(id);
        confirm.setCancelable(true);
        confirm.setCancelText(Texts.t("base.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
        return confirm;
    }
}
