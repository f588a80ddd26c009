package org.outagedesk.status.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reader of the mirror's directory on its own thread, as a web server would read it: every file,
 * again and again, noting what it could not read whole and which versions (ETags) it saw.
 */
final class MirrorReader implements AutoCloseable {

    private final Path directory;
    private final Set<String> names;
    private final AtomicInteger reads = new AtomicInteger();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    /** One round after another, a millisecond apart so the services keep a core: a round takes far less than a write. */
    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor();

    private MirrorReader(Path directory, Set<String> names) {
        this.directory = directory;
        this.names = Set.copyOf(names);
        rounds.scheduleWithFixedDelay(this::readAll, 0, 1, TimeUnit.MILLISECONDS);
    }

    static MirrorReader start(Path directory, Set<String> names) {
        return new MirrorReader(directory, names);
    }

    private void readAll() {
        for (String name : names) {
            read(name);
        }
        read(MirrorManifest.NAME);
    }

    private void read(String name) {
        try {
            byte[] body = Files.readAllBytes(directory.resolve(name));
            reads.incrementAndGet();
            if (body.length == 0) {
                problems.add(name + " was empty");
            } else if (name.equals(MirrorManifest.NAME)) {
                String manifest = new String(body, java.nio.charset.StandardCharsets.UTF_8);
                if (!manifest.startsWith("{\"generatedAt\":") || !manifest.endsWith("}}\n")) {
                    problems.add("the manifest was cut: " + manifest);
                }
            } else {
                seen.add(MirrorConsistency.etag(body));
            }
        } catch (IOException e) {
            problems.add(name + ": " + e);
        }
    }

    void stop() throws InterruptedException {
        rounds.shutdown();
        rounds.awaitTermination(10, TimeUnit.SECONDS);
    }

    int reads() {
        return reads.get();
    }

    List<String> problems() {
        return problems;
    }

    Set<String> seen() {
        return seen;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
