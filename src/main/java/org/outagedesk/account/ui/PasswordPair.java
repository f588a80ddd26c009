package org.outagedesk.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

/** A new password and its confirmation, telling the minimum length before the user types. */
final class PasswordPair {

    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final int minLength;

    /** A pair labelled "new password", for changing or resetting one. */
    PasswordPair(String passwordId, String confirmationId, int minLength) {
        this(passwordId, confirmationId, "account.password.new", minLength);
    }

    PasswordPair(String passwordId, String confirmationId, String labelKey, int minLength) {
        this.minLength = minLength;
        UI ui = UI.getCurrent();
        password.setId(passwordId);
        password.setLabel(ui.getTranslation(labelKey));
        password.setHelperText(ui.getTranslation("account.password.hint", minLength));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setId(confirmationId);
        confirmation.setLabel(ui.getTranslation("account.password.confirm"));
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        for (PasswordField field : fields()) {
            field.setRequiredIndicatorVisible(true);
            field.setManualValidation(true);
        }
    }

    PasswordField password() {
        return password;
    }

    PasswordField confirmation() {
        return confirmation;
    }

    PasswordField[] fields() {
        return new PasswordField[] {password, confirmation};
    }

    String value() {
        return password.getValue();
    }

    /** Checks presence, minimum length and that both match; marks the fields that fail. */
    boolean check() {
        clearErrors();
        boolean ok = FieldErrors.require(password, password.getValue(), "account.password.required");
        if (ok && password.getValue().length() < minLength) {
            FieldErrors.mark(password, "account.password.too-short", minLength);
            ok = false;
        }
        if (!FieldErrors.require(confirmation, confirmation.getValue(), "account.password.confirm-required")) {
            ok = false;
        } else if (!confirmation.getValue().equals(password.getValue())) {
            FieldErrors.mark(confirmation, "account.password.mismatch");
            ok = false;
        }
        return ok;
    }

    void clearErrors() {
        for (PasswordField field : fields()) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    void clear() {
        password.clear();
        confirmation.clear();
        clearErrors();
    }
}
