package org.outagedesk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.ui.LiveSubscription;
import org.outagedesk.report.KnownOutage;
import org.outagedesk.report.KnownOutages;
import org.outagedesk.report.ReportStatus;
import org.outagedesk.report.ReportStatusChanged;
import org.outagedesk.report.ReportTopics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells reporters, in every page they have open, when IT links, declines, resolves or marks
 * one of their reports duplicate: a notification in their language. Stands in until the
 * notification centre exists; it needs no change to the main layout.
 */
@Component
class ReportStatusNotifier implements VaadinServiceInitListener {

    private final LiveBus bus;
    private final ObjectProvider<KnownOutages> knownOutages;

    ReportStatusNotifier(LiveBus bus, ObjectProvider<KnownOutages> knownOutages) {
        this.bus = bus;
        this.knownOutages = knownOutages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            SignedInUser.current().ifPresent(user -> watch(init.getUI(), user.accountId()));
        });
    }

    /** Shows the person's report status changes in this UI until it closes. */
    void watch(UI ui, long accountId) {
        LiveSubscription.bindEach(ui, bus, ReportTopics.reporter(accountId), payload -> {
            if (payload instanceof ReportStatusChanged changed) {
                tell(ui, changed, incident(changed));
            }
        });
    }

    private KnownOutage incident(ReportStatusChanged changed) {
        KnownOutages known = knownOutages.getIfAvailable();
        if (changed.incidentId() == null || changed.status() != ReportStatus.LINKED || known == null) {
            return null;
        }
        try {
            return known.byIds(List.of(changed.incidentId())).get(changed.incidentId());
        } catch (RuntimeException e) {
            return null; // the notice then says "linked to an incident" without its reference
        }
    }

    private static void tell(UI ui, ReportStatusChanged changed, KnownOutage incident) {
        String status = ReportTexts.status(ui, changed.status(), incident);
        Notification notification = Notification.show(ui.getTranslation("report.mine.changed",
                String.valueOf(changed.reportId()), status), 8000, Notification.Position.TOP_END);
        notification.addThemeVariants(changed.status() == ReportStatus.DECLINED ? NotificationVariant.LUMO_CONTRAST
                : NotificationVariant.LUMO_SUCCESS);
    }
}
