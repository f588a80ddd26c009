package org.outagedesk.runbook.internal;

import org.outagedesk.live.LiveBus;
import org.outagedesk.runbook.RunbookChanged;
import org.outagedesk.runbook.RunbookTopics;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** After commit, tells every open checklist of the incident that it changed; they re-read it. */
@Component
class RunbookLiveFanOut {

    private final LiveBus bus;

    RunbookLiveFanOut(LiveBus bus) {
        this.bus = bus;
    }

    @TransactionalEventListener
    void on(RunbookChanged event) {
        bus.publish(RunbookTopics.run(event.incidentId()), event);
    }
}
