package org.outagedesk.runbook.internal;

import org.outagedesk.incident.IncidentOpened;
import org.outagedesk.runbook.RunbookService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts the checklist of a new incident once the incident is committed, as the person who
 * opened it (same thread, own transaction), so the run is there when the incident page opens.
 */
@Component
class RunbookStarter {

    private final RunbookService runbooks;

    RunbookStarter(RunbookService runbooks) {
        this.runbooks = runbooks;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(IncidentOpened opened) {
        if (runbooks.run(opened.incidentId()).isEmpty()) {
            runbooks.start(opened.incidentId(), null);
        }
    }
}
