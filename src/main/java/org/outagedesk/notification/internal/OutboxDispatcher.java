package org.outagedesk.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.outagedesk.notification.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends due outbox rows in small batches, the e-mails of a run through one SMTP session: claims each row (a lease of
 * {@code claim-timeout}), records that sending starts, sends, then marks it SENT (or RETRYING
 * with exponential back-off, FAILED after the last attempt) on the claimed version. Runs every
 * half second and right after an update commits.
 *
 * <p>Delivery guarantee (docs/delivery.md): a row is never sent by two dispatchers at once, and
 * a stop lets the row in flight finish and gives unsent claims back, so restarts send every
 * message exactly once. Only a hard crash in the milliseconds between the server accepting a
 * message and the SENT update committing can repeat it: the lease expires, the row is marked
 * interrupted, and the resend carries the same Message-ID (and a header saying it may repeat).
 */
@Component
class OutboxDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** Longest wait at shutdown for the message in flight (longer than the mail timeouts). */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Outbox outbox;
    private final EmailChannel email;
    private final WebhookChannel webhook;
    private final CommunicationProperties properties;
    private final DeliveryProgress progress;
    private final Clock clock;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService waker = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());

    OutboxDispatcher(Outbox outbox, EmailChannel email, WebhookChannel webhook, CommunicationProperties properties,
            DeliveryProgress progress, Clock clock) {
        this.outbox = outbox;
        this.progress = progress;
        this.email = email;
        this.webhook = webhook;
        this.properties = properties;
        this.clock = clock;
    }

    /** Dispatches soon, on another thread (after an update committed). */
    void wake() {
        if (running.get()) {
            waker.execute(this::dispatch);
        }
    }

    /** Dispatches once the current transaction commits (at once without one). */
    void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    @Scheduled(fixedDelayString = "${outagedesk.notifications.dispatch-interval-ms:500}")
    void dispatch() {
        if (!running.get() || !busy.compareAndSet(false, true)) {
            return;
        }
        try (EmailChannel.Connection mail = email.connection()) {
            var batch = outbox.claimDue(properties.batchSize(), properties.claimTimeout());
            while (!batch.isEmpty()) {
                for (Outbox.Claimed row : batch) {
                    if (running.get()) {
                        deliver(row, mail);
                    } else {
                        outbox.release(row);
                    }
                }
                if (!running.get()) {
                    break;
                }
                batch = outbox.claimDue(properties.batchSize(), properties.claimTimeout());
            }
        } catch (RuntimeException e) {
            log.warn("Outbox dispatch interrupted: {}", e.getMessage());
        } finally {
            busy.set(false);
        }
    }

    private void deliver(Outbox.Claimed claimed, EmailChannel.Connection mail) {
        Outbox.Claimed row = outbox.starting(claimed);
        if (row == null) {
            return; // the lease ran out before sending began; whoever holds it now sends it
        }
        if (row.interrupted()) {
            log.warn("Outbox message {} to {} is sent again after an attempt that was interrupted mid-send;"
                    + " it keeps its Message-ID", row.id(), row.recipient());
        }
        try {
            if (row.channel() == Channel.EMAIL) {
                email.send(row, mail);
            } else {
                webhook.send(row);
            }
            if (!outbox.sent(row)) {
                log.warn("Outbox message {} was sent but its claim had expired", row.id());
            }
        } catch (DeliveryException e) {
            int attempts = row.attempts() + 1;
            boolean giveUp = e.permanent() || attempts >= properties.maxAttempts();
            outbox.failed(row, e.getMessage(), clock.instant().plus(properties.backoff(attempts)), giveUp);
            log.info("Outbox message {} ({} to {}) failed, attempt {}: {}", row.id(), row.channel(), row.recipient(),
                    attempts, e.getMessage());
        } finally {
            progress.changed(row.incidentId());
        }
    }

    /** Stops sending (tests simulate an application stop with it). */
    void stop() {
        running.set(false);
    }

    void start() {
        running.set(true);
    }

    /** Stops: the row being sent finishes and is recorded, claimed rows not yet sent are given back. */
    @Override
    public void destroy() throws InterruptedException {
        running.set(false);
        waker.shutdown();
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (busy.get() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (busy.get()) {
            log.warn("Outbox dispatcher still sending after {}; its claims expire after the claim timeout", STOP_WAIT);
        }
        waker.shutdownNow();
    }
}
