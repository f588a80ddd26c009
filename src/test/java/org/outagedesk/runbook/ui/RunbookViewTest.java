package org.outagedesk.runbook.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.component.virtuallist.VirtualListTester;
import com.vaadin.flow.data.provider.DataChangeEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentException;
import org.outagedesk.incident.IncidentLabels;
import org.outagedesk.incident.IncidentRoles;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.TimelineMessage;
import org.outagedesk.incident.ui.IncidentView;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.outagedesk.runbook.ActionOutcome;
import org.outagedesk.runbook.ActionType;
import org.outagedesk.runbook.Evidence;
import org.outagedesk.runbook.EvidenceKind;
import org.outagedesk.runbook.ItemKind;
import org.outagedesk.runbook.ItemState;
import org.outagedesk.runbook.NewAction;
import org.outagedesk.runbook.RunbookItem;
import org.outagedesk.runbook.RunbookItemChangedMeanwhile;
import org.outagedesk.runbook.RunbookProperties;
import org.outagedesk.runbook.RunbookRun;
import org.outagedesk.runbook.RunbookService;
import org.outagedesk.runbook.TemplateDraft;
import org.outagedesk.runbook.TemplateItemDraft;
import org.outagedesk.runbook.TemplateSummary;
import org.outagedesk.security.OutageDeskUser;
import org.springframework.beans.factory.annotation.Autowired;

