package org.outagedesk.metrics.internal;

import org.outagedesk.incident.IncidentChanged;
import org.outagedesk.incident.IncidentEvent;
import org.outagedesk.incident.IncidentMerged;
import org.outagedesk.incident.ReportsTriaged;
import org.outagedesk.review.ActionItemChanged;
import org.outagedesk.review.ReviewFinalised;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the read model up to date: after an incident change commits, the incident is read again
 * and its row replaced; review events carry all they need. The work runs on one background
 * thread, in order, so a person's action neither waits for it nor holds a second connection;
 * several changes of one incident in a row make one refresh. A failure is logged and never
 * fails the person's action (an admin's rebuild puts the read model right).
 */
@Component
class MetricsFollower implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MetricsFollower.class);

    private final IncidentProjector projector;
    private final ReadModelWriter writer;

    private final TransactionTemplate ownTransaction;
    private final Set<Long> pendingIncidents = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("metrics-read-model").factory());

    MetricsFollower(IncidentProjector projector, ReadModelWriter writer, PlatformTransactionManager transactions) {
        this.projector = projector;
        this.writer = writer;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(IncidentEvent event) {
        if (IncidentChanged.checklistStep(event)) {
            return; // a checklist line on the timeline moves no metric
        }
        refresh(event.incidentId());
        if (event instanceof IncidentMerged merged) {
            refresh(merged.survivorId());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReportsTriaged triaged) {
        if (triaged.incidentId() != null) {
            refresh(triaged.incidentId());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReviewFinalised review) {
        worker.execute(() -> guarded(review.incidentId(), () -> writer.write(review)));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ActionItemChanged item) {
        worker.execute(() -> guarded(item.incidentId(), () -> writer.write(item)));
    }

    private void refresh(long incidentId) {
        if (pendingIncidents.add(incidentId)) {
            worker.execute(() -> {
                pendingIncidents.remove(incidentId);
                guarded(incidentId, () -> projector.project(incidentId).ifPresent(writer::write));
            });
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    /** Runs in its own transaction (the incident's has committed); a failure rolls back only this. */
    private void guarded(long incidentId, Runnable work) {
        try {
            ownTransaction.executeWithoutResult(status -> work.run());
        } catch (RuntimeException e) {
            log.warn("Metrics of incident {} not updated: {}", incidentId, e.toString());
        }
    }
}
