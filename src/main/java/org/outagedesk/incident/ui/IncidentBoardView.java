package org.outagedesk.incident.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<Phase, BoardColumn> columns = new EnumMap<>(Phase.class);
    private Map<Long, BoardCard> cards = Map.of();

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
        empty.add(emptyState());
        for (Phase phase : Phase.values()) {
            BoardColumn column = new BoardColumn(phase, canMove, this::move);
            columns.put(phase, column);
            board.add(column);
        }
        add(heading, intro, summary, empty, board);
        refresh();
        LiveSubscription.bind(this, bus, IncidentTopics.BOARD, payload -> refresh());
    }

    /** Re-reads the open incidents; cards that did not change stay as they are, the others are redrawn. */
    void refresh() {
        List<IncidentSummary> open = incidents.list(IncidentState.OPEN);
        Instant now = clock.instant();
        summary.setText(getTranslation("board.summary", open.size()));
        // With no incident the empty state says so; the summary stays for screen readers only.
        summary.setClassName("visually-hidden", open.isEmpty());
        empty.setVisible(open.isEmpty());
        Map<Long, BoardCard> next = new HashMap<>();
        for (IncidentSummary incident : open) {
            BoardCard card = cards.get(incident.id());
            next.put(incident.id(), card != null && card.shows(incident, now) ? card
                    : new BoardCard(incident, now, canMove, this::move));
        }
        cards = next;
        columns.forEach((phase, column) -> column.show(open.stream().filter(incident -> incident.phase() == phase)
                .map(incident -> next.get(incident.id())).toList()));
    }

    private Div emptyState() {
        Div state = IncidentUi.emptyState(VaadinIcon.CHECK_CIRCLE_O, getTranslation("board.empty"),
                getTranslation(canMove ? "board.empty-hint" : "board.empty-hint-readonly"));
        if (canMove) {
            state.add(new RouterLink(getTranslation("board.to-triage"), TriageView.class));
        }
        return state;
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
