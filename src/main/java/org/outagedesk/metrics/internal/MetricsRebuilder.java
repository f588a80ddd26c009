package org.outagedesk.metrics.internal;

import java.util.List;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the read model from the incident module: at start when it is empty but incidents exist
 * (data from before the metrics module), and when an admin asks. Review data is kept.
 */
@Component
class MetricsRebuilder {

    private static final Logger log = LoggerFactory.getLogger(MetricsRebuilder.class);

    private final IncidentService incidents;
    private final IncidentProjector projector;
    private final ReadModelWriter writer;
    private final TransactionTemplate eachIncident;

    MetricsRebuilder(IncidentService incidents, IncidentProjector projector, ReadModelWriter writer,
            PlatformTransactionManager transactions) {
        this.incidents = incidents;
        this.projector = projector;
        this.writer = writer;
        this.eachIncident = new TransactionTemplate(transactions);
        eachIncident.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void atStart() {
        try {
            if (writer.incidentCount() == 0) {
                int count = rebuild();
                if (count > 0) {
                    log.info("Metrics read model filled from {} existing incidents", count);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Metrics read model not filled at start (an admin can rebuild it): {}", e.toString());
        }
    }

    int rebuild() {
        List<Long> ids = SystemAccess.read(() -> incidents.list(null)).stream().map(IncidentSummary::id).toList();
        for (long id : ids) {
            eachIncident.executeWithoutResult(status -> projector.project(id).ifPresent(writer::write));
        }
        return ids.size();
    }
}
