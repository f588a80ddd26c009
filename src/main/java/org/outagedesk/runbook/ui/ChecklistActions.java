package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.outagedesk.base.DatabaseTrouble;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.UserFacingException;
import org.outagedesk.base.ui.FailureMessage;
import org.outagedesk.base.ui.Texts;
import org.outagedesk.live.LiveBus;
import org.outagedesk.runbook.ActionEntry;
import org.outagedesk.runbook.EvidenceCheck;
import org.outagedesk.runbook.EvidenceKind;
import org.outagedesk.runbook.EvidenceSource;
import org.outagedesk.runbook.ItemState;
import org.outagedesk.runbook.NewAction;
import org.outagedesk.runbook.NewEvidence;
import org.outagedesk.runbook.RunbookItem;
import org.outagedesk.runbook.RunbookService;
import org.outagedesk.runbook.RunbookTopics;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The checklist's changes: each calls the service, shows a refusal in words the person can act on,
 * and has the page read the checklist again either way.
 */
final class ChecklistActions implements ItemActions {

    private final long incidentId;
    private final RunbookService runbooks;
    private final LiveBus bus;
    private final SignedInUser me;
    private final List<EvidenceSource> evidenceSources;
    private final Runnable refresh;
    private final Map<String, EvidenceSource> checkSources = new ConcurrentHashMap<>();

    ChecklistActions(long incidentId, RunbookService runbooks, LiveBus bus, SignedInUser me,
            List<EvidenceSource> evidenceSources, Runnable refresh) {
        this.incidentId = incidentId;
        this.runbooks = runbooks;
        this.bus = bus;
        this.me = me;
        this.evidenceSources = evidenceSources;
        this.refresh = refresh;
    }

    /** Makes a change to an item and says what it did, or why it was refused; the checklist is read again either way. */
    private boolean change(Supplier<RunbookItem> change, Function<RunbookItem, String> confirmation) {
        RunbookItem[] after = new RunbookItem[1];
        boolean done = RunbookUi.attempt(() -> after[0] = change.get());
        if (done) {
            RunbookUi.success(confirmation.apply(after[0]));
        }
        refresh.run();
        return done;
    }

    @Override
    public void done(RunbookItem item) {
        change(() -> runbooks.markDone(item.id(), item.version()),
                after -> Texts.t("runbook.saved.done", RunbookUi.itemLabel(after)));
    }

    @Override
    public void notApplicable(RunbookItem item) {
        TextField reason = RunbookUi.withId(new TextField(Texts.t("runbook.na.reason")), "runbook-na-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Texts.t("runbook.na.title", item.number()));
        Button confirm = RunbookUi.withId(new Button(Texts.t("runbook.action.not-applicable"), click -> {
            if (change(() -> runbooks.markNotApplicable(item.id(), item.version(), reason.getValue()),
                    after -> Texts.t("runbook.saved.not-applicable", RunbookUi.itemLabel(after)))) {
                dialog.close();
            }
        }), "runbook-na-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(Texts.t("runbook.cancel"), click -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        reason.focus();
    }

    @Override
    public void reopen(RunbookItem item) {
        change(() -> runbooks.reopen(item.id(), item.version()),
                after -> Texts.t("runbook.saved.reopened", RunbookUi.itemLabel(after)));
    }

    @Override
    public void sign(RunbookItem item) {
        change(() -> runbooks.signOff(item.id()), after -> Texts.t(after.state() == ItemState.DONE
                ? "runbook.saved.signed-done" : "runbook.saved.signed-waiting", RunbookUi.itemLabel(after)));
    }

    @Override
    public void assign(RunbookItem item, Long accountId) {
        change(() -> runbooks.assign(item.id(), item.version(), accountId), after -> after.assigneeName() == null
                ? Texts.t("runbook.saved.unassigned", RunbookUi.itemLabel(after))
                : Texts.t("runbook.saved.assigned", RunbookUi.itemLabel(after), after.assigneeName()));
    }

    @Override
    public boolean note(RunbookItem item, String text) {
        return change(() -> runbooks.addNote(item.id(), text),
                after -> Texts.t("runbook.saved.note", RunbookUi.itemLabel(after)));
    }

    @Override
    public boolean evidence(RunbookItem item, String textOrLink) {
        String value = textOrLink == null ? "" : textOrLink.strip();
        NewEvidence evidence = NewEvidence.isWebLink(value) ? NewEvidence.link(value) : NewEvidence.text(value);
        return change(() -> runbooks.addEvidence(item.id(), evidence),
                after -> Texts.t("runbook.saved.evidence", RunbookUi.itemLabel(after)));
    }

    @Override
    public void evidenceFile(RunbookItem item, String fileName, String contentType, byte[] content) {
        change(() -> runbooks.addEvidence(item.id(), NewEvidence.file(fileName, contentType, content)),
                after -> Texts.t("runbook.saved.file", fileName, RunbookUi.itemLabel(after)));
    }

    boolean logAction(NewAction action) {
        ActionEntry[] logged = new ActionEntry[1];
        boolean done = RunbookUi.attempt(() -> logged[0] = runbooks.logAction(incidentId, action));
        if (done) {
            RunbookUi.success(Texts.t("runbook.saved.action", RunbookUi.label(logged[0].type()), logged[0].target(),
                    RunbookUi.label(logged[0].outcome())));
        }
        refresh.run();
        return done;
    }

    @Override
    public void editing(RunbookItem item, String activityKey) {
        bus.publish(RunbookTopics.editing(incidentId), new RunbookTopics.Editing(me.accountId(), me.displayName(),
                item.number(), activityKey));
    }

    /** Tells the others the person left the page, so they no longer show as writing. */
    void left() {
        bus.publish(RunbookTopics.editing(incidentId), new RunbookTopics.Editing(me.accountId(), me.displayName(),
                null, null));
    }

    @Override
    public List<EvidenceCheck> checks(RunbookItem item) {
        List<EvidenceCheck> checks = new ArrayList<>();
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
            RunbookUi.success(Texts.t("runbook.check.attached", check.argument()));
        }
        refresh.run();
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
}
