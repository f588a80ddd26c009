package org.outagedesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;
import org.outagedesk.base.i18n.BundleI18NProvider;

/** The Spanish/English switch of the public pages; the choice applies at once to the whole session. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(Consumer<Locale> remember) {
        setId("language-switch");
        setItems(BundleI18NProvider.LANGUAGES);
        // Each language by its own name, marked with its own lang for screen readers.
        setItemLabelGenerator(language -> getTranslation(language, "base.language.name"));
        setRenderer(new ComponentRenderer<>(language -> {
            Span name = new Span(getTranslation(language, "base.language.name"));
            name.getElement().setAttribute("lang", language.getLanguage());
            return name;
        }));
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
