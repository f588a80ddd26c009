package org.outagedesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.springframework.stereotype.Component;

/**
 * Picks each new UI's language: the one chosen in this session, else the profile's, else the
 * browser's. The page itself declares the same language ({@code <html lang>}), so screen readers
 * speak it with the right voice; Vaadin would otherwise write the first provided language into
 * every page. A change of language reloads the page, so the declaration never goes stale.
 */
@Component
class LanguageChoice implements VaadinServiceInitListener {

    static final String SESSION_ATTRIBUTE = "outagedesk.language";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            Locale chosen = chosenLanguage(uiEvent.getUI().getSession());
            if (chosen != null) {
                uiEvent.getUI().setLocale(chosen);
            } else {
                uiEvent.getUI().setLocale(BundleI18NProvider.supported(uiEvent.getUI().getLocale()));
            }
        });
        event.addIndexHtmlRequestListener(LanguageChoice::declareLanguage);
    }

    private static void declareLanguage(IndexHtmlResponse page) {
        Locale language = page.getUI().map(UI::getLocale)
                .orElseGet(() -> pageLanguage(page.getVaadinRequest()));
        page.getDocument().getElementsByTag("html").attr("lang", language.getLanguage());
    }

    /** The language a page requested now will be shown in, before its UI exists. */
    static Locale pageLanguage(VaadinRequest request) {
        VaadinSession session = VaadinSession.getCurrent();
        Locale chosen = session == null ? null : chosenLanguage(session);
        return chosen != null ? chosen : browserLanguage(request);
    }

    /** Like Vaadin's choice: the first language of the browser's list that the portal speaks, else Spanish. */
    private static Locale browserLanguage(VaadinRequest request) {
        if (request instanceof HttpServletRequest http) {
            for (Locale wanted : Collections.list(http.getLocales())) {
                for (Locale spoken : BundleI18NProvider.LANGUAGES) {
                    if (spoken.getLanguage().equals(wanted.getLanguage())) {
                        return spoken;
                    }
                }
            }
        }
        return BundleI18NProvider.LANGUAGES.getFirst();
    }

    private static Locale chosenLanguage(VaadinSession session) {
        Object sessionChoice = session.getAttribute(SESSION_ATTRIBUTE);
        if (sessionChoice instanceof Locale language) {
            return language;
        }
        return SignedInUser.current().map(SignedInUser::language).orElse(null);
    }
}
