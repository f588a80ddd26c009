package org.outagedesk.status.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Status page settings under {@code outagedesk.status.*}.
 *
 * @param visibility who may read the page and feeds: {@code public} (anyone, no login, no session),
 *        {@code authenticated} (a sign-in session or a personal API token) or {@code internal}
 *        (no login, only from {@code internal-networks})
 * @param internalNetworks client address ranges (CIDR) that count as internal, for {@code internal}
 * @param zone time zone the page and feed show times in, named on them; when not set, the organisation's
 *        ({@code outagedesk.organisation.time-zone}), else the server's
 * @param maxAge how long browsers and proxies may reuse a copy ({@code Cache-Control: max-age})
 * @param resolvedDays how many days resolved incidents stay on the page
 * @param defaultLanguage language when neither {@code ?lang=} nor {@code Accept-Language} chooses one
 * @param maintenanceNotice how long before it starts a maintenance window shows on the page and the banner
 * @param historyMonths how many months of resolved incidents the history page lists
 */
@ConfigurationProperties("outagedesk.status")
record StatusProperties(
        @DefaultValue("public") Visibility visibility,
        @DefaultValue({"127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"})
        List<String> internalNetworks,
        ZoneId zone,
        @DefaultValue("15s") Duration maxAge,
        @DefaultValue("14") int resolvedDays,
        @DefaultValue("es") String defaultLanguage,
        @DefaultValue("72h") Duration maintenanceNotice,
        @DefaultValue("12") int historyMonths) {

    /** Who may read the status page. */
    enum Visibility {
        /** Anyone; stateless, no session. */
        PUBLIC,
        /** Signed-in people: an existing sign-in session (never created here) or a personal API token. */
        AUTHENTICATED,
        /** Anyone on the internal networks, without login; stateless, no session. */
        INTERNAL;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether shared caches (proxies) may keep a copy: only when anyone may read it. */
    boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }
}
