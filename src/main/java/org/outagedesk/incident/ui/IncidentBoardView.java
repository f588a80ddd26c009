package org.outagedesk.incident.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.outagedesk.account.Roles;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.IncidentSummary;
import org.outagedesk.incident.IncidentTopics;
import org.outagedesk.incident.Phase;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.ui.LiveSubscription;

/** The shared board: open incidents in the SOP's seven phases, live for everyone who has it open. */
@Route("board")
@RolesAllowed({Roles.IT_STAFF, Roles.MANAGER})
@StyleSheet("styles/incident.css")
public class IncidentBoardView extends Div implements LocalizedTitle {

    private final IncidentService incidents;
    private final Clock clock;
    private final boolean canMove;
    private final Div board = new Div();
    private final Div empty = new Div();
    private final Span summary = new Span();

    public IncidentBoardView(IncidentService incidents, LiveBus bus, Clock clock, AuthenticationContext authentication) {
        this.incidents = incidents;
        this.clock = clock;
        this.canMove = authentication.hasRole(Roles.IT_STAFF);
        addClassNames("view-content", "board-view");

        Span live = IncidentUi.chip(getTranslation("incident.live"), "live-chip");
        Div heading = new Div(new H2(getTranslation("board.heading")), live);
        heading.addClassName("view-heading");
        Paragraph intro = new Paragraph(getTranslation(canMove ? "board.intro" : "board.intro-readonly"));
        intro.addClassName("muted");
        summary.addClassName("section-title");
        // The count of open incidents changes live when others open, move or resolve one: read out politely.
        summary.setId("board-summary");
        summary.getElement().setAttribute("role", "status");
        summary.getElement().setAttribute("aria-live", "polite");
        board.setId("board");
        board.addClassName("board");
        add(heading, intro, summary, empty, board);
        refresh();
        LiveSubscription.bind(this, bus, IncidentTopics.BOARD, payload -> refresh());
    }

    void refresh() {
        List<IncidentSummary> open = incidents.list(IncidentState.OPEN);
        Instant now = clock.instant();
        summary.setText(getTranslation("board.summary", open.size()));
        empty.removeAll();
        empty.setVisible(open.isEmpty());
        if (open.isEmpty()) {
            Div state = IncidentUi.emptyState(VaadinIcon.CHECK_CIRCLE_O, getTranslation("board.empty"),
                    getTranslation(canMove ? "board.empty-hint" : "board.empty-hint-readonly"));
            if (canMove) {
                state.add(new RouterLink(getTranslation("board.to-triage"), TriageView.class));
            }
            empty.add(state);
        }
        board.removeAll();
        for (Phase phase : Phase.values()) {
            board.add(column(phase, open.stream().filter(incident -> incident.phase() == phase).toList(), now));
        }
    }

    private Div column(Phase phase, List<IncidentSummary> cards, Instant now) {
        Span name = new Span((phase.ordinal() + 1) + ". " + IncidentUi.label(phase));
        name.addClassName("column-name");
        Span count = new Span(String.valueOf(cards.size()));
        count.addClassName("column-count");
        Div head = new Div(name, count);
        head.addClassName("column-head");
        Div column = new Div(head);
        column.setId("board-column-" + phase.name());
        column.addClassName("board-column");
        if (cards.isEmpty()) {
            Span none = new Span(getTranslation("board.column.empty"));
            none.addClassName("column-empty");
            column.add(none);
        }
        cards.forEach(incident -> column.add(new BoardCard(incident, now, canMove, this::move)));
        if (canMove) {
            DropTarget<Div> target = DropTarget.create(column);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(drop -> drop.getDragSourceComponent()
                    .filter(BoardCard.class::isInstance).map(BoardCard.class::cast)
                    .ifPresent(card -> move(card.incident(), phase)));
        }
        return column;
    }

    void move(IncidentSummary incident, Phase phase) {
        if (incident.phase() == phase) {
            return;
        }
        if (IncidentUi.attempt(() -> incidents.change(incident.id(), incident.version(), new IncidentEdit.ChangePhase(phase)))) {
            IncidentUi.success(getTranslation("board.moved", incident.reference(), IncidentUi.label(phase)));
        }
        refresh();
    }

    @Override
    public String titleKey() {
        return "board.title";
    }
}
