package org.outagedesk.status.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.notification.internal.CommunicationsFixture;
import org.outagedesk.report.ReportService;
import org.outagedesk.status.MirrorTargetState;
import org.outagedesk.status.StatusMirror;
import org.outagedesk.testsupport.S3CompatibleServer;
import org.outagedesk.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The status mirror's S3-compatible bucket, against a real S3-compatible server (s3proxy) that is not
 * running when the application starts: the portal keeps serving, the admin state shows the error and the
 * next retry, and once the server is up the latest files arrive with the page's content types and
 * Cache-Control; stopped again and restarted, the server gets the changes made meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class StatusMirrorS3IT {

    private static final String BUCKET = "status-mirror";
    private static final String PREFIX = "public/status/";
    private static final S3CompatibleServer S3 = new S3CompatibleServer();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService accounts;
    @Autowired ReportService reports;
    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;
    @Autowired StatusSnapshot snapshot;
    @Autowired StatusMirror mirror;

    @DynamicPropertySource
    static void bucket(DynamicPropertyRegistry registry) {
        StatusHttp.separateDatabase(registry);
        registry.add("outagedesk.status.mirror.s3.endpoint", S3::endpoint);
        registry.add("outagedesk.status.mirror.s3.region", () -> S3CompatibleServer.REGION);
        registry.add("outagedesk.status.mirror.s3.bucket", () -> BUCKET);
        registry.add("outagedesk.status.mirror.s3.prefix", () -> "/" + PREFIX);
        registry.add("outagedesk.status.mirror.s3.access-key", () -> S3CompatibleServer.ACCESS_KEY);
        registry.add("outagedesk.status.mirror.s3.secret-key", () -> S3CompatibleServer.SECRET_KEY);
        registry.add("outagedesk.status.mirror.s3.path-style", () -> "true");
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        S3.close();
    }

    @Test
    void anUnreachableBucketLeavesThePortalServingAndGetsTheLatestFilesOnceItIsBack() throws Exception {
        CommunicationsFixture fixture = new CommunicationsFixture(jdbc, accounts, reports, incidents, updates);
        String reporter = "s3-reader-" + System.nanoTime() + "@demo.local";
        fixture.person(reporter, "en", false);
        IncidentDetails incident = fixture.incidentReportedBy("Bucket mirror " + System.nanoTime(), reporter);

        await().atMost(Duration.ofSeconds(20)).until(() -> bucket().failing());
        assertThat(bucket().lastError()).contains("Unable to execute HTTP request");
        assertThat(bucket().nextRetryAt()).isAfterOrEqualTo(bucket().lastErrorAt());
        assertThat(bucket().lastSuccessAt()).isNull();
        assertThat(page()).contains(incident.reference());

        S3.start();
        try (S3Client client = S3.client()) {
            client.createBucket(request -> request.bucket(BUCKET));
            String first = "Written while the bucket was away " + System.nanoTime();
            fixture.postPublic(incident.id(), first, null, null);
            awaitLatestIn(client, first);
            assertThat(bucket().failing()).isFalse();
            assertThat(bucket().lastSuccessAt()).isNotNull();
            assertTypesAndCaching(client);

            S3.stop();
            String second = "Posted while the bucket is down " + System.nanoTime();
            fixture.postPublic(incident.id(), second, null, null);
            await().atMost(Duration.ofSeconds(20)).until(() -> bucket().failing());
            assertThat(page()).contains(second);

            S3.start();
            awaitLatestIn(client, second);
            await().atMost(Duration.ofSeconds(5)).until(() -> !bucket().failing());
        }
    }

    private void awaitLatestIn(S3Client client, String text) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Map<String, Rendered> latest = snapshot.content().mirror();
            return new String(latest.get("status-en.html").body()).contains(text)
                    && MirrorConsistency.matches(name -> read(client, name), latest);
        });
        assertThat(new String(read(client, "status-en.html"))).contains(text);
        assertThat(new String(read(client, "feed-en.atom"))).contains(text);
    }

    private void assertTypesAndCaching(S3Client client) {
        Map<String, String> types = Map.of("index.html", "text/html", "status-es.html", "text/html",
                "feed-es.atom", "application/atom+xml", "status.json", "application/json",
                "badge-es-all.svg", "image/svg+xml", "embed-en.html", "text/html", MirrorManifest.NAME,
                "application/json");
        types.forEach((name, type) -> {
            HeadObjectResponse head = client.headObject(request -> request.bucket(BUCKET).key(PREFIX + name));
            assertThat(head.contentType()).as(name).startsWith(type);
            assertThat(head.cacheControl()).as(name)
                    .isEqualTo(name.equals(MirrorManifest.NAME) ? "no-cache" : "max-age=15, must-revalidate, public");
        });
    }

    private static byte[] read(S3Client client, String name) {
        try {
            ResponseBytes<GetObjectResponse> object = client.getObjectAsBytes(request -> request.bucket(BUCKET)
                    .key(PREFIX + name));
            return object.asByteArray();
        } catch (NoSuchKeyException e) {
            return null;
        }
    }

    private MirrorTargetState bucket() {
        return SignedIn.as(accounts, "admin@demo.local", () -> mirror.targets()).stream()
                .filter(target -> target.kind() == MirrorTargetState.Kind.S3).findFirst().orElseThrow();
    }

    private String page() throws IOException, InterruptedException {
        HttpResponse<String> page = StatusHttp.get("http://localhost:" + port + "/status?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }
}
