package org.outagedesk.metrics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.outagedesk.metrics.MetricsService;

/** Admins only: rebuild the metrics read model from the incidents, after a confirmation. */
final class RebuildButton extends Button {

    RebuildButton(MetricsService metrics, Runnable afterwards) {
        super();
        setText(getTranslation("metrics.rebuild"));
        setId("metrics-rebuild");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("metrics.rebuild"),
                    getTranslation("metrics.rebuild.confirm"), getTranslation("metrics.rebuild.go"), event -> {
                        int count = metrics.rebuild();
                        Notification.show(getTranslation("metrics.rebuild.done", count), 4000,
                                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        afterwards.run();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("metrics.rebuild.cancel"));
            confirm.open();
        });
    }
}
