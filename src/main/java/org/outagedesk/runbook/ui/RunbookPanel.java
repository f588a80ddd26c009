package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.ui.RevealRequest;
import org.outagedesk.base.ui.Texts;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.StaffMember;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.ui.LiveSubscription;
import org.outagedesk.runbook.EvidenceSource;
import org.outagedesk.runbook.ItemKind;
import org.outagedesk.runbook.RunbookItem;
import org.outagedesk.runbook.RunbookRun;
import org.outagedesk.runbook.RunbookService;
import org.outagedesk.runbook.RunbookTopics;
import org.outagedesk.runbook.TemplateSummary;

/**
 * The incident's checklist, phase by phase, worked on together: every change is re-read from the
 * database when anyone makes it (pushes coalesced per UI) and only the rows that changed travel to
 * the browser; people see who is writing on which item. Re-reads on every attach, so a
 * reconnecting browser gets the current state.
 */
@StyleSheet("styles/runbook.css")
@Uses(ProgressBar.class)
class RunbookPanel extends Div {

    private final long incidentId;
    private final RunbookService runbooks;
    private final IncidentService incidents;
    private final SignedInUser me;
    private final boolean staff;
    private final ChecklistActions actions;
    private final EvidenceFiles files;
    private CoalescedRefresh refresher = new CoalescedRefresh(this::refresh);
    private final Map<Long, RunbookTopics.Editing> editors = new ConcurrentHashMap<>();
    private final Span template = RunbookUi.withId(new Span(), "runbook-template");
    private final Button choose;
    private Select<TemplateSummary> chooser;
    private final Div editing = RunbookUi.withId(new Div(), "runbook-live");
    private final Div phases = new Div();
    private final GateOverride override;
    private final ActionLog actionLog;
    private List<ChecklistPhase> shown = List.of();
    private RunbookRun run;
    // Staff work on the checklist while the incident is open or resolved; a closed incident's checklist only reads.
    private boolean canChange;
    private Registration revealing;

    RunbookPanel(long incidentId, RunbookService runbooks, IncidentService incidents, LiveBus bus, SignedInUser me,
            boolean staff, List<EvidenceSource> evidenceSources) {
        this.incidentId = incidentId;
        this.runbooks = runbooks;
        this.incidents = incidents;
        this.me = me;
        this.staff = staff;
        setId("runbook-panel");
        addClassNames("panel", "runbook-panel");
        actions = new ChecklistActions(incidentId, runbooks, bus, me, evidenceSources, this::refresh);
        files = new EvidenceFiles(runbooks, this);
        choose = RunbookUi.smallButton("runbook-template-change", "runbook.template.choose", null, this::openChooser,
                ButtonVariant.LUMO_TERTIARY);
        Div head = new Div(new H3(Texts.t("runbook.title")), template, choose);
        head.addClassName("runbook-head");
        // Who else is working on which item is read out by screen readers as it changes.
        editing.addClassName("runbook-editing");
        editing.getElement().setAttribute("role", "status");
        editing.getElement().setAttribute("aria-live", "polite");
        override = new GateOverride(incidents, incidentId, this::refresh);
        actionLog = new ActionLog(actions::logAction);
        phases.addClassName("runbook-phases");
        add(head, editing, override, phases);
        LiveSubscription.bind(this, bus, RunbookTopics.run(incidentId), payload -> refresher.request(UI.getCurrent()));
        LiveSubscription.bindEach(this, bus, RunbookTopics.editing(incidentId), this::editingChanged);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // A fresh one per attach: a refresh still waiting for the previous attach is never owed.
        refresher = new CoalescedRefresh(this::refresh);
        revealing = RevealRequest.listen(attach.getUI(), this::reveal);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        actions.left();
        if (revealing != null) {
            revealing.remove();
            revealing = null;
        }
    }

    /** A notice elsewhere on the page (a phase-gate refusal) leads to one of this checklist's items. */
    private void reveal(String anchor) {
        if (!anchor.startsWith(ITEM_ANCHOR) || !anchor.substring(ITEM_ANCHOR.length()).matches("\\d{1,18}")) {
            return;
        }
        long itemId = Long.parseLong(anchor.substring(ITEM_ANCHOR.length()));
        shown.stream().filter(phase -> phase.has(itemId)).findFirst().ifPresent(phase -> phase.reveal(itemId));
    }

