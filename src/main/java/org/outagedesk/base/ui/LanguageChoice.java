package org.outagedesk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.springframework.stereotype.Component;

/**
 * Picks each new UI's language: the one chosen in this session, else the profile's, else
 * the browser's (Vaadin's default).
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
    }

    private static Locale chosenLanguage(VaadinSession session) {
        Object sessionChoice = session.getAttribute(SESSION_ATTRIBUTE);
        if (sessionChoice instanceof Locale language) {
            return language;
        }
        return SignedInUser.current().map(SignedInUser::language).orElse(null);
    }
}
