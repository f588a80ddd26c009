package org.outagedesk.base.ui;

import com.vaadin.flow.component.UI;

/** The words of the current screen: a message key with its arguments, in the person's language. */
public final class Texts {

    private Texts() {}

    /** The translation of {@code key} with {@code arguments} in the current UI's language. */
    public static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
