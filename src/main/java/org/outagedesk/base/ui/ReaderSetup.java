package org.outagedesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.time.ZoneId;
import org.outagedesk.base.OrganisationProperties;
import org.outagedesk.base.ReaderPreferences;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.springframework.stereotype.Component;

/**
 * Settles a signed-in person's clock once per session: the zone of their profile; when the profile
 * has none yet, the organisation's zone (when configured) or their browser's, which is then kept in
 * the profile together with the language they read, so that mail written to them later reads the
 * same as their pages.
 */
@Component
class ReaderSetup implements VaadinServiceInitListener {

    private static final String SETTLED = "outagedesk.reader-settled";

    private final ReaderPreferences preferences;
    private final OrganisationProperties organisation;

    ReaderSetup(ReaderPreferences preferences, OrganisationProperties organisation) {
        this.preferences = preferences;
        this.organisation = organisation;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> settle(uiEvent.getUI()));
    }

    private void settle(UI ui) {
        VaadinSession session = ui.getSession();
        if (session.getAttribute(SETTLED) != null) {
            return;
        }
        SignedInUser.current().ifPresent(user -> {
            ZoneId zone = user.zone();
            if (zone == null || user.language() == null) {
                ZoneId first = zone != null ? zone
                        : organisation.timeZone() != null ? organisation.timeZone() : BrowserTime.browserZone(ui);
                zone = preferences.firstSeen(user.accountId(), BundleI18NProvider.supported(ui.getLocale()), first);
            }
            if (zone != null) {
                session.setAttribute(BrowserTime.SESSION_ATTRIBUTE, zone);
            }
            // Settled even without a zone (none configured, none from the browser): asked once a session.
            session.setAttribute(SETTLED, Boolean.TRUE);
        });
    }
}
