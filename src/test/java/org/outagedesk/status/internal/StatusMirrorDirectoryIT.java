package org.outagedesk.status.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.notification.internal.CommunicationsFixture;
import org.outagedesk.report.ReportService;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mirror's directory (every test application writes one, see the test configuration) through 100
 * public updates posted in a row, while another thread keeps reading every file: no read is ever empty,
 * missing or a version the snapshot never made (a half-written file would be), and at the end the files
 * and the manifest are those of the latest snapshot.
 */
class StatusMirrorDirectoryIT extends LiveApplicationTest {

    private static final int CHANGES = 100;

    @Autowired JdbcTemplate jdbc;
    @Autowired ReportService reports;
    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;
    @Autowired StatusSnapshot snapshot;
    @Autowired MirrorProperties mirror;

    @Test
    void aHundredRapidChangesEndInTheLatestFilesAndAReaderNeverSeesAPartialOne() throws Exception {
        Path directory = Path.of(mirror.directory());
        Set<String> made = ConcurrentHashMap.newKeySet();
        try (AutoCloseable recording = snapshot.afterRebuild(content -> content.mirror().values()
                .forEach(file -> made.add(MirrorConsistency.unquoted(file.etag()))))) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> MirrorConsistency.matches(directory, snapshot.content().mirror()));
            snapshot.content().mirror().values().forEach(file -> made.add(MirrorConsistency.unquoted(file.etag())));

            CommunicationsFixture fixture = new CommunicationsFixture(jdbc, accounts, reports, incidents, updates);
            String reporter = newAddress("mirror-reader");
            fixture.person(reporter, "en", false);
            IncidentDetails incident = fixture.incidentReportedBy("Mirror burst " + System.nanoTime(), reporter);
            String last = null;
            try (MirrorReader reader = MirrorReader.start(directory, snapshot.content().mirror().keySet())) {
                for (int change = 1; change <= CHANGES; change++) {
                    last = "Burst update " + change + " of " + incident.reference();
                    fixture.postPublic(incident.id(), last, null, null);
                }
                String latest = last;
                await().atMost(Duration.ofSeconds(20)).until(() -> snapshot.content().html().get("en").body().length > 0
                        && new String(snapshot.content().html().get("en").body()).contains(latest)
                        && MirrorConsistency.matches(directory, snapshot.content().mirror()));
                reader.stop();
                assertThat(reader.reads()).as("reads during the burst").isGreaterThan(CHANGES);
                assertThat(reader.problems()).as("empty, missing or unreadable files seen").isEmpty();
                assertThat(made).as("every version read is one the snapshot made").containsAll(reader.seen());
            }
            assertThat(Files.readString(directory.resolve("status-en.html"))).contains(last);
            assertThat(Files.readString(directory.resolve("feed-en.atom"))).contains(last);
            assertThat(Files.readString(directory.resolve(MirrorFiles.JSON))).contains(last);
            try (var names = Files.list(directory)) {
                assertThat(names.map(path -> path.getFileName().toString())).as("no temporary file left")
                        .noneMatch(name -> name.startsWith("."));
            }
        }
    }
}
