package org.outagedesk.account.ui;

import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.outagedesk.account.AccountException;
import org.outagedesk.base.ui.Texts;

/**
 * Puts a form's error messages next to the fields they concern: client-side checks and
 * service refusals alike. A refusal whose key no field claims becomes an error notification.
 */
final class FieldErrors {

    private final Map<String, HasValidationProperties> fieldsByKeyPrefix = new LinkedHashMap<>();

    /** Refusals whose message key starts with the prefix are shown at the field. */
    FieldErrors on(String keyPrefix, HasValidationProperties field) {
        fieldsByKeyPrefix.put(keyPrefix, field);
        return this;
    }

    void clear() {
        fieldsByKeyPrefix.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Marks the field invalid with a translated message. */
    static void mark(HasValidationProperties field, String key, Object... arguments) {
        field.setErrorMessage(Texts.t(key, arguments));
        field.setInvalid(true);
    }

    /** Marks the field when its text is blank; true when it has text. */
    static boolean require(HasValidationProperties field, String value, String key) {
        if (value == null || value.isBlank()) {
            mark(field, key);
            return false;
        }
        return true;
    }

    /** The value of an optional text field: trimmed, or null when left empty. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Shows a failure at its field, or as a notification. */
    void show(Exception failure) {
        if (failure instanceof AccountException refusal) {
            for (var entry : fieldsByKeyPrefix.entrySet()) {
                if (refusal.messageKey().startsWith(entry.getKey())) {
                    mark(entry.getValue(), refusal.messageKey(), refusal.arguments());
                    return;
                }
            }
        }
        AccountFeedback.error(failure);
    }
}
