package org.outagedesk.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.outagedesk.incident.IncidentSummary;
import org.outagedesk.incident.Phase;

/**
 * One incident on the board. Staff move it by dragging it to another column, or with the
 * back/next buttons (keyboard and phone users).
 */
class BoardCard extends Div {

    private final IncidentSummary incident;
    private final String age;

    BoardCard(IncidentSummary incident, Instant now, boolean canMove, BiConsumer<IncidentSummary, Phase> move) {
        this.incident = incident;
        this.age = age(incident, now);
        setId("board-card-" + incident.id());
        addClassNames("board-card", "sev-edge-" + incident.severity().name().toLowerCase(Locale.ROOT));

        RouterLink reference = new RouterLink(incident.reference(), IncidentView.class,
                new RouteParameters("id", String.valueOf(incident.id())));
        reference.addClassName("card-reference");
        Div top = new Div(reference, IncidentUi.severityBadge(incident.severity()));
        top.addClassName("card-top");

        Span title = new Span(incident.title());
        title.addClassName("card-title");

        Div meta = new Div(
                meta(VaadinIcon.USERS, IncidentUi.label(incident.scope())),
                meta(VaadinIcon.COMMENT_ELLIPSIS_O, getTranslation("board.card.reports", incident.reportCount())),
                meta(VaadinIcon.USER_STAR, incident.commander() == null ? getTranslation("board.card.no-commander")
                        : incident.commander()),
                meta(VaadinIcon.CLOCK, age));
        meta.addClassName("card-meta");
        add(top, title, meta);

        if (canMove) {
            DragSource<BoardCard> drag = DragSource.create(this);
            drag.setDragData(incident);
            add(moveButtons(move));
        }
    }

    IncidentSummary incident() {
        return incident;
    }

    /** Whether this card already shows the incident as it is now (same data, same age on the clock). */
    boolean shows(IncidentSummary current, Instant now) {
        return incident.equals(current) && age.equals(age(current, now));
    }

    private static String age(IncidentSummary incident, Instant now) {
        return IncidentUi.age(incident.impactStartedAt() != null ? incident.impactStartedAt() : incident.createdAt(), now);
    }

    private Div moveButtons(BiConsumer<IncidentSummary, Phase> move) {
        Phase[] phases = Phase.values();
        int index = incident.phase().ordinal();
        Div buttons = new Div();
        buttons.addClassName("card-moves");
        if (index > 0) {
            Phase back = phases[index - 1];
            buttons.add(moveButton(VaadinIcon.ARROW_LEFT, "back", back, move));
        }
        if (index < phases.length - 1) {
            Phase next = phases[index + 1];
            Button forward = moveButton(VaadinIcon.ARROW_RIGHT, "next", next, move);
            forward.setIconAfterText(true);
            buttons.add(forward);
        }
        return buttons;
    }

    private Button moveButton(VaadinIcon icon, String direction, Phase target, BiConsumer<IncidentSummary, Phase> move) {
        Button button = new Button(IncidentUi.label(target), icon.create(), click -> move.accept(incident, target));
        button.setId("board-card-" + incident.id() + "-" + direction);
        button.setAriaLabel(getTranslation("board.card.move-to", incident.reference(), IncidentUi.label(target)));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private static Span meta(VaadinIcon icon, String text) {
        Span item = new Span(icon.create(), new Span(text));
        item.addClassName("card-meta-item");
        return item;
    }
}
