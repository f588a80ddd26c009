package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.outagedesk.base.DatabaseTrouble;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.UserFacingException;
import org.outagedesk.base.ui.FailureMessage;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.Phase;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.ui.LiveSubscription;
import org.outagedesk.runbook.Evidence;
import org.outagedesk.runbook.EvidenceCheck;
import org.outagedesk.runbook.EvidenceKind;
import org.outagedesk.runbook.EvidenceSource;
import org.outagedesk.runbook.ItemKind;
import org.outagedesk.runbook.ItemState;
import org.outagedesk.runbook.NewAction;
import org.outagedesk.runbook.NewEvidence;
import org.outagedesk.runbook.RunbookItem;
import org.outagedesk.runbook.RunbookRun;
import org.outagedesk.runbook.RunbookService;
import org.outagedesk.runbook.RunbookTopics;
import org.outagedesk.runbook.TemplateSummary;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.outagedesk.base.ui.Texts;

/**
 * The incident's checklist, phase by phase, worked on together: every change is re-read from
 * the database when anyone makes it (pushes coalesced per UI), and people see who is writing on
 * which item. Re-reads on every attach, so a reconnecting browser gets the current state.
 */
@StyleSheet("styles/runbook.css")
@Uses(ProgressBar.class)
class RunbookPanel extends Div implements ItemRow.Actions {

    /**
     * Uploaded files are shown in the page only when their declared type is a raster image, which a
     * browser never runs as a page; anything else (HTML, SVG, executables) is downloaded as bytes.
     */
    private static final Set<String> INLINE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private final long incidentId;
    private final RunbookService runbooks;
    private final IncidentService incidents;
    private final LiveBus bus;
    private final SignedInUser me;
    private final boolean staff;
    private CoalescedRefresh refresher = new CoalescedRefresh(this::refresh);
    private final Map<Long, ItemRow> rows = new LinkedHashMap<>();
    private final Map<Long, RunbookTopics.Editing> editors = new ConcurrentHashMap<>();
    // The title, the template in use and, before anyone starts, "use another checklist".
    private final MarkupBlock head = new MarkupBlock("runbook-head");
    private Select<TemplateSummary> chooser;
    private final Div editing = RunbookUi.withId(new Div(), "runbook-editing");
    private final ChecklistBlocks phases = new ChecklistBlocks();
    private final GateOverride override;
    private final ActionLogForm actionLog;
    private final List<EvidenceSource> evidenceSources;
    private final Map<String, EvidenceSource> checkSources = new ConcurrentHashMap<>();
    private RunbookRun run;

    RunbookPanel(long incidentId, RunbookService runbooks, IncidentService incidents, LiveBus bus, SignedInUser me,
            boolean staff, List<EvidenceSource> evidenceSources) {
        this.incidentId = incidentId;
        this.evidenceSources = evidenceSources;
        this.runbooks = runbooks;
        this.incidents = incidents;
        this.bus = bus;
        this.me = me;
        this.staff = staff;
        setId("runbook-panel");
        addClassNames("panel", "runbook-panel");
        head.onAction(action -> openChooser());
        editing.addClassName("runbook-editing");
        // Who else is working on which item is read out by screen readers as it changes.
        editing.setId("runbook-live");
        editing.getElement().setAttribute("role", "status");
        editing.getElement().setAttribute("aria-live", "polite");
        override = new GateOverride(incidents, incidentId, this::refresh);
        actionLog = new ActionLogForm(this::logAction, phases);
        add(head, editing, override, phases);
        LiveSubscription.bind(this, bus, RunbookTopics.run(incidentId), payload -> refresher.request(UI.getCurrent()));
        LiveSubscription.bindEach(this, bus, RunbookTopics.editing(incidentId), this::editingChanged);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // A fresh one per attach: a refresh still waiting for the previous attach is never owed.
        refresher = new CoalescedRefresh(this::refresh);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        bus.publish(RunbookTopics.editing(incidentId), new RunbookTopics.Editing(me.accountId(), me.displayName(),
                null, null));
    }

