package org.outagedesk.status.internal;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Status page settings under {@code outagedesk.status.*}.
 *
 * @param visibility {@code public} (anyone, no login) or {@code authenticated} (signed-in people only)
 * @param zone time zone the page shows times in
 * @param maxAge how long browsers and proxies may reuse a copy ({@code Cache-Control: max-age})
 * @param resolvedDays how many days resolved incidents stay on the page
 * @param defaultLanguage language when neither {@code ?lang=} nor {@code Accept-Language} chooses one
 */
@ConfigurationProperties("outagedesk.status")
record StatusProperties(
        @DefaultValue("public") String visibility,
        @DefaultValue("Europe/Madrid") ZoneId zone,
        @DefaultValue("15s") Duration maxAge,
        @DefaultValue("30") int resolvedDays,
        @DefaultValue("es") String defaultLanguage) {

    boolean isPublic() {
        return !"authenticated".equalsIgnoreCase(visibility);
    }
}
