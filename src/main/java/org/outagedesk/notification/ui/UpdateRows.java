package org.outagedesk.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Locale;
import java.util.function.Consumer;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.notification.DeliveryStatus;
import org.outagedesk.notification.DeliverySummary;
import org.outagedesk.notification.ui.StatusUpdatesPanel.Shown;

/** How one status update shows in the incident page's list: its words, its delivery counts and a retry. */
final class UpdateRows {

    private static final String TEMPLATE = """
            <div class="status-update" data-update-id="${item.id}">
              <span class="status-update-meta">${item.meta}</span>
              <p>${item.message}</p>
              ${item.cause ? html`<p>${item.cause}</p><p>${item.prevention}</p>` : ''}
              ${item.eta ? html`<p>${item.eta}</p>` : ''}
              ${item.workaround ? html`<p>${item.workaround}</p>` : ''}
              <div class="delivery-line">
                <span class="delivery-counts">${item.counts}</span>
                ${item.error ? html`<span class="delivery-error">${item.error}</span>` : ''}
                ${item.retry ? html`<vaadin-button id="delivery-retry-${item.id}" class="delivery-retry" theme="small"
                    @click=${retry}>${item.retry}</vaadin-button>` : ''}
              </div>
            </div>""";

    private UpdateRows() {}

    /** The template and each update's texts in the language of {@code context}; staff see a retry of failures. */
    static LitRenderer<Shown> renderer(Component context, boolean staff, Consumer<Shown> retry) {
        return LitRenderer.<Shown>of(TEMPLATE)
                .withProperty("id", row -> row.update().id())
                .withProperty("meta", row -> meta(context, row.update()))
                .withProperty("message", row -> row.update().message())
                .withProperty("cause", row -> row.update().summary()
                        ? context.getTranslation("notification.updates.cause") + ": " + row.update().cause() : "")
                .withProperty("prevention", row -> row.update().summary()
                        ? context.getTranslation("notification.updates.prevention") + ": " + row.update().prevention() : "")
                .withProperty("eta", row -> row.update().eta() == null ? ""
                        : context.getTranslation("notification.updates.eta") + ": " + NotificationUi.time(row.update().eta()))
                .withProperty("workaround", row -> row.update().workaround() == null ? ""
                        : context.getTranslation("notification.updates.workaround") + ": " + row.update().workaround())
                .withProperty("counts", row -> counts(context, row.summary()))
                .withProperty("error", row -> error(row.summary()))
                .withProperty("retry", row -> staff && row.summary().count(DeliveryStatus.FAILED) > 0
                        ? context.getTranslation("notification.updates.retry") : "")
                .withFunction("retry", retry::accept);
    }

    private static String meta(Component context, StatusUpdate update) {
        String what = update.summary() ? context.getTranslation("notification.updates.summary")
                : context.getTranslation("notification.status." + update.status().publicName());
        return context.getTranslation("notification.updates.by", NotificationUi.time(update.postedAt()),
                context.getTranslation("notification.audience." + update.audience().name().toLowerCase(Locale.ROOT)),
                what) + " · " + update.postedByName();
    }

    private static String counts(Component context, DeliverySummary summary) {
        return context.getTranslation("notification.updates.delivery", summary.count(DeliveryStatus.SENT),
                summary.waiting(), summary.count(DeliveryStatus.FAILED));
    }

    private static String error(DeliverySummary summary) {
        return summary.lastError() != null && (summary.waiting() > 0 || summary.count(DeliveryStatus.FAILED) > 0)
                ? summary.lastError() : "";
    }
}