    /** Re-reads the run and shows it; rows are updated in place so typed text survives. */
    void refresh() {
        refresher.refreshed();
        RunbookRun next = runbooks.run(incidentId).orElse(null);
        if (next == null) {
            rows.clear();
            phases.show(List.of());
            phases.add(new Span(Texts.t("runbook.none")));
            showHead(null);
            override.setVisible(false);
            return;
        }
        boolean rebuild = run == null || run.templateId() != next.templateId()
                || !rows.keySet().equals(next.items().stream().map(RunbookItem::id).collect(
                        java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        run = next;
        showHead(next);
        override.show(me, staff);
        actionLog.show(next.actions(), staff);
        if (rebuild) {
            build(next);
            return;
        }
        // An item that gained or lost the parts shown after it (files, its work area) needs the blocks rebuilt.
        boolean relayout = false;
        for (RunbookItem item : next.items()) {
            relayout |= rows.get(item.id()).update(item);
        }
        if (relayout) {
            phases.layout();
        } else {
            phases.redraw();
        }
    }

    private boolean mayChooseTemplate(RunbookRun shown) {
        return staff && shown != null && !shown.progressed();
    }

    private void showHead(RunbookRun shown) {
        if (chooser != null && !mayChooseTemplate(shown)) {
            remove(chooser);
            chooser = null;
        }
        Markup html = new Markup().line("h3", null, Texts.t("runbook.title"));
        if (shown != null) {
            html.open("span", "id", "runbook-template").text(shown.name(getLocale()) + " · v" + shown.templateVersion())
                    .close("span");
        }
        if (chooser == null && mayChooseTemplate(shown)) {
            html.button("runbook-template-change", "choose", "tertiary small", null, Texts.t("runbook.template.choose"));
        }
        head.show(html);
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
                RunbookUi.attempt(() -> runbooks.chooseTemplate(incidentId, change.getValue().key()));
                refresh();
            }
        });
        addComponentAtIndex(1, chooser);
        showHead(run);
        chooser.focus();
    }

    private void build(RunbookRun next) {
        rows.clear();
        var staffMembers = staff ? incidents.staff() : List.<org.outagedesk.incident.StaffMember>of();
        List<ChecklistBlocks.Entry> entries = new java.util.ArrayList<>();
        for (Phase phase : Phase.values()) {
            List<RunbookItem> items = next.items(phase);
            if (items.isEmpty()) {
                continue;
            }
            entries.add(html -> phaseHead(html, phase));
            items.forEach(item -> {
                ItemRow row = new ItemRow(item, staffMembers, staff, this, phases);
                rows.put(item.id(), row);
                entries.add(row);
            });
            if (items.stream().anyMatch(item -> item.kind() == ItemKind.ACTION_LOG)) {
                entries.add(actionLog);
            }
        }
        phases.show(entries);
    }

    /** A phase's heading with how many of its items are settled, as text and as a bar. */
    private void phaseHead(Markup html, Phase phase) {
        List<RunbookItem> items = run.items(phase);
        long settled = items.stream().filter(item -> item.state() != ItemState.OPEN).count();
        String title = "runbook-phase-title-" + phase.name();
        // A progress bar needs a name for screen readers (WCAG 4.1.2): the phase heading's.
        html.open("div", "id", "runbook-phase-" + phase.name(), "class", "runbook-phase runbook-phase-head")
                .open("h4", "id", title).text((phase.ordinal() + 1) + " · " + RunbookUi.label(phase)).close("h4")
                .open("span", "id", "runbook-progress-" + phase.name(), "class", "runbook-progress")
                .text(Texts.t("runbook.progress", settled, items.size())).close("span")
                .open("vaadin-progress-bar", "class", "runbook-progress-bar", "aria-labelledby", title,
                        "value", String.valueOf(items.isEmpty() ? 0 : (double) settled / items.size()))
                .close("vaadin-progress-bar").close("div");
    }

    private void change(Runnable change) {
        RunbookUi.attempt(change);
        refresh();
    }

    @Override
    public void done(RunbookItem item) {
        change(() -> runbooks.markDone(item.id(), item.version()));
    }

    @Override
    public void notApplicable(RunbookItem item) {
        TextField reason = RunbookUi.withId(new TextField(Texts.t("runbook.na.reason")), "runbook-na-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Texts.t("runbook.na.title", item.number()));
        Button confirm = RunbookUi.withId(new Button(Texts.t("runbook.action.not-applicable"), click -> {
            if (RunbookUi.attempt(() -> runbooks.markNotApplicable(item.id(), item.version(), reason.getValue()))) {
                dialog.close();
            }
            refresh();
        }), "runbook-na-confirm");
        Button cancel = new Button(Texts.t("runbook.cancel"), click -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    @Override
    public void reopen(RunbookItem item) {
        change(() -> runbooks.reopen(item.id(), item.version()));
    }

    @Override
    public void sign(RunbookItem item) {
        change(() -> runbooks.signOff(item.id()));
    }

    @Override
    public void assign(RunbookItem item, Long accountId) {
        change(() -> runbooks.assign(item.id(), item.version(), accountId));
    }

    @Override
    public boolean note(RunbookItem item, String text) {
        boolean added = RunbookUi.attempt(() -> runbooks.addNote(item.id(), text));
        refresh();
        return added;
    }

    @Override
    public boolean evidence(RunbookItem item, String textOrLink) {
        String value = textOrLink == null ? "" : textOrLink.strip();
        NewEvidence evidence = value.matches("(?i)https?://\\S+") ? NewEvidence.link(value) : NewEvidence.text(value);
        boolean added = RunbookUi.attempt(() -> runbooks.addEvidence(item.id(), evidence));
        refresh();
        return added;
    }

    @Override
    public void evidenceFile(RunbookItem item, String fileName, String contentType, byte[] content) {
        RunbookUi.attempt(() -> runbooks.addEvidence(item.id(), NewEvidence.file(fileName, contentType, content)));
        refresh();
    }

    @Override
    public DownloadHandler download(Evidence evidence) {
        boolean image = INLINE_TYPES.contains(evidence.contentType());
        var handler = DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(runbooks.evidenceContent(evidence.id())), evidence.fileName(),
                image ? evidence.contentType() : "application/octet-stream", -1));
        return image ? handler.inline() : handler;
    }

    @Override
    public void editing(RunbookItem item, String activityKey) {
        bus.publish(RunbookTopics.editing(incidentId), new RunbookTopics.Editing(me.accountId(), me.displayName(),
                item.number(), activityKey));
    }

    @Override
    public List<EvidenceCheck> checks(RunbookItem item) {
        List<EvidenceCheck> checks = new java.util.ArrayList<>();
        for (EvidenceSource source : evidenceSources) {
            for (EvidenceCheck check : source.checks(item)) {
                checkSources.put(check.id(), source);
                checks.add(check);
            }
        }
        return checks;
    }

    @Override
    public void runCheck(RunbookItem item, EvidenceCheck check, Button button) {
        EvidenceSource source = checkSources.get(check.id());
        UI ui = UI.getCurrent();
        String label = button.getText();
        button.setText(Texts.t("runbook.check.running", check.argument()));
        Thread.ofVirtual().name("runbook-check").start(new DelegatingSecurityContextRunnable(() -> {
            String found = null;
            RuntimeException failure = null;
            try {
                found = source.run(check.id());
            } catch (RuntimeException e) {
                failure = e;
            }
            String evidence = found;
            RuntimeException failed = failure;
            ui.access(() -> attachCheck(item, check, button, label, evidence, failed));
        }));
    }

    /** Runs in the UI's lock: translations need the UI, which the check's own thread does not have. */
    private void attachCheck(RunbookItem item, EvidenceCheck check, Button button, String label, String evidence,
            RuntimeException failure) {
        button.setText(label);
        button.setEnabled(true);
        if (failure != null) {
            RunbookUi.problem(checkFailure(check, failure));
        } else if (RunbookUi.attempt(() -> runbooks.addEvidence(item.id(), new NewEvidence(EvidenceKind.PROBE,
                evidence, null, null, null, null)))) {
            Notification.show(Texts.t("runbook.check.attached", check.argument()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
        refresh();
    }

    /** What went wrong, told apart: a refusal the user can act on, the database away, or a bug (logged). */
    private static String checkFailure(EvidenceCheck check, RuntimeException failure) {
        if (failure instanceof UserFacingException refusal) {
            return Texts.t(refusal.messageKey(), refusal.arguments());
        }
        if (DatabaseTrouble.isUnreachable(failure)) {
            return Texts.t("runbook.check.database", check.argument());
        }
        return Texts.t("runbook.check.failed", check.argument()) + " "
                + Texts.t("base.error.reference", FailureMessage.logged(failure));
    }

    private boolean logAction(NewAction action) {
        boolean added = RunbookUi.attempt(() -> runbooks.logAction(incidentId, action));
        refresh();
        return added;
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
