package org.outagedesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.outagedesk.base.ReaderTime;
import org.outagedesk.base.SignedInUser;

/**
 * Instants as the person reads them, in the UI's language and the reader's zone: the one of their
 * profile (kept in the session by {@link ReaderSetup}), else their browser's, else UTC.
 */
public final class BrowserTime {

    static final String SESSION_ATTRIBUTE = "outagedesk.zone";

    private BrowserTime() {}

    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof ZoneId chosen) {
            return chosen;
        }
        ZoneId profile = SignedInUser.current().map(SignedInUser::zone).orElse(null);
        if (profile != null) {
            return profile;
        }
        ZoneId browser = browserZone(UI.getCurrent());
        return browser != null ? browser : ZoneOffset.UTC;
    }

    /** The zone the browser reported, or {@code null} when it has not. */
    static ZoneId browserZone(UI ui) {
        try {
            ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
            String id = details == null ? null : details.getTimeZoneId();
            return id == null || id.isBlank() ? null : ZoneId.of(id);
        } catch (DateTimeException | IllegalStateException e) {
            return null;
        }
    }

    /** Uses this zone for the rest of the session (after the person chose it in the profile). */
    public static void use(ZoneId zone) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_ATTRIBUTE, zone);
        }
    }

    /** Medium date, short time; "—" for none. */
    public static String format(Instant instant) {
        if (instant == null) {
            return "—";
        }
        return ReaderTime.format(instant, UI.getCurrent().getLocale(), zone());
    }
}
