package org.outagedesk.notification.internal;

import java.time.Clock;
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
 * Sends due outbox rows in small batches: claims each row, sends it, then marks it SENT (or
 * RETRYING with exponential back-off, FAILED after the last attempt) on the claimed version.
 * A crash between sending and marking leaves the claim to expire; the retry carries the same
 * Message-ID, so receivers recognise it. Runs every half second and right after an update commits.
 */
@Component
class OutboxDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final Outbox outbox;
    private final EmailChannel email;
    private final WebhookChannel webhook;
    private final CommunicationProperties properties;
    private final Clock clock;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService waker = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());

    OutboxDispatcher(Outbox outbox, EmailChannel email, WebhookChannel webhook, CommunicationProperties properties,
            Clock clock) {
        this.outbox = outbox;
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
        try {
            var batch = outbox.claimDue(properties.batchSize(), properties.claimTimeout());
            while (!batch.isEmpty() && running.get()) {
                batch.forEach(this::deliver);
                batch = outbox.claimDue(properties.batchSize(), properties.claimTimeout());
            }
        } catch (RuntimeException e) {
            log.warn("Outbox dispatch interrupted: {}", e.getMessage());
        } finally {
            busy.set(false);
        }
    }

    private void deliver(Outbox.Claimed row) {
        try {
            if (row.channel() == Channel.EMAIL) {
                email.send(row);
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
        }
    }

    /** Stops sending (tests simulate an application stop with it). */
    void stop() {
        running.set(false);
    }

    void start() {
        running.set(true);
    }

    @Override
    public void destroy() {
        running.set(false);
        waker.shutdownNow();
    }
}
