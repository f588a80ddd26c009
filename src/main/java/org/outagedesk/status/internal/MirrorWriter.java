package org.outagedesk.status.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.outagedesk.status.MirrorTargetState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the mirror to one target on a thread of its own, so neither a rebuild nor a request ever waits
 * for a target. Only the latest files offered are kept: a burst of changes ends in one write of the last
 * content, not in a queue. A write puts the files whose ETag differs from what this target last took
 * successfully, then the manifest. When the target fails, the same latest content is tried again after
 * a back-off that doubles from {@code retryFirst} up to {@code retryMax}; nothing is lost, because what
 * is due is always the whole difference to the current snapshot.
 */
final class MirrorWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MirrorWriter.class);
    private static final int LONGEST_ERROR = 500;

    private final MirrorTarget target;
    private final Duration retryFirst;
    private final Duration retryMax;
    private final Clock clock;
    private final Thread thread;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private Map<String, Rendered> latest;
    private boolean due;
    private boolean rewriteAll;
    private boolean backingOff;
    private long retryAtNanos;
    private boolean closed;

    /** What the target holds, by name: the ETag of each file written successfully (the writer's thread only). */
    private final Map<String, String> written = new HashMap<>();
    private int failures;
    private volatile MirrorTargetState state;

    MirrorWriter(MirrorTarget target, Duration retryFirst, Duration retryMax, Clock clock) {
        this.target = target;
        this.retryFirst = retryFirst;
        this.retryMax = retryMax.compareTo(retryFirst) < 0 ? retryFirst : retryMax;
        this.clock = clock;
        this.state = MirrorTargetState.nothingYet(target.kind(), target.where());
        this.thread = Thread.ofVirtual().name("status-mirror-" + target.kind().name().toLowerCase()).start(this::run);
    }

    MirrorTargetState state() {
        return state;
    }

    /** The files of a new snapshot: written as soon as the target is not backing off. Returns at once. */
    void offer(Map<String, Rendered> files) {
        signal(files, false);
    }

    /** Writes every file again now, even unchanged ones, without waiting for the back-off. Returns at once. */
    void writeAll(Map<String, Rendered> files) {
        signal(files, true);
    }

    private void signal(Map<String, Rendered> files, boolean everything) {
        lock.lock();
        try {
            latest = files;
            due = true;
            if (everything) {
                rewriteAll = true;
                backingOff = false;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (true) {
            Map<String, Rendered> files;
            boolean everything;
            lock.lock();
            try {
                while (!closed && !(due && !backingOff)) {
                    if (backingOff) {
                        long wait = retryAtNanos - System.nanoTime();
                        if (wait <= 0) {
                            backingOff = false;
                        } else {
                            changed.awaitNanos(wait);
                        }
                    } else {
                        changed.await();
                    }
                }
                if (closed) {
                    return;
                }
                files = latest;
                everything = rewriteAll;
                due = false;
                rewriteAll = false;
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            attempt(files, everything);
        }
    }

    private void attempt(Map<String, Rendered> files, boolean everything) {
        if (everything) {
            written.clear();
        }
        try {
            int count = writeChanged(files);
            failures = 0;
            state = state.succeeded(clock.instant(), count, (int) written.keySet().stream()
                    .filter(name -> !name.equals(MirrorManifest.NAME)).count());
        } catch (Exception e) {
            failures++;
            Duration delay = backOff(failures);
            lock.lock();
            try {
                due = true;
                backingOff = true;
                retryAtNanos = System.nanoTime() + delay.toNanos();
            } finally {
                lock.unlock();
            }
            Instant now = clock.instant();
            state = state.failed(now, describe(e), now.plus(delay));
            log.warn("Status mirror not written to {} (attempt {}), next try in {}: {}", target.where(), failures,
                    delay, describe(e));
        }
    }

    /** Puts the files that changed, then the manifest if the set of files changed; returns how many files. */
    private int writeChanged(Map<String, Rendered> files) throws Exception {
        int count = 0;
        for (Map.Entry<String, Rendered> file : new TreeMap<>(files).entrySet()) {
            String etag = file.getValue().etag();
            if (!etag.equals(written.get(file.getKey()))) {
                target.put(file.getKey(), file.getValue());
                written.put(file.getKey(), etag);
                count++;
            }
        }
        String manifest = MirrorManifest.version(files);
        if (!manifest.equals(written.get(MirrorManifest.NAME))) {
            target.put(MirrorManifest.NAME, MirrorManifest.of(files, clock.instant()));
            written.put(MirrorManifest.NAME, manifest);
        }
        return count;
    }

    /** {@code retryFirst} doubled for each failure after the first, at most {@code retryMax}. */
    Duration backOff(int failuresInARow) {
        Duration delay = retryFirst;
        for (int i = 1; i < failuresInARow && delay.compareTo(retryMax) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(retryMax) > 0 ? retryMax : delay;
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return message.length() > LONGEST_ERROR ? message.substring(0, LONGEST_ERROR) + "…" : message;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            if (!thread.join(Duration.ofSeconds(2))) {
                thread.interrupt(); // a write that hangs on the target: the next start writes everything anyway
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        target.close();
    }
}