/** The checklist on the incident page, browserless, signed in as IT staff (Iván), in English. */
@ReportSpringTest
class RunbookViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accountService;
    @Autowired IncidentService incidents;
    @Autowired RunbookService runbooks;
    @Autowired RunbookProperties properties;
    @Autowired BundleI18NProvider i18n;

    private OutageDeskUser me;
    private IncidentDetails incident;

    @BeforeEach
    void anIncidentWithItsChecklist() {
        me = SignedIn.as(accountService, "it@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        incident = incidents.open(new NewIncident("Mail server down", null, EnumSet.of(MailService.IMAP_POP),
                Scope.ALL_USERS, Severity.SEV1, List.of()));
    }

    /** Pushed refreshes still queued run while someone is signed in; then the person signs out. */
    @Override
    @AfterEach
    protected void cleanVaadinEnvironment() {
        properties.setPhaseGates(false);
        SignedIn.as(accountService, "it@demo.local");
        try {
            super.cleanVaadinEnvironment();
        } finally {
            SignedIn.out();
        }
    }

    private void open() {
        navigate(IncidentView.class, Map.of("id", String.valueOf(incident.id())));
    }

    private RunbookRun run() {
        return runbooks.run(incident.id()).orElseThrow();
    }

    private RunbookItem item(String number) {
        return run().items().stream().filter(item -> item.number().equals(number)).findFirst().orElseThrow();
    }

    /** A row of the checklist: the list of the item's phase and where in it the item is. */
    private record Row(VirtualListTester<VirtualList<ChecklistRow>, ChecklistRow> list, int index) {

        /** What the browser is sent for the row. */
        ChecklistRows.Item shown() {
            return list.getLitRendererPropertyValue(index, "item", ChecklistRows.Item.class);
        }

        /** A click on one of the row's buttons, as the browser sends it: the function's name and the row. */
        void press(String function) {
            list.invokeLitRendererFunction(index, function);
        }
    }

    @SuppressWarnings("unchecked")
    private VirtualListTester<VirtualList<ChecklistRow>, ChecklistRow> phaseList(Phase phase) {
        return test((VirtualList<ChecklistRow>) $(VirtualList.class).id("runbook-items-" + phase.name()));
    }

    private Row row(RunbookItem item) {
        var list = phaseList(item.phase());
        for (int index = 0; index < list.size(); index++) {
            ChecklistRow row = list.getItem(index);
            if (!row.isHeading() && row.item().id() == item.id()) {
                return new Row(list, index);
            }
        }
        throw new AssertionError("Item " + item.number() + " is not listed");
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private String en(String key, Object... arguments) {
        return i18n.getTranslation(key, Locale.ENGLISH, arguments);
    }

    private String lastNotification() {
        List<Notification> shown = $(Notification.class).all();
        return shown.isEmpty() ? null : test(shown.getLast()).getText();
    }

    private List<TimelineItem> runbookSteps() {
        return incidents.timeline(incident.id()).stream().filter(item -> item.kind() == TimelineKind.RUNBOOK).toList();
    }

    @Test
    void openingAnIncidentStartsTheMailOutageSopWithItsSevenPhases() {
        RunbookRun run = run();
        assertThat(run.templateKey()).isEqualTo(RunbookProperties.MAIL_OUTAGE);
        assertThat(run.items()).extracting(RunbookItem::phase).containsAll(EnumSet.allOf(Phase.class));
        assertThat(run.items(Phase.VERIFICATION)).allMatch(item -> item.kind() == ItemKind.VERIFICATION
                && item.needsSecondVerifier());
        assertThat(run.items(Phase.FIX)).extracting(RunbookItem::kind).contains(ItemKind.ACTION_LOG);
        open();
        assertThat(run().items()).extracting(item -> row(item).shown().title()).contains(
                "Confirm the mail server is down and not answering *", "Decide scope and severity *",
                "Test network connectivity from several devices *");
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        assertThat(item("1.1").title(Locale.forLanguageTag("es")))
                .isEqualTo("Confirmar que el servidor de correo está caído y no responde");
    }

    @Test
    void eachPhaseListStartsWithItsHeadingAndProgressAndIsNamedByIt() {
        open();
        for (Phase phase : Phase.values()) {
            var list = phaseList(phase);
            var head = list.getLitRendererPropertyValue(0, "head", ChecklistRows.Head.class);
            assertThat(head.title()).isEqualTo((phase.ordinal() + 1) + " · " + en(IncidentLabels.key(phase)));
            assertThat(head.progress()).isEqualTo(en("runbook.progress", 0, run().items(phase).size()));
            // The template names each progress bar by its heading (aria-labelledby); the list is named by it too.
            assertThat(list.getComponent().getElement().getAttribute("aria-labelledby"))
                    .isEqualTo("runbook-phase-title-" + phase.name());
        }
        row(item("1.1")).press("done");
        var assessment = phaseList(Phase.ASSESSMENT).getLitRendererPropertyValue(0, "head", ChecklistRows.Head.class);
        assertThat(assessment.value()).isEqualTo(1.0 / run().items(Phase.ASSESSMENT).size());
    }

    @Test
    void doneNotApplicableAndReopenAreShownAndWrittenToTheTimeline() {
        open();
        RunbookItem first = item("1.1");
        assertThat(row(first).shown().first().action()).isEqualTo("done");
        row(first).press("done");
        assertThat(item("1.1").state()).isEqualTo(ItemState.DONE);
        assertThat(item("1.1").doneByName()).isEqualTo(me.displayName());
        assertThat(row(first).shown().state()).isEqualTo("DONE");
        // Done turns into Reopen in the same place, so the keyboard focus stays on it.
        assertThat(row(first).shown().first().action()).isEqualTo("reopen");
        assertThat(row(first).shown().second()).isNull();

        RunbookItem eta = item("2.4");
        row(eta).press("skip");
        test($(TextField.class).id("runbook-na-reason")).setValue("No estimate possible yet");
        click("runbook-na-confirm");
        assertThat(item("2.4").state()).isEqualTo(ItemState.NOT_APPLICABLE);
        assertThat(item("2.4").naReason()).isEqualTo("No estimate possible yet");

        row(first).press("reopen");
        assertThat(item("1.1").state()).isEqualTo(ItemState.OPEN);
        assertThat(runbookSteps()).hasSize(3);
        assertThat(runbookSteps().getFirst().message().key()).isEqualTo("runbook.timeline.reopened");
        assertThat(runbookSteps().getFirst().message().arguments().getFirst()).isEqualTo(TimelineMessage.text("1.1"));
        assertThat(runbookSteps().get(1).note()).as("the reason, as written").isEqualTo("No estimate possible yet");
    }

    /** What the incident page's timeline shows, one line per entry: what happened and its detail. */
    @SuppressWarnings("unchecked")
    private String timelineShown() {
        VirtualListTester<VirtualList<TimelineItem>, TimelineItem> entries =
                test((VirtualList<TimelineItem>) $(VirtualList.class).id("incident-timeline"));
        return String.join("\n", java.util.stream.IntStream.range(0, entries.size()).mapToObj(index ->
                entries.getLitRendererPropertyValue(index, "what", String.class) + " "
                        + entries.getLitRendererPropertyValue(index, "note", String.class)).toList());
    }

    @Test
    void aChecklistStepReadsInTheLanguageOfWhoeverReadsTheTimeline() {
        Locale spanish = BundleI18NProvider.SPANISH;
        UI.getCurrent().setLocale(spanish);
        runbooks.markDone(item("1.1").id(), item("1.1").version());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        runbooks.addNote(item("1.2").id(), "Nagios en rojo");

        open();
        assertThat(timelineShown()).contains("marked 1.1 Confirm the mail server is down and not answering as done",
                "added a note to 1.2 Check the monitoring tools Nagios en rojo")
                .doesNotContain("Confirmar", "Revisar las herramientas", "✓", "RUNBOOK");
        UI.getCurrent().setLocale(spanish);
        open();
        assertThat(timelineShown())
                .contains("marcó 1.1 Confirmar que el servidor de correo está caído y no responde como hecho",
                        "añadió una nota a 1.2 Revisar las herramientas de monitorización Nagios en rojo")
                .doesNotContain("Confirm the mail server", "Check the monitoring tools");
    }

    @Test
    void aStaleScreenIsRefusedWithWhoChangedTheItem() {
        RunbookItem seen = item("1.2");
        SignedIn.as(accountService, "it2@demo.local");
        runbooks.markDone(seen.id(), seen.version());
        SignedIn.as(accountService, "it@demo.local");
        assertThatThrownBy(() -> runbooks.markNotApplicable(seen.id(), seen.version(), "no monitoring"))
                .isInstanceOfSatisfying(RunbookItemChangedMeanwhile.class,
                        e -> assertThat(e.changedBy()).isEqualTo("Priya Shah"));
        assertThat(item("1.2").state()).isEqualTo(ItemState.DONE);
    }

    @Test
    void notesAreAppendedAndAChangeByAnotherPersonArrivesLive() {
        open();
        RunbookItem logs = item("3.2");
        row(logs).press("more");
        assertThat(row(logs).shown().working()).isTrue();
        assertThat(row(logs).shown().more().text()).isEqualTo(en("runbook.action.less"));
        test($(TextField.class).id("runbook-note-" + logs.id())).setValue("Disk full on /var");
        click("runbook-note-add-" + logs.id());
        assertThat(item("3.2").notes()).extracting(n -> n.text()).containsExactly("Disk full on /var");

        List<String> sentAgain = new CopyOnWriteArrayList<>();
        phaseList(logs.phase()).getComponent().getDataProvider().addDataProviderListener(change -> sentAgain.add(
                change instanceof DataChangeEvent.DataRefreshEvent<?> one ? ((ChecklistRow) one.getItem()).key()
                        : "everything"));
        SignedIn.as(accountService, "it2@demo.local");
        runbooks.addNote(logs.id(), "Queue at 12k messages");
        runbooks.markDone(logs.id(), item("3.2").version());
        SignedIn.as(accountService, "it@demo.local");
        eventually(() -> row(logs).shown(), shown -> "DONE".equals(shown.state())
                && shown.notes().stream().anyMatch(note -> note.text().equals("Queue at 12k messages")));
        assertThat(row(logs).shown().notes()).extracting(ChecklistRows.Note::author)
                .containsExactly("Iván Torres", "Priya Shah");
        // Only the item that changed and its phase's count travel again, never the whole list.
        assertThat(sentAgain).isNotEmpty().containsOnly("item-" + logs.id(), "phase-" + logs.phase().name());

        click("runbook-work-close-" + logs.id());
        assertThat($(TextField.class).withId("runbook-note-" + logs.id()).exists()).isFalse();
        assertThat(row(logs).shown().working()).isFalse();
    }

    @Test
    void verificationNeedsTwoDifferentSigners() {
        open();
        RunbookItem mail = item("5.1");
        assertThat(row(mail).shown().first().action()).isEqualTo("sign");
        row(mail).press("sign");
        assertThat(item("5.1").firstSignerName()).isEqualTo("Iván Torres");
        assertThat(item("5.1").state()).isEqualTo(ItemState.OPEN);
        assertThat(lastNotification()).isEqualTo(en("runbook.saved.signed-waiting", "5.1 " + mail.titleEn()));
        // The first signer is not offered a second signature; the row says what it waits for.
        assertThat(row(mail).shown().first().action()).isEqualTo("reopen");
        assertThat(row(mail).shown().second()).isNull();
        assertThat(row(mail).shown().who()).isEqualTo("Signed off by Iván Torres; waiting for a second person.");
        row(mail).press("sign");
        assertThat(item("5.1").secondSignerId()).isNull();
        assertThatThrownBy(() -> runbooks.signOff(mail.id())).hasMessage("runbook.error.same-signer");
        assertThatThrownBy(() -> runbooks.markDone(mail.id(), item("5.1").version()))
                .hasMessage("runbook.error.needs-sign-off");

        // Someone else is offered the second signature, and reads the same row in Spanish.
        long priya = accountService.findLoginAccount("it2@demo.local").orElseThrow().id();
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        ChecklistRows.Item forPriya = ChecklistRows.item(item("5.1"), true, priya, false, file -> "");
        assertThat(forPriya.first().action()).isEqualTo("sign");
        assertThat(forPriya.who()).isEqualTo("Firmado por Iván Torres; falta la firma de una segunda persona.");
        UI.getCurrent().setLocale(Locale.ENGLISH);

        SignedIn.as(accountService, "it2@demo.local");
        runbooks.signOff(mail.id());
        SignedIn.as(accountService, "it@demo.local");
        assertThat(item("5.1").state()).isEqualTo(ItemState.DONE);
        assertThat(item("5.1").secondSignerName()).isEqualTo("Priya Shah");
        assertThat(ChecklistRows.item(item("5.1"), true, priya, false, file -> "").who())
                .isEqualTo("Signed off by Iván Torres and Priya Shah.");
    }

    @Test
    void everyChangeToTheChecklistSaysWhatItDid() {
        open();
        RunbookItem first = item("1.1");
        row(first).press("done");
        assertThat(lastNotification()).isEqualTo(en("runbook.saved.done", "1.1 " + first.titleEn()));
        row(first).press("reopen");
        assertThat(lastNotification()).isEqualTo(en("runbook.saved.reopened", "1.1 " + first.titleEn()));
        RunbookItem logs = item("3.2");
        row(logs).press("more");
        test($(TextField.class).id("runbook-note-" + logs.id())).setValue("Disk at 97 %");
        click("runbook-note-add-" + logs.id());
        assertThat(lastNotification()).isEqualTo(en("runbook.saved.note", "3.2 " + logs.titleEn()));
        assertThat($(TextField.class).id("runbook-note-" + logs.id()).getValue()).isEmpty();
    }

    @Test
    void aClosedIncidentsChecklistOnlyReads() {
        incident = incidents.open(new NewIncident("One mailbox full", null, EnumSet.of(MailService.IMAP_POP),
                Scope.SINGLE_USER, Severity.SEV4, List.of()));
        IncidentDetails resolved = incidents.resolve(incident.id(), incident.version());
        // Resolved: the last phases' items are still worked on.
        runbooks.markDone(item("6.1").id(), item("6.1").version());
        incidents.close(resolved.id(), resolved.version());

        assertThatThrownBy(() -> runbooks.markDone(item("1.1").id(), item("1.1").version()))
                .hasMessage("runbook.error.incident-closed");
        assertThatThrownBy(() -> runbooks.addNote(item("1.1").id(), "late note"))
                .hasMessage("runbook.error.incident-closed");
        assertThatThrownBy(() -> runbooks.logAction(incident.id(), new NewAction(ActionType.RESTART, "mx1",
                Instant.now(), null, ActionOutcome.SUCCESS, null))).hasMessage("runbook.error.incident-closed");
        open();
        assertThat(row(item("1.1")).shown().controls()).isFalse();
        row(item("1.1")).press("done");
        assertThat(item("1.1").state()).isEqualTo(ItemState.OPEN);
    }

    @Test
    void phaseGatesStopTheMoveUntilTheCommanderOverridesWithAReason() {
        properties.setPhaseGates(true);
        assertThatThrownBy(() -> incidents.change(incident.id(), incident.version(),
                new IncidentEdit.ChangePhase(Phase.TROUBLESHOOTING)))
                .isInstanceOfSatisfying(IncidentException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("incident.error.phase-gate");
                    assertThat((String) e.arguments()[0]).contains("1.1", "2.3").doesNotContain("2.4");
                });
        assertThatThrownBy(() -> incidents.overridePhaseGate(incident.id(), incident.version(), Phase.TROUBLESHOOTING,
                "Obvious cause")).hasMessage("incident.error.commander-only");

        IncidentDetails commanded = incidents.change(incident.id(), incident.version(),
                new IncidentEdit.AssignRole(IncidentRoles.COMMANDER, me.accountId()));
        assertThatThrownBy(() -> incidents.overridePhaseGate(incident.id(), commanded.version(),
                Phase.TROUBLESHOOTING, " ")).hasMessage("incident.error.override-reason");
        IncidentDetails moved = incidents.overridePhaseGate(incident.id(), commanded.version(), Phase.TROUBLESHOOTING,
                "Whole site down, communication runs in parallel");
        assertThat(moved.phase()).isEqualTo(Phase.TROUBLESHOOTING);
        assertThat(incidents.timeline(incident.id())).anyMatch(item -> item.kind() == TimelineKind.GATE_OVERRIDDEN
                && item.note().equals("Whole site down, communication runs in parallel"));

        run().items().stream().filter(item -> item.phase().compareTo(Phase.FIX) < 0 && item.required())
                .forEach(item -> runbooks.markDone(item.id(), item.version()));
        IncidentDetails fix = incidents.change(incident.id(), moved.version(), new IncidentEdit.ChangePhase(Phase.FIX));
        assertThat(fix.phase()).isEqualTo(Phase.FIX);
    }

    @Test
    void theCommanderOverridesFromThePanel() {
        properties.setPhaseGates(true);
        incidents.change(incident.id(), incident.version(), new IncidentEdit.AssignRole(IncidentRoles.COMMANDER,
                me.accountId()));
        open();
        click("runbook-override-open");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Phase> phase = $(com.vaadin.flow.component.select.Select.class)
                .id("runbook-override-phase");
        test(phase).selectItem(en("incident.phase.FIX"));
        test($(TextField.class).id("runbook-override-reason")).setValue("Fix known from yesterday");
        click("runbook-override");
        assertThat(incidents.find(incident.id()).orElseThrow().phase()).isEqualTo(Phase.FIX);
        assertThat(lastNotification()).isEqualTo(en("runbook.saved.override", en("incident.phase.FIX")));
        assertThat($(TextField.class).withId("runbook-override-reason").exists()).as("the form closed").isFalse();
    }

    @Test
    void actionsAreLoggedWithTheirOutcome() {
        open();
        assertThat(test(actionLog()).size()).isZero();
        click("action-log-open");
        test($(TextField.class).id("action-log-target")).setValue("mx1.demo.local postfix");
        test($(TextField.class).id("action-log-notes")).setValue("Service back after 40 s");
        click("action-log-add");
        assertThat(lastNotification()).isEqualTo(en("runbook.saved.action", en("runbook.ActionType.RESTART"),
                "mx1.demo.local postfix", en("runbook.ActionOutcome.SUCCESS")));
        assertThat($(TextField.class).withId("action-log-target").exists()).as("the form closed").isFalse();
        assertThat($(Button.class).id("action-log-open").isVisible()).isTrue();
        assertThat(run().actions()).singleElement().satisfies(action -> {
            assertThat(action.type()).isEqualTo(ActionType.RESTART);
            assertThat(action.outcome()).isEqualTo(ActionOutcome.SUCCESS);
            assertThat(action.actorName()).isEqualTo("Iván Torres");
        });
        assertThat(test(actionLog()).getLitRendererPropertyValue(0, "what", String.class))
                .contains(en("runbook.ActionType.RESTART"), "mx1.demo.local postfix");
        assertThat(test(actionLog()).getLitRendererPropertyValue(0, "outcomeText", String.class)).isEqualTo("Success");
        assertThatThrownBy(() -> runbooks.logAction(incident.id(), new NewAction(ActionType.PATCH, "mx1",
                Instant.now(), Instant.now().minusSeconds(60), ActionOutcome.FAILED, null)))
                .hasMessage("runbook.error.action-order");
        assertThat(runbookSteps()).anyMatch(step -> step.message().equals(TimelineMessage.of(
                "runbook.timeline.action-logged", TimelineMessage.label("runbook.ActionType.RESTART"),
                TimelineMessage.text("mx1.demo.local postfix"), TimelineMessage.label("runbook.ActionOutcome.SUCCESS")))
                && "Service back after 40 s".equals(step.note()));
    }

    @Test
    void savingATemplateAddsAVersionAndRunsKeepTheirs() {
        String key = "test-light-" + incident.id();
        SignedIn.as(accountService, "admin@demo.local");
        TemplateItemDraft check = new TemplateItemDraft(Phase.ASSESSMENT, "Mirar", "Look", null, null, true, false,
                ItemKind.CHECK);
        TemplateSummary first = runbooks.saveTemplate(new TemplateDraft(key, "Ligera", "Light", List.of(check)));
        assertThat(first.versionNo()).isEqualTo(1);

        SignedIn.as(accountService, "it@demo.local");
        RunbookRun chosen = runbooks.chooseTemplate(incident.id(), key);
        assertThat(chosen.templateVersion()).isEqualTo(1);
        assertThat(chosen.items()).hasSize(1);

        SignedIn.as(accountService, "admin@demo.local");
        TemplateDraft edited = runbooks.draft(first.id());
        List<TemplateItemDraft> items = new java.util.ArrayList<>(edited.items());
        items.add(new TemplateItemDraft(Phase.VERIFICATION, "Probar", "Test", null, null, true, true,
                ItemKind.VERIFICATION));
        TemplateSummary second = runbooks.saveTemplate(new TemplateDraft(key, "Ligera", "Light", items));
        assertThat(second.versionNo()).isEqualTo(2);
        assertThat(runbooks.versions(key)).extracting(TemplateSummary::versionNo).containsExactly(2, 1);

        SignedIn.as(accountService, "it@demo.local");
        assertThat(run().templateVersion()).isEqualTo(1);
        assertThat(run().items()).hasSize(1);
        IncidentDetails other = incidents.open(new NewIncident("One mailbox", null, EnumSet.of(MailService.IMAP_POP),
                Scope.SINGLE_USER, Severity.SEV4, List.of()));
        RunbookRun newer = runbooks.chooseTemplate(other.id(), key);
        assertThat(newer.templateVersion()).isEqualTo(2);
        assertThat(newer.items()).hasSize(2);
    }

    @Test
    void anOpenWorkAreaStaysPutWhileSomeoneElseAttachesAFileToAnotherItem() {
        open();
        RunbookItem logs = item("3.2");
        RunbookItem power = item("3.1");
        row(logs).press("more");
        TextField note = $(TextField.class).id("runbook-note-" + logs.id());
        note.setValue("Queue growing since 08:10");
        int[] detached = {0};
        note.addDetachListener(detach -> detached[0]++);

        SignedIn.as(accountService, "it2@demo.local");
        RunbookItem withFile = runbooks.addEvidence(power.id(), org.outagedesk.runbook.NewEvidence.file("dmesg.txt", "text/plain",
                "EXT4-fs error".getBytes()));
        SignedIn.as(accountService, "it@demo.local");
        eventually(() -> row(power).shown().evidence(), shown -> shown.stream().anyMatch(e -> "file".equals(e.kind())));

        assertThat($(TextField.class).id("runbook-note-" + logs.id())).isSameAs(note);
        assertThat(note.getValue()).isEqualTo("Queue growing since 08:10");
        assertThat(detached[0]).as("the work area was not taken out of the page").isZero();
        assertThat(withFile.evidence()).hasSize(1);
    }

    @Test
    void aFileAttachedAsEvidenceIsStoredAndOffered() {
        open();
        RunbookItem logs = item("3.2");
        byte[] excerpt = "Nov 27 08:14 mx1 postfix/smtpd: warning: TLS library problem".getBytes();
        row(logs).press("more");
        test($(Upload.class).id("runbook-evidence-file-" + logs.id())).upload("maillog.txt", "text/plain", excerpt);

        eventually(() -> item("3.2").evidence(), evidence -> evidence.stream()
                .anyMatch(e -> "maillog.txt".equals(e.fileName())));
        var stored = item("3.2").evidence().stream().filter(e -> "maillog.txt".equals(e.fileName())).findFirst()
                .orElseThrow();
        assertThat(stored.kind()).isEqualTo(EvidenceKind.FILE);
        assertThat(runbooks.evidenceContent(stored.id())).isEqualTo(excerpt);
        ChecklistRows.Shown offered = eventually(() -> row(logs).shown().evidence(), shown -> !shown.isEmpty())
                .getFirst();
        assertThat(offered.text()).isEqualTo("maillog.txt");
        assertThat(offered.anchorId()).isEqualTo("runbook-evidence-download-" + stored.id());
        // One address serves the page's files, each named by its evidence id.
        assertThat(offered.href()).startsWith("VAADIN/dynamic/resource/").endsWith("?evidence=" + stored.id());
    }

    @Test
    void whatPeopleTypedReachesTheRowAsDataAndALinkThatIsNotHttpIsNeverALink() {
        RunbookItem logs = item("3.2");
        String hostile = "<img src=x onerror=alert(1)> \"quoted\" & <b>bold</b>";
        runbooks.addNote(logs.id(), hostile);
        runbooks.addEvidence(logs.id(), org.outagedesk.runbook.NewEvidence.link("https://status.example/x?a=<b>"));
        open();
        ChecklistRows.Item shown = row(logs).shown();
        assertThat(shown.notes()).singleElement().extracting(ChecklistRows.Note::text).isEqualTo(hostile);
        assertThat(shown.evidence()).singleElement().satisfies(link -> {
            assertThat(link.kind()).isEqualTo("link");
            assertThat(link.href()).isEqualTo("https://status.example/x?a=<b>");
        });
        // The service stores only http(s) links; should another kind ever be stored, the row shows it as text.
        RunbookItem i = item("3.2");
        RunbookItem scripted = new RunbookItem(i.id(), i.phase(), i.number(), i.titleEs(), i.titleEn(), i.hintEs(),
                i.hintEn(), i.required(), i.needsSecondVerifier(), i.kind(), i.state(), i.naReason(), i.assigneeId(),
                i.assigneeName(), i.doneByName(), i.doneAt(), i.firstSignerId(), i.firstSignerName(),
                i.firstSignedAt(), i.secondSignerId(), i.secondSignerName(), i.secondSignedAt(), i.updatedByName(),
                i.version(), i.notes(), List.of(new Evidence(1, Instant.now(), "Mallory", EvidenceKind.LINK, null,
                        "javascript:alert(1)", null, null)));
        assertThat(ChecklistRows.item(scripted, true, me.accountId(), false, file -> "").evidence()).singleElement()
                .satisfies(text -> {
                    assertThat(text.kind()).isEqualTo("text");
                    assertThat(text.href()).isNull();
                    assertThat(text.text()).isEqualTo("javascript:alert(1)");
                });
    }

    @Test
    void actionsTheRowDoesNotOfferAreRefused() {
        open();
        RunbookItem first = item("1.1");
        // An open plain item offers Done and Not applicable: a signature or a reopening sent anyway does nothing.
        row(first).press("sign");
        row(first).press("reopen");
        assertThat(item("1.1").version()).isEqualTo(first.version());
        assertThat(item("1.1").firstSignerId()).isNull();
        assertThat(runbookSteps()).isEmpty();
    }

    @Test
    void aManagerReadsTheChecklistAndItsButtonsDoNothingEvenWhenSentAnyway() {
        SignedIn.as(accountService, "manager@demo.local");
        open();
        RunbookItem first = item("1.1");
        assertThat(row(first).shown().controls()).isFalse();
        assertThat($(Button.class).withId("action-log-open").all()).allMatch(button -> !button.isVisible());
        row(first).press("done");
        row(first).press("more");
        assertThat(item("1.1").state()).isEqualTo(ItemState.OPEN);
        assertThat($(TextField.class).withId("runbook-note-" + first.id()).exists()).isFalse();
    }

    @Test
    void theTemplateCannotBeSwappedOnceWorkStarted() {
        runbooks.markDone(item("1.1").id(), item("1.1").version());
        assertThatThrownBy(() -> runbooks.chooseTemplate(incident.id(), RunbookProperties.SINGLE_USER))
                .hasMessage("runbook.error.progressed");
    }

    private VirtualList<?> actionLog() {
        return $(VirtualList.class).id("action-log");
    }

    /** What {@code read} gives once pushed changes have reached the page and it passes {@code check}. */
    private <T> T eventually(Supplier<T> read, Predicate<T> check) {
        return await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).pollInSameThread()
                .until(() -> {
                    roundTrip();
                    return read.get();
                }, check);
    }
}
