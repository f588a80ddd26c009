package org.outagedesk.status.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.outagedesk.base.OrganisationProperties;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The status page and feed are read by people whose zone is unknown: they name the zone of their times. */
class StatusTimeZoneIT extends LiveApplicationTest {

    @Autowired OrganisationProperties organisation;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pageAndFeedNameTheOrganisationsZoneAndItsOffset() throws Exception {
        ZoneId zone = organisation.zoneForUnknownReaders();
        assertThat(zone).as("configured for the tests").isEqualTo(ZoneId.of("America/New_York"));
        String offset = DateTimeFormatter.ofPattern("xxx").format(Instant.now().atZone(zone));

        assertThat(get("/status?lang=en")).contains("All times " + zone.getId() + " (UTC" + offset + ")");
        assertThat(get("/status?lang=es")).contains("Todas las horas en " + zone.getId() + " (UTC" + offset + ")");
        assertThat(get("/status/feed.atom?lang=en"))
                .contains("<subtitle>All times " + zone.getId() + " (UTC" + offset + ")</subtitle>");
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
