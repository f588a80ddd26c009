package org.outagedesk.probe.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.BiConsumer;
import org.outagedesk.probe.EndpointHealth;
import org.outagedesk.probe.MailEndpoint;
import org.outagedesk.probe.ProbeKind;
import org.outagedesk.probe.ProbeResult;
import org.outagedesk.base.ui.Samp;
import org.outagedesk.base.ui.Texts;

/** One endpoint on the health panel: state, latency sparkline, last error, last success, run-now buttons. */
class HealthCard extends Div {

    HealthCard(EndpointHealth health, BiConsumer<ProbeKind, Button> run) {
        MailEndpoint endpoint = health.endpoint();
        setId("probe-health-" + endpoint.id());
        addClassName("probe-card");
        String state = !endpoint.enabled() ? "disabled" : health.lastCheck() == null ? "unknown"
                : health.failing() ? health.underMaintenance() ? "maintenance" : "failing" : "ok";
        getElement().setAttribute("data-state", state);
        Span badge = new Span(Texts.t("probe.state." + state));
        badge.setId("probe-state-" + endpoint.id());
        badge.addClassNames("probe-badge", "probe-badge-" + state);
        Div head = new Div(new H3(endpoint.name()), badge);
        head.addClassName("probe-card-head");
        Span where = new Span(ProbeUi.where(endpoint));
        where.addClassName("muted");
        add(head, where);

        ProbeResult check = health.lastCheck();
        if (check == null) {
            add(fact(VaadinIcon.CLOCK, Texts.t("probe.health.never")));
        } else {
            add(fact(VaadinIcon.TIMER, Texts.t(check.success() ? "probe.health.last-ok" : "probe.health.last-failed",
                    check.totalMillis(), ProbeUi.time(check.at()))));
            if (check.certificateDaysLeft() != null) {
                add(fact(VaadinIcon.LOCK, Texts.t("probe.health.certificate", check.certificateDaysLeft())));
            }
        }
        add(fact(VaadinIcon.CHECK_CIRCLE_O, Texts.t("probe.health.last-success", ProbeUi.time(health.lastSuccessAt()))));
        ProbeResult trip = health.lastRoundTrip();
        if (trip != null) {
            add(fact(VaadinIcon.EXCHANGE, trip.success() ? Texts.t("probe.health.round-trip-ok", trip.totalMillis(),
                    ProbeUi.time(trip.at())) : Texts.t("probe.health.round-trip-failed", ProbeUi.time(trip.at()))));
        }
        ProbeResult failed = check != null && !check.success() ? check : trip != null && !trip.success() ? trip : null;
        if (failed != null) {
            Div error = new Div(new Span(Texts.t("probe.error-kind." + failed.error().name())),
                    new Samp(failed.message()));
            error.setId("probe-error-" + endpoint.id());
            error.addClassName("probe-error");
            add(error);
        }
        if (!health.recentMillis().isEmpty()) {
            add(Sparkline.of(health.recentMillis(), Texts.t("probe.health.sparkline", health.recentMillis().size())));
        }
        Div actions = new Div(button("probe-run-" + endpoint.id(), "probe.action.run", ProbeKind.CHECK, run));
        if (endpoint.roundTrip()) {
            actions.add(button("probe-round-trip-" + endpoint.id(), "probe.action.round-trip", ProbeKind.ROUND_TRIP,
                    run));
        }
        actions.addClassName("probe-card-actions");
        add(actions);
    }

    private static Button button(String id, String key, ProbeKind kind, BiConsumer<ProbeKind, Button> run) {
        Button button = new Button(Texts.t(key), VaadinIcon.PLAY_CIRCLE_O.create());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setDisableOnClick(true);
        button.addClickListener(click -> run.accept(kind, button));
        return button;
    }

    private static Div fact(VaadinIcon icon, String text) {
        Div fact = new Div(icon.create(), new Span(text));
        fact.addClassName("probe-fact");
        return fact;
    }
}
