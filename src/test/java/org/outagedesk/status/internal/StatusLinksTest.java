package org.outagedesk.status.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.outagedesk.base.OrganisationProperties;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.PublicIncident;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.incident.UpdateKind;

/**
 * Every link of the status page and the Atom feed starts with the configured public address; the
 * mirror's copies link only to the mirror's own files.
 */
class StatusLinksTest {

    private static final String CONFIGURED = "https://status.example.org/portal/";
    private static final String BASE = "https://status.example.org/portal";
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private final StatusRenderer renderer = new StatusRenderer(new BundleI18NProvider(),
            new StatusProperties(StatusProperties.Visibility.PUBLIC, List.of(), ZoneId.of("Europe/Madrid"),
                    Duration.ofSeconds(15), 14, "es", Duration.ofHours(72), 12), new OrganisationProperties(null));

    private static List<PublicIncident> incidents() {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        StatusUpdate update = new StatusUpdate(7, 3, "INC-3", "Outbound mail delayed", UpdateKind.UPDATE,
                UpdateAudience.PUBLIC, PublicStatus.IDENTIFIED, "The relay is restarting.", null, null, null, null,
                now, 1, "IT");
        return List.of(new PublicIncident(3, "INC-3", "Outbound mail delayed", EnumSet.of(MailService.OUTBOUND_SMTP),
                PublicStatus.IDENTIFIED, null, true, now.minusSeconds(600), null, List.of(update), null));
    }

    private static StatusView view() {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        return new StatusView(now, incidents(), List.of(), List.of(), UptimeHistory.compute(90, now,
                ZoneId.of("Europe/Madrid"), incidents(), List.of(), List.of(), java.util.Map.of()),
                Duration.ofHours(72));
    }

    private static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher matcher = HREF.matcher(text);
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }

    @Test
    void theConfiguredAddressLosesItsTrailingSlash() {
        assertThat(StatusSnapshot.publicBase(" " + CONFIGURED + " ")).isEqualTo(BASE);
    }

    @Test
    void theFeedLinksToThePublicAddressInItsLanguage() {
        String feed = renderer.atom(view(), BundleI18NProvider.ENGLISH, StatusLinks.portal(BASE));

        assertThat(links(feed)).isNotEmpty().allSatisfy(link -> assertThat(link).startsWith(BASE + "/status"));
        assertThat(feed).contains("rel=\"self\" type=\"application/atom+xml\" href=\"" + BASE
                + "/status/feed.atom?lang=en\"", "href=\"" + BASE + "/status?lang=en#INC-3\"");
    }

    @Test
    void everyLinkOfThePageStartsWithThePublicAddress() {
        String page = renderer.html(view(), BundleI18NProvider.SPANISH, StatusLinks.portal(BASE));

        assertThat(links(page)).hasSize(6).allSatisfy(link -> assertThat(link).startsWith(BASE + "/"));
        assertThat(links(page)).contains(BASE + "/status/feed.atom?lang=es", BASE + "/status?lang=en",
                BASE + "/api/v1/status", BASE + "/status/history?lang=es");
    }

    @Test
    void theMirrorsPageAndFeedLinkOnlyToTheMirrorsFiles() {
        String page = renderer.html(view(), BundleI18NProvider.SPANISH, StatusLinks.mirror(""));
        String feed = renderer.atom(view(), BundleI18NProvider.ENGLISH, StatusLinks.mirror(""));

        assertThat(links(page)).isNotEmpty().allSatisfy(link -> assertThat(link).doesNotContain("/", ":"));
        assertThat(links(page)).contains("feed-es.atom", "status-en.html", "status.json", "history-es.html");
        assertThat(links(feed)).isNotEmpty().allSatisfy(link -> assertThat(link).doesNotContain("/", ":"));
        assertThat(feed).contains("href=\"status-en.html#INC-3\"");
    }
}