    /** How the phase gate names an item (the id of its row). */
    private static final String ITEM_ANCHOR = "runbook-item-";

    /** Re-reads the run and shows it; the phases are updated in place, so open work areas and typed text stay. */
    void refresh() {
        refresher.refreshed();
        IncidentDetails incident = incidents.find(incidentId).orElse(null);
        boolean mayChange = staff && incident != null && incident.state().workable();
        if (mayChange != canChange) {
            canChange = mayChange;
            shown = List.of(); // the rows are drawn again, with or without their buttons
        }
        RunbookRun next = runbooks.run(incidentId).orElse(null);
        run = next;
        showHead(next);
        if (next == null) {
            shown = List.of();
            phases.removeAll();
            phases.add(new Span(Texts.t("runbook.none")));
            override.setVisible(false);
            return;
        }
        override.show(incident, me, staff);
        files.show(next.items());
        actionLog.show(next.actions(), canChange);
        List<Phase> used = usedPhases(next);
        if (!used.equals(shown.stream().map(ChecklistPhase::phase).toList())
                || shown.stream().anyMatch(phase -> !phase.shows(next.items(phase.phase())))) {
            build(next, used);
        } else {
            shown.forEach(phase -> phase.show(next.items(phase.phase())));
        }
    }

    private static List<Phase> usedPhases(RunbookRun run) {
        return List.of(Phase.values()).stream().filter(phase -> !run.items(phase).isEmpty()).toList();
    }

    private void build(RunbookRun next, List<Phase> used) {
        List<StaffMember> staffMembers = canChange ? incidents.staff() : List.of();
        List<ChecklistPhase> built = new ArrayList<>();
        phases.removeAll();
        for (Phase phase : used) {
            List<RunbookItem> items = next.items(phase);
            ChecklistPhase section = new ChecklistPhase(phase, items, staffMembers, canChange, me.accountId(), actions,
                    files::url);
            if (items.stream().anyMatch(item -> item.kind() == ItemKind.ACTION_LOG)) {
                section.add(actionLog);
            }
            built.add(section);
            phases.add(section);
        }
        shown = List.copyOf(built);
    }

    private boolean mayChooseTemplate(RunbookRun shownRun) {
        return canChange && shownRun != null && !shownRun.progressed();
    }

    /** The template in use and, before anyone starts, the way to use another checklist. */
    private void showHead(RunbookRun shownRun) {
        template.setText(shownRun == null ? "" : shownRun.name(getLocale()) + " · v" + shownRun.templateVersion());
        if (chooser != null && !mayChooseTemplate(shownRun)) {
            remove(chooser);
            chooser = null;
        }
        choose.setVisible(chooser == null && mayChooseTemplate(shownRun));
    }

    /** The other templates are read only when someone asks for them. */
    private void openChooser() {
        if (chooser != null || !mayChooseTemplate(run)) {
            return;
        }
        chooser = RunbookUi.withId(new Select<>(), "runbook-template-choice");
        chooser.setLabel(Texts.t("runbook.template.choose"));
        chooser.setItemLabelGenerator(summary -> summary.name(getLocale()));
        chooser.setItems(runbooks.templates());
        chooser.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                if (RunbookUi.attempt(() -> runbooks.chooseTemplate(incidentId, change.getValue().key()))) {
                    RunbookUi.success(Texts.t("runbook.saved.template", change.getValue().name(getLocale())));
                }
                refresh();
            }
        });
        addComponentAtIndex(1, chooser);
        showHead(run);
        chooser.focus();
    }

    private void editingChanged(Object payload) {
        if (payload == LiveSubscription.SEVERAL_CHANGES) {
            editors.clear(); // more changes than a page keeps while away: people show again as they type
        } else if (!(payload instanceof RunbookTopics.Editing change) || change.accountId() == me.accountId()) {
            return;
        } else if (change.activityKey() == null) {
            editors.remove(change.accountId());
        } else {
            editors.put(change.accountId(), change);
        }
        editing.removeAll();
        editors.values().forEach(editor -> {
            Avatar avatar = new Avatar(editor.name());
            avatar.addClassName("runbook-editing-avatar");
            Div line = new Div(avatar, new Span(editor.name() + ": "
                    + Texts.t(editor.activityKey(), editor.itemNumber())));
            line.addClassName("runbook-editing-line");
            editing.add(line);
        });
    }
}
