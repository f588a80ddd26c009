package org.outagedesk.incident.ui;

import java.util.List;
import org.outagedesk.incident.FirstSteps;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TriageService;
import org.outagedesk.incident.TriageSignals;
import org.outagedesk.mailerror.MailErrors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.outagedesk.account.Roles;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.base.ui.PageSection;
import org.outagedesk.base.ui.RevealRequest;
import org.outagedesk.incident.IncidentChanged;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.IncidentSummary;
import org.outagedesk.incident.IncidentTopics;
import org.outagedesk.incident.Phase;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.Presence;
import org.outagedesk.live.ui.LiveSubscription;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/** One incident: details, people and times, linked reports, timeline, and who else is looking. */
@Route("incidents/:id")
@RolesAllowed({Roles.IT_STAFF, Roles.MANAGER})
@StyleSheet("styles/incident.css")
public class IncidentView extends Div implements LocalizedTitle, BeforeEnterObserver {

    private final IncidentService incidents;
    private final LiveBus bus;
    private final Presence presence;
    private final SignedInUser me;
    private final boolean staff;
    private IncidentDetails current;
    private IncidentState builtFor;
    private IncidentHeader header;
    private IncidentDetailsPanel details;
    private IncidentPeoplePanel people;
    private TimelinePanel timeline;
    private ReportsPanel reports;
    private final Div banner = IncidentUi.withId(new Div(), "incident-banner");

    private final ObjectProvider<PageSection> sections;
    private final TriageService triage;
    private final MailErrors errors;
    private final ObjectProvider<TriageSignals> signalSources;
    private final ObjectProvider<FirstSteps> firstSteps;
    private CauseSuggestionPanel cause;

    public IncidentView(IncidentService incidents, LiveBus bus, Presence presence, AuthenticationContext authentication,
            ObjectProvider<PageSection> sections, TriageService triage, MailErrors errors,
            ObjectProvider<TriageSignals> signalSources, ObjectProvider<FirstSteps> firstSteps) {
        this.sections = sections;
        this.triage = triage;
        this.errors = errors;
        this.signalSources = signalSources;
        this.firstSteps = firstSteps;
        this.incidents = incidents;
        this.bus = bus;
        this.presence = presence;
        this.me = authentication.getAuthenticatedUser(SignedInUser.class).orElseThrow();
        this.staff = authentication.hasRole(Roles.IT_STAFF);
        addClassNames("view-content", "incident-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        current = null;
        Optional<IncidentDetails> found = event.getRouteParameters().get("id").filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> incidents.find(Long.parseLong(id)));
        if (found.isEmpty()) {
            Div missing = IncidentUi.emptyState(VaadinIcon.SEARCH, getTranslation("incident.not-found"),
                    getTranslation("incident.not-found-hint"));
            missing.add(new RouterLink(getTranslation("board.title"), IncidentBoardView.class));
            add(missing);
            return;
        }
        build(found.get());
        // Opened from a refusal elsewhere (the board): the item it named is brought into view once the page is there.
        event.getLocation().getQueryParameters().getSingleParameter(GateRefusalNotice.REVEAL).ifPresent(anchor ->
                event.getUI().beforeClientResponse(this, context -> RevealRequest.fire(event.getUI(), anchor)));
    }

    /** Whether this page shows that incident. */
    boolean shows(long incidentId) {
        return current != null && current.id() == incidentId;
    }

    /**
     * Builds the page for the incident as it stands. Its state decides what the other modules'
     * sections offer (a closed incident's page only reads), so a change of state builds it again.
     */
    private void build(IncidentDetails incident) {
        removeAll();
        long id = incident.id();
        current = incident;
        builtFor = incident.state();
        header = new IncidentHeader(this::changePhase, this::resolve, this::close, this::merge);
        details = new IncidentDetailsPanel(this::change);
        people = new IncidentPeoplePanel(incidents.staff(), me.accountId(), this::change);
        timeline = new TimelinePanel(this::addNote);
        reports = new ReportsPanel();
        PresenceBar presenceBar = new PresenceBar(presence, bus, IncidentTopics.presencePlace(id), me);
        Div main = new Div(details);
        cause = staff ? causePanel() : null;
        if (cause != null) {
            main.add(cause);
        }
        // Sections other modules add to the incident page (the checklist, status updates), after the details.
        sections.orderedStream().filter(section -> PageSection.INCIDENT.equals(section.page()))
                .forEach(section -> main.add(section.create(id)));
        main.add(reports, timeline);
        main.addClassName("incident-main");
        Div side = new Div(people);
        side.addClassName("incident-side");
        Div columns = new Div(main, side);
        columns.addClassName("incident-columns");
        add(presenceBar, header, banner, columns);
        // Bound to a part built for this incident, so opening another incident in the same view re-subscribes.
        LiveSubscription.bind(header, bus, IncidentTopics.incident(id), this::changed);
        show(incident);
    }

    /** What triage reads in the incident's reports and probes, with the same words as a triage card. */
    private CauseSuggestionPanel causePanel() {
        SuggestionExplainer explainer = new SuggestionExplainer(errors, firstSteps, getLocale());
        explainer.signals(signalSources.orderedStream().flatMap(source -> source.current(getLocale()).stream()).toList());
        return new CauseSuggestionPanel(triage, explainer, this::reload);
    }

