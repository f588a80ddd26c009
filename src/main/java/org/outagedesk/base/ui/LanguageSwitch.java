package org.outagedesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;
import org.outagedesk.base.i18n.BundleI18NProvider;

/** A compact Spanish/English switch; the choice applies at once to the whole session. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(Consumer<Locale> remember) {
        setId("language-switch");
        setItems(BundleI18NProvider.LANGUAGES);
        setItemLabelGenerator(language -> language.getLanguage().toUpperCase(Locale.ROOT));
        setAriaLabel(getTranslation("base.language"));
        setTooltipText(getTranslation("base.language"));
        addClassName("language-switch");
        setValue(BundleI18NProvider.supported(UI.getCurrent().getLocale()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                apply(event.getValue());
                remember.accept(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }

    /** Makes the language the session's choice; later pages and UIs of the session use it. */
    public static void apply(Locale language) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(LanguageChoice.SESSION_ATTRIBUTE, language);
        session.setLocale(language);
        UI.getCurrent().setLocale(language);
    }
}
