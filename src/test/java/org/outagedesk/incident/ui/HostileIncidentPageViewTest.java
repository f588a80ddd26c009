package org.outagedesk.incident.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.component.virtuallist.VirtualListTester;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.UserFacingException;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.NewStatusUpdate;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.outagedesk.runbook.ActionEntry;
import org.outagedesk.runbook.Evidence;
import org.outagedesk.runbook.ItemNote;
import org.outagedesk.runbook.NewEvidence;
import org.outagedesk.runbook.RunbookItem;
import org.outagedesk.runbook.RunbookService;
import org.outagedesk.testsupport.hostile.HostileFieldDriver;
import org.outagedesk.testsupport.hostile.HostileFieldDriver.Stored;
import org.outagedesk.testsupport.hostile.TextRule;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hostile-input corpus through every text field of the incident page, in Spanish: the timeline
 * note, the status update's message and workaround, the checklist note and the action log's target
 * and notes. Each value is stored as typed (after the documented normalisation) or refused with a
 * Spanish message.
 */
@ReportSpringTest
class HostileIncidentPageViewTest extends SpringBrowserlessTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    /** Each value renders the page again, so the forms get a sample; the services below get everything. */
    private static final int PER_CATEGORY = 6;

    @Autowired AccountService accounts;
    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;
    @Autowired RunbookService runbooks;
    @Autowired BundleI18NProvider i18n;

    private IncidentDetails incident;

    @BeforeEach
    void openTheIncidentPage() {
        SignedIn.as(accounts, "it@demo.local");
        // As in production, the sign-in lives in the session: the checklist's coalesced live refreshes
        // run on a thread of their own, which reads it from there.
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession().setAttribute(
                org.springframework.security.web.context.HttpSessionSecurityContextRepository
                        .SPRING_SECURITY_CONTEXT_KEY,
                org.springframework.security.core.context.SecurityContextHolder.getContext());
        UI.getCurrent().setLocale(SPANISH);
        incident = incidents.open(new NewIncident("Hostile input " + System.nanoTime(), null,
                EnumSet.of(MailService.WEBMAIL), Scope.SINGLE_USER, Severity.SEV4, List.of()));
        navigate(IncidentView.class, Map.of("id", String.valueOf(incident.id())));
    }

    /** The page detaches while the person is still signed in (its detach listeners call secured services). */
    @Override
    @AfterEach
    protected void cleanVaadinEnvironment() {
        try {
            super.cleanVaadinEnvironment();
        } finally {
            SignedIn.out();
        }
    }

    @Test
    void timelineNote() {
        driver("incident note", TextRule.text(4000), value -> {
            $(TextArea.class).id("incident-note").setValue(value);
            test($(Button.class).id("incident-note-add")).click();
        }, () -> newest(incidents.timeline(incident.id()).stream().filter(i -> i.kind() == TimelineKind.NOTE)
                .sorted(Comparator.comparingLong(TimelineItem::id)).map(TimelineItem::note).toList())).sample(PER_CATEGORY).run();
        // The newest entry reaches the browser as the renderer's data, exactly as stored: a text binding, never markup.
        @SuppressWarnings("unchecked")
        VirtualListTester<VirtualList<TimelineItem>, TimelineItem> timeline = test($(VirtualList.class).id("incident-timeline"));
        assertThat(timeline.getLitRendererPropertyValue(0, "note", String.class))
                .isEqualTo(incidents.timeline(incident.id()).getFirst().note());
    }

    @Test
    void statusUpdateMessage() {
        driver("status update message", TextRule.text(4000), value -> sendUpdate(value, ""), this::updateMessages)
                .sample(PER_CATEGORY).run();
    }

    @Test
    void statusUpdateWorkaround() {
        driver("status update workaround", TextRule.text(2000), value -> sendUpdate("Seguimos trabajando", value),
                () -> newest(updates.updates(incident.id()).stream().filter(u -> !u.summary())
                        .map(u -> u.workaround() == null ? "" : u.workaround()).toList().reversed())).sample(PER_CATEGORY).run();
    }

    @Test
    void checklistNote() {
        RunbookItem item = runbooks.run(incident.id()).orElseThrow().items().getFirst();
        // "More…" on the first item of the first phase: its list's row 1, under the phase heading.
        test($(VirtualList.class).id("runbook-items-" + item.phase().name())).invokeLitRendererFunction(1, "more");
        driver("checklist note", TextRule.text(4000), value -> {
            $(TextField.class).id("runbook-note-" + item.id()).setValue(value);
            test($(Button.class).id("runbook-note-add-" + item.id())).click();
        }, () -> newest(runbooks.run(incident.id()).orElseThrow().items().stream()
                .filter(i -> i.id() == item.id()).findFirst().orElseThrow().notes().stream()
                .sorted(Comparator.comparingLong(ItemNote::id)).map(ItemNote::text).toList())).sample(PER_CATEGORY).run();
    }

    @Test
    void actionLogTarget() {
        driver("action log target", TextRule.line(300), value -> logAction(value, ""),
                () -> newest(actions().stream().map(ActionEntry::target).toList())).sample(PER_CATEGORY).run();
    }

    @Test
    void actionLogNotes() {
        driver("action log notes", TextRule.text(4000), value -> logAction("mx1.demo.local", value),
                () -> newest(actions().stream().map(a -> a.notes() == null ? "" : a.notes()).toList())).sample(PER_CATEGORY).run();
    }

    private HostileFieldDriver driver(String field, TextRule rule, Consumer<String> type, Supplier<Stored> stored) {
        return new HostileFieldDriver(field, rule, value -> {
            $(Notification.class).all().forEach(Notification::close);
            type.accept(value);
        }, stored, this::lastNotification, i18n.messages(SPANISH));
    }

    @SuppressWarnings("unchecked")
    private void sendUpdate(String message, String workaround) {
        if ($(TextArea.class).withId("update-message").all().isEmpty()) {
            test($(Button.class).id("update-new")).click();
        }
        $(Select.class).id("update-audience").setValue(UpdateAudience.MANAGEMENT);
        $(TextArea.class).id("update-message").setValue(message);
        $(TextField.class).id("update-workaround").setValue(workaround);
        test($(Button.class).id("update-send")).click();
    }

    private void logAction(String target, String notes) {
        if ($(TextField.class).withId("action-log-target").all().isEmpty()) {
            test($(Button.class).id("action-log-open")).click();
        }
        $(TextField.class).id("action-log-target").setValue(target);
        $(TextField.class).id("action-log-notes").setValue(notes);
        test($(Button.class).id("action-log-add")).click();
    }

    private Stored updateMessages() {
        return newest(updates.updates(incident.id()).stream().filter(u -> !u.summary()).map(StatusUpdate::message)
                .toList().reversed());
    }

    private List<ActionEntry> actions() {
        return runbooks.run(incident.id()).orElseThrow().actions().stream()
                .sorted(Comparator.comparingLong(ActionEntry::id)).toList();
    }

    private String lastNotification() {
        List<Notification> shown = $(Notification.class).all().stream().filter(Notification::isOpened).toList();
        return shown.isEmpty() ? null : test(shown.getLast()).getText();
    }

    private static Stored newest(List<String> values) {
        return new Stored(values.size(), values.isEmpty() ? "" : values.getLast());
    }
}