    private void show(IncidentDetails incident) {
        if (incident.state() != builtFor) {
            build(incident);
            return;
        }
        current = incident;
        boolean editable = staff && incident.open();
        header.show(incident, staff);
        details.show(incident, editable);
        people.show(incident, editable);
        List<TimelineItem> items = incidents.timeline(incident.id());
        timeline.show(items, mayWriteNotes(incident));
        if (cause != null) {
            cause.show(incident, items, mayWriteNotes(incident));
        }
        try {
            reports.show(incidents.reports(incident.id()));
        } catch (AccessDeniedException e) {
            reports.unavailable();
        }
        showBanner(incident);
    }

    /** Notes go on while the incident is open or resolved; a closed or merged incident's page only reads. */
    private boolean mayWriteNotes(IncidentDetails incident) {
        return staff && incident.state().workable();
    }

    private void showBanner(IncidentDetails incident) {
        banner.removeAll();
        banner.setVisible(incident.mergedIntoId() != null);
        if (incident.mergedIntoId() != null) {
            banner.addClassName("merged-banner");
            banner.add(new Span(getTranslation("incident.merged-banner")), new RouterLink(
                    IncidentDetails.referenceOf(incident.mergedIntoId()), IncidentView.class,
                    new RouteParameters("id", String.valueOf(incident.mergedIntoId()))));
        }
    }

    /**
     * A change someone made: a checklist step only adds a line to the timeline (the checklist
     * re-reads itself), so only the timeline is read again; anything else re-reads the page.
     */
    private void changed(Object payload) {
        if (IncidentChanged.checklistStep(payload) && current != null) {
            timeline.show(incidents.timeline(current.id()), mayWriteNotes(current));
        } else {
            reload();
        }
    }

    /** Shows fresh state: after every own change, on every change by others, after a refusal. */
    void reload() {
        if (current != null) {
            incidents.find(current.id()).ifPresent(this::show);
        }
    }

    /** Makes one change and says what it did, or why it was refused; the page shows fresh state either way. */
    void change(IncidentEdit edit) {
        IncidentDetails[] after = new IncidentDetails[1];
        if (IncidentUi.attempt(() -> after[0] = incidents.change(current.id(), current.version(), edit))) {
            IncidentUi.success(ChangeConfirmation.of(edit, after[0], me.accountId()));
        }
        reload();
    }

    private void changePhase(Phase phase) {
        if (phase != current.phase()) {
            change(new IncidentEdit.ChangePhase(phase));
        }
    }

    private boolean addNote(String note) {
        boolean added = IncidentUi.attempt(() -> incidents.addNote(current.id(), note));
        if (added) {
            IncidentUi.success(getTranslation("incident.note.added"));
        }
        reload();
        return added;
    }

    private void resolve() {
        new FormDialog(getTranslation("incident.resolve.title"),
                getTranslation("incident.resolve.intro", current.reportCount()),
                getTranslation("incident.action.resolve"), "incident-resolve-confirm", () -> {
                    IncidentDetails shown = current;
                    boolean done = IncidentUi.attempt(() -> incidents.resolve(shown.id(), shown.version()));
                    if (done) {
                        IncidentUi.success(getTranslation("incident.resolved", shown.reference(), shown.reportCount()));
                    }
                    reload();
                    return done;
                }).open();
    }

    private void close() {
        IncidentDetails shown = current;
        if (IncidentUi.attempt(() -> incidents.close(shown.id(), shown.version()))) {
            IncidentUi.success(getTranslation("incident.closed", shown.reference()));
        }
        reload();
    }

    private void merge() {
        ComboBox<IncidentSummary> survivor = IncidentUi.withId(new ComboBox<>(getTranslation("incident.merge.into")),
                "incident-merge-target");
        survivor.setItems(incidents.list(IncidentState.OPEN).stream()
                .filter(incident -> incident.id() != current.id()).toList());
        survivor.setItemLabelGenerator(incident -> incident.reference() + " · " + incident.title());
        survivor.setWidthFull();
        new FormDialog(getTranslation("incident.merge.title", current.reference()),
                getTranslation("incident.merge.intro"), getTranslation("incident.action.merge"),
                "incident-merge-confirm", () -> {
                    if (survivor.getValue() == null) {
                        return false;
                    }
                    long target = survivor.getValue().id();
                    boolean done = IncidentUi.attempt(() -> incidents.merge(current.id(), current.version(), target));
                    if (done) {
                        IncidentUi.success(getTranslation("incident.merged", current.reference(),
                                survivor.getValue().reference()));
                        getUI().ifPresent(ui -> ui.navigate(IncidentView.class,
                                new RouteParameters("id", String.valueOf(target))));
                    } else {
                        reload();
                    }
                    return done;
                }).body(survivor).open();
    }

    @Override
    public String titleKey() {
        return "incident.title";
    }

    @Override
    public String localizedTitle() {
        return current == null ? getTranslation("incident.title") : current.reference() + " · " + current.title();
    }
}
