package org.outagedesk.runbook.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.base.ui.MarkupTesting;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentException;
import org.outagedesk.incident.IncidentRoles;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.ui.IncidentView;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.outagedesk.runbook.ActionOutcome;
import org.outagedesk.runbook.ActionType;
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

    private void click(String id) {
        if (!MarkupTesting.click($(MarkupBlock.class).all(), id)) {
            test($(Button.class).id(id)).click();
        }
    }

    /** The text of a component, or of an element a markup block draws (checklist items are). */
    private String text(String id) {
        var components = $(com.vaadin.flow.component.Component.class).withId(id).all();
        return components.isEmpty() ? drawn(id).text() : MarkupTesting.text(components.getFirst().getElement());
    }

    private org.jsoup.nodes.Element drawn(String id) {
        return MarkupTesting.find($(MarkupBlock.class).all(), id).orElseThrow();
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
        assertThat(text("runbook-panel")).contains("Confirm the mail server is down and not answering",
                "Decide scope and severity", "Test network connectivity from several devices");
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        assertThat(item("1.1").title(Locale.forLanguageTag("es")))
                .isEqualTo("Confirmar que el servidor de correo está caído y no responde");
    }

    @Test
    void eachPhaseProgressBarIsNamedByItsPhaseHeading() {
        open();
        List<org.jsoup.nodes.Element> heads = $(MarkupBlock.class).all().stream()
                .flatMap(block -> org.jsoup.Jsoup.parseBodyFragment(block.html()).select(".runbook-phase-head").stream())
                .toList();
        assertThat(heads).hasSize(Phase.values().length);
        for (var head : heads) {
            String heading = head.selectFirst("vaadin-progress-bar").attr("aria-labelledby");
            assertThat(heading).startsWith("runbook-phase-title-");
            assertThat(head.getElementById(heading).text()).isNotBlank();
        }
    }

    @Test
    void doneNotApplicableAndReopenAreShownAndWrittenToTheTimeline() {
        open();
        RunbookItem first = item("1.1");
        click("runbook-done-" + first.id());
        assertThat(item("1.1").state()).isEqualTo(ItemState.DONE);
        assertThat(item("1.1").doneByName()).isEqualTo(me.displayName());
        assertThat(drawn("runbook-item-" + first.id()).attr("data-state"))
                .isEqualTo("DONE");

        RunbookItem eta = item("2.4");
        click("runbook-na-" + eta.id());
        test($(TextField.class).id("runbook-na-reason")).setValue("No estimate possible yet");
        click("runbook-na-confirm");
        assertThat(item("2.4").state()).isEqualTo(ItemState.NOT_APPLICABLE);
        assertThat(item("2.4").naReason()).isEqualTo("No estimate possible yet");

        click("runbook-reopen-" + first.id());
        assertThat(item("1.1").state()).isEqualTo(ItemState.OPEN);
        assertThat(runbookSteps()).hasSize(3);
        assertThat(runbookSteps().getFirst().note()).startsWith("↺ 1.1");
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
    void notesAreAppendedAndAChangeByAnotherPersonArrivesLive() throws InterruptedException {
        open();
        RunbookItem logs = item("3.2");
        click("runbook-more-" + logs.id());
        test($(TextField.class).id("runbook-note-" + logs.id())).setValue("Disk full on /var");
        click("runbook-note-add-" + logs.id());
        assertThat(item("3.2").notes()).extracting(n -> n.text()).containsExactly("Disk full on /var");

        SignedIn.as(accountService, "it2@demo.local");
        runbooks.addNote(logs.id(), "Queue at 12k messages");
        runbooks.markDone(logs.id(), item("3.2").version());
        SignedIn.as(accountService, "it@demo.local");
        assertThat(eventually(() -> text("runbook-item-" + logs.id()).contains("Queue at 12k messages")
                && "DONE".equals(drawn("runbook-item-" + logs.id()).attr("data-state"))))
                .isTrue();
    }

    @Test
    void verificationNeedsTwoDifferentSigners() {
        open();
        RunbookItem mail = item("5.1");
        click("runbook-sign-" + mail.id());
        assertThat(item("5.1").firstSignerName()).isEqualTo("Iván Torres");
        assertThat(item("5.1").state()).isEqualTo(ItemState.OPEN);

        click("runbook-sign-" + mail.id());
        assertThat(lastNotification()).isEqualTo(en("runbook.error.same-signer", "Iván Torres"));
        assertThat(item("5.1").secondSignerId()).isNull();
        assertThatThrownBy(() -> runbooks.markDone(mail.id(), item("5.1").version()))
                .hasMessage("runbook.error.needs-sign-off");

        SignedIn.as(accountService, "it2@demo.local");
        runbooks.signOff(mail.id());
        assertThat(item("5.1").state()).isEqualTo(ItemState.DONE);
        assertThat(item("5.1").secondSignerName()).isEqualTo("Priya Shah");
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
    }

    @Test
    void actionsAreLoggedWithTheirOutcome() {
        open();
        click("action-log-open");
        test($(TextField.class).id("action-log-target")).setValue("mx1.demo.local postfix");
        test($(TextField.class).id("action-log-notes")).setValue("Service back after 40 s");
        click("action-log-add");
        assertThat(run().actions()).singleElement().satisfies(action -> {
            assertThat(action.type()).isEqualTo(ActionType.RESTART);
            assertThat(action.outcome()).isEqualTo(ActionOutcome.SUCCESS);
            assertThat(action.actorName()).isEqualTo("Iván Torres");
        });
        assertThat(text("action-log")).contains("mx1.demo.local postfix", "Success");
        assertThatThrownBy(() -> runbooks.logAction(incident.id(), new NewAction(ActionType.PATCH, "mx1",
                Instant.now(), Instant.now().minusSeconds(60), ActionOutcome.FAILED, null)))
                .hasMessage("runbook.error.action-order");
        assertThat(runbookSteps()).anyMatch(step -> step.note().startsWith("⚙ RESTART mx1.demo.local postfix"));
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
    void anOpenWorkAreaStaysPutWhileSomeoneElseAttachesAFileToAnotherItem() throws InterruptedException {
        open();
        RunbookItem logs = item("3.2");
        RunbookItem power = item("3.1");
        click("runbook-more-" + logs.id());
        TextField note = $(TextField.class).id("runbook-note-" + logs.id());
        note.setValue("Queue growing since 08:10");
        int[] detached = {0};
        note.addDetachListener(detach -> detached[0]++);

        SignedIn.as(accountService, "it2@demo.local");
        RunbookItem withFile = runbooks.addEvidence(power.id(), org.outagedesk.runbook.NewEvidence.file("dmesg.txt", "text/plain",
                "EXT4-fs error".getBytes()));
        SignedIn.as(accountService, "it@demo.local");
        assertThat(eventually(() -> $(Anchor.class).all().stream().anyMatch(a -> a.getId().orElse("")
                .startsWith("runbook-evidence-download-")))).isTrue();

        assertThat($(TextField.class).id("runbook-note-" + logs.id())).isSameAs(note);
        assertThat(note.getValue()).isEqualTo("Queue growing since 08:10");
        assertThat(detached[0]).as("the work area was not taken out of the page").isZero();
        assertThat(withFile.evidence()).hasSize(1);
    }

    @Test
    void aFileAttachedAsEvidenceIsStoredAndOffered() throws InterruptedException {
        open();
        RunbookItem logs = item("3.2");
        byte[] excerpt = "Nov 27 08:14 mx1 postfix/smtpd: warning: TLS library problem".getBytes();
        click("runbook-more-" + logs.id());
        test($(Upload.class).id("runbook-evidence-file-" + logs.id())).upload("maillog.txt", "text/plain", excerpt);

        assertThat(eventually(() -> item("3.2").evidence().stream().anyMatch(e -> "maillog.txt".equals(e.fileName()))))
                .isTrue();
        var stored = item("3.2").evidence().stream().filter(e -> "maillog.txt".equals(e.fileName())).findFirst()
                .orElseThrow();
        assertThat(stored.kind()).isEqualTo(EvidenceKind.FILE);
        assertThat(runbooks.evidenceContent(stored.id())).isEqualTo(excerpt);
        assertThat(eventually(() -> !$(Anchor.class).withId("runbook-evidence-download-" + stored.id()).all().isEmpty()))
                .isTrue();
    }

    @Test
    void theTemplateCannotBeSwappedOnceWorkStarted() {
        runbooks.markDone(item("1.1").id(), item("1.1").version());
        assertThatThrownBy(() -> runbooks.chooseTemplate(incident.id(), RunbookProperties.SINGLE_USER))
                .hasMessage("runbook.error.progressed");
    }

    private boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 2000;
        do {
            roundTrip();
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        } while (System.currentTimeMillis() < deadline);
        return false;
    }
}
