package org.outagedesk.report.internal;

import org.outagedesk.live.LiveBus;
import org.outagedesk.report.ReportConfirmedWorking;
import org.outagedesk.report.ReportStatusChanged;
import org.outagedesk.report.ReportSubmitted;
import org.outagedesk.report.ReportTopics;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** After a report change commits, tells open UIs: the triage queue and the reporter's own pages. */
@Component
class ReportLiveUpdates {

    private final LiveBus bus;

    ReportLiveUpdates(LiveBus bus) {
        this.bus = bus;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ReportSubmitted submitted) {
        bus.publish(ReportTopics.TRIAGE, submitted);
        bus.publish(ReportTopics.reporter(submitted.reporterId()), submitted);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ReportConfirmedWorking confirmed) {
        bus.publish(ReportTopics.reporter(confirmed.reporterId()), confirmed);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ReportStatusChanged changed) {
        bus.publish(ReportTopics.TRIAGE, changed);
        bus.publish(ReportTopics.reporter(changed.reporterId()), changed);
    }
}
