package org.outagedesk.probe.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.outagedesk.account.Roles;
import org.outagedesk.base.UserFacingException;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.ui.LiveSubscription;
import org.outagedesk.probe.EndpointHealth;
import org.outagedesk.probe.MailEndpoint;
import org.outagedesk.probe.ProbeKind;
import org.outagedesk.probe.ProbeResult;
import org.outagedesk.probe.ProbeService;
import org.outagedesk.probe.ProbeTopics;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/** IT staff's live view of the mail endpoints: state, latency, last error and last success of each. */
@Route("probes")
@RolesAllowed({Roles.IT_STAFF, Roles.ADMIN})
@StyleSheet("styles/probe.css")
public class ProbeHealthView extends Div implements LocalizedTitle {

    private final ProbeService probes;
    private final Div cards = new Div();
    private final Span summary = new Span();

    public ProbeHealthView(ProbeService probes, LiveBus bus) {
        this.probes = probes;
        addClassNames("view-content", "probe-view");
        Span live = new Span(getTranslation("probe.health.live"));
        live.addClassName("probe-live");
        Div heading = new Div(new H2(getTranslation("probe.health.title")), live);
        heading.addClassName("view-heading");
        Paragraph intro = new Paragraph(getTranslation("probe.health.intro"));
        intro.addClassName("muted");
        summary.setId("probe-summary");
        summary.addClassName("section-title");
        cards.setId("probe-cards");
        cards.addClassName("probe-cards");
        add(heading, intro, summary, cards);
        refresh();
        LiveSubscription.bind(this, bus, ProbeTopics.HEALTH, payload -> refresh());
    }

    void refresh() {
        List<EndpointHealth> health = probes.health();
        cards.removeAll();
        long failing = health.stream().filter(h -> h.endpoint().enabled() && h.failing()).count();
        summary.setText(getTranslation("probe.health.summary", health.size(), failing));
        if (health.isEmpty()) {
            Div empty = new Div(VaadinIcon.SERVER.create(), new Span(getTranslation("probe.health.empty")),
                    new Span(getTranslation("probe.health.empty-hint")));
            empty.addClassName("empty-state");
            cards.add(empty);
        }
        health.forEach(h -> cards.add(new HealthCard(h, (kind, button) -> run(h.endpoint(), kind, button))));
    }

    /** Runs a probe off the UI thread; the panel updates itself when the result is recorded. */
    private void run(MailEndpoint endpoint, ProbeKind kind, Button button) {
        UI ui = UI.getCurrent();
        button.setText(getTranslation("probe.action.running"));
        Thread.ofVirtual().name("probe-now").start(new DelegatingSecurityContextRunnable(() -> {
            String message;
            boolean ok = false;
            try {
                ProbeResult result = kind == ProbeKind.ROUND_TRIP ? probes.roundTripNow(endpoint.id())
                        : probes.probeNow(endpoint.id());
                ok = result.success();
                message = ok ? ui.getTranslation("probe.action.passed", endpoint.name(), result.totalMillis())
                        : ui.getTranslation("probe.action.failed", endpoint.name(),
                                ui.getTranslation("probe.error-kind." + result.error().name()));
            } catch (UserFacingException e) {
                message = ui.getTranslation(e.messageKey(), e.arguments());
            }
            String text = message;
            boolean passed = ok;
            ui.access(() -> {
                if (passed) {
                    ProbeUi.success(text);
                } else {
                    ProbeUi.problem(text);
                }
                refresh();
            });
        }));
    }

    @Override
    public String titleKey() {
        return "probe.health.title";
    }
}
