package org.outagedesk.incident.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.function.Consumer;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.Phase;

/**
 * Reference, title, badges, the SOP phase stepper and the incident's big actions, drawn by the
 * browser from one block: it is re-drawn whole when the incident changes.
 */
class IncidentHeader extends MarkupBlock {

    private static final String PHASE = "phase:";
    private static final String RESOLVE = "resolve";
    private static final String CLOSE = "close";
    private static final String MERGE = "merge";

    IncidentHeader(Consumer<Phase> onPhase, Runnable onResolve, Runnable onClose, Runnable onMerge) {
        super("incident-header");
        onAction(action -> {
            switch (action) {
                case RESOLVE -> onResolve.run();
                case CLOSE -> onClose.run();
                case MERGE -> onMerge.run();
                default -> {
                    if (action.startsWith(PHASE)) {
                        onPhase.accept(Phase.valueOf(action.substring(PHASE.length())));
                    }
                }
            }
        });
    }

    void show(IncidentDetails incident, boolean staff) {
        show(() -> draw(incident, staff));
    }

    private Markup draw(IncidentDetails incident, boolean staff) {
        boolean editable = staff && incident.open();
        Markup html = new Markup().open("div", "class", "incident-top")
                .line("span", "incident-reference", incident.reference())
                .open("div", "class", "incident-badges")
                .line("span", "sev-badge sev-" + lower(incident.severity()), IncidentUi.label(incident.severity()))
                .line("span", "od-chip scope-chip", IncidentUi.label(incident.scope()))
                .line("span", "od-chip state-chip state-" + lower(incident.state()), IncidentUi.label(incident.state()))
                .line("span", "od-chip status-chip", IncidentUi.label(incident.publicStatus()))
                .close("div").close("div");
        html.open("div", "class", "incident-title-row")
                .open("h2", "id", "incident-heading").text(incident.title()).close("h2")
                .open("div", "class", "action-bar");
        if (editable) {
            html.button("incident-merge", MERGE, null, VaadinIcon.CONNECT, getTranslation("incident.action.merge"))
                    .button("incident-resolve", RESOLVE, "primary success", VaadinIcon.CHECK,
                            getTranslation("incident.action.resolve"));
        }
        if (incident.state() == IncidentState.RESOLVED && staff) {
            html.button("incident-close", CLOSE, "primary success", VaadinIcon.ARCHIVE,
                    getTranslation("incident.action.close"));
        }
        html.close("div").close("div").open("div", "id", "incident-phases", "class", "phase-stepper");
        for (Phase phase : Phase.values()) {
            boolean current = phase == incident.phase();
            String state = current ? " current" : phase.ordinal() < incident.phase().ordinal() ? " done" : "";
            html.button("incident-phase-" + phase.name(), PHASE + phase.name(), current ? "primary" : null, null,
                    (phase.ordinal() + 1) + " · " + IncidentUi.label(phase), "class", "phase-step" + state,
                    "aria-current", current ? "step" : null, "disabled", editable ? null : "");
        }
        return html.close("div");
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
