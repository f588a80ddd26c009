package org.outagedesk.status.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagedesk.status.MirrorTargetState;

/** One target's writer on a real directory: bursts end in the latest files, failures are retried with back-off. */
class MirrorWriterTest {

    @TempDir
    Path root;

    @Test
    void aBurstOfOffersEndsWithTheLatestFilesAndAManifestThatMatchesThem() throws IOException {
        Path directory = root.resolve("mirror");
        try (MirrorWriter writer = writer(directory)) {
            Map<String, Rendered> files = Map.of();
            for (int version = 1; version <= 100; version++) {
                files = version(version);
                writer.offer(files);
            }
            Map<String, Rendered> last = files;
            await().atMost(Duration.ofSeconds(5)).until(() -> MirrorConsistency.matches(directory, last));
            assertThat(Files.readString(directory.resolve("status-en.html"))).contains("version 100");
            assertThat(writer.state().lastSuccessAt()).isNotNull();
            assertThat(writer.state().filesHeld()).isEqualTo(3);
            assertThat(writer.state().failing()).isFalse();
        }
        try (var leftovers = Files.list(directory)) {
            assertThat(leftovers.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("index.html", "status-en.html", "status.json", MirrorManifest.NAME);
        }
    }

    @Test
    void onlyChangedFilesAreWrittenAgain() {
        Path directory = root.resolve("mirror");
        try (MirrorWriter writer = writer(directory)) {
            Map<String, Rendered> first = version(1);
            writer.offer(first);
            await().atMost(Duration.ofSeconds(5)).until(() -> MirrorConsistency.matches(directory, first));
            Map<String, Rendered> second = new HashMap<>(first);
            second.put("status.json", Rendered.of("{\"v\":2}", "application/json", Instant.now()));
            writer.offer(second);
            await().atMost(Duration.ofSeconds(5)).until(() -> MirrorConsistency.matches(directory, second));
            assertThat(writer.state().filesWritten()).isEqualTo(1);
        }
    }

    @Test
    void aFailingTargetIsRetriedWithBackOffAndGetsTheLatestFilesWhenItIsBack() throws IOException {
        Path directory = root.resolve("not-yet");
        Files.writeString(directory, "a file where the directory should be");
        try (MirrorWriter writer = writer(directory)) {
            writer.offer(version(1));
            await().atMost(Duration.ofSeconds(5)).until(() -> writer.state().failing());
            MirrorTargetState failing = writer.state();
            assertThat(failing.lastError()).isNotBlank();
            assertThat(failing.nextRetryAt()).isAfterOrEqualTo(failing.lastErrorAt());
            assertThat(failing.lastSuccessAt()).isNull();

            Map<String, Rendered> latest = version(2);
            writer.offer(latest);
            Files.delete(directory);
            await().atMost(Duration.ofSeconds(5)).until(() -> MirrorConsistency.matches(directory, latest));
            await().atMost(Duration.ofSeconds(2)).until(() -> !writer.state().failing());
            assertThat(writer.state().lastSuccessAt()).isNotNull();
            assertThat(writer.state().lastError()).as("the last error stays for the record").isNotBlank();
        }
    }

    @Test
    void theBackOffDoublesUpToItsLongest() {
        try (MirrorWriter writer = new MirrorWriter(new DirectoryMirrorTarget(root), Duration.ofSeconds(5),
                Duration.ofMinutes(5), Clock.systemUTC())) {
            assertThat(writer.backOff(1)).isEqualTo(Duration.ofSeconds(5));
            assertThat(writer.backOff(2)).isEqualTo(Duration.ofSeconds(10));
            assertThat(writer.backOff(4)).isEqualTo(Duration.ofSeconds(40));
            assertThat(writer.backOff(7)).isEqualTo(Duration.ofMinutes(5));
            assertThat(writer.backOff(1000)).isEqualTo(Duration.ofMinutes(5));
        }
    }

    private static MirrorWriter writer(Path directory) {
        return new MirrorWriter(new DirectoryMirrorTarget(directory), Duration.ofMillis(100), Duration.ofMillis(400),
                Clock.systemUTC());
    }

    private static Map<String, Rendered> version(int version) {
        Instant now = Instant.now();
        Rendered page = Rendered.of("<!doctype html><html><body>version " + version + "</body></html>",
                "text/html;charset=utf-8", now);
        return Map.of("index.html", page, "status-en.html", page,
                "status.json", Rendered.of("{\"version\":" + version + "}", "application/json", now));
    }
}
