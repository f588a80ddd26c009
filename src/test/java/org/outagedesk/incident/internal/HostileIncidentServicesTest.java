package org.outagedesk.incident.internal;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
import org.outagedesk.testsupport.hostile.HostileFieldDriver.Stored;
import org.outagedesk.testsupport.hostile.HostileFieldDriver;
import org.outagedesk.testsupport.hostile.TextRule;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole hostile-input corpus through the incident, update and checklist services (no page
 * open, so thousands of changes don't queue thousands of live refreshes): each value is stored as
 * typed (after the documented normalisation) or refused with a Spanish message.
 */
@ReportSpringTest
class HostileIncidentServicesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private String refusal;

    @Autowired AccountService accounts;
    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;
    @Autowired RunbookService runbooks;
    @Autowired BundleI18NProvider i18n;

    private IncidentDetails incident;

    @BeforeEach
    void openAnIncident() {
        SignedIn.as(accounts, "it@demo.local");
        incident = incidents.open(new NewIncident("Hostile input " + System.nanoTime(), null,
                EnumSet.of(MailService.WEBMAIL), Scope.SINGLE_USER, Severity.SEV4, List.of()));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void everyIncidentTextThroughTheServicesTakesTheWholeCorpus() {
        long item = runbooks.run(incident.id()).orElseThrow().items().getFirst().id();
        service("service incident note", TextRule.text(4000), value -> incidents.addNote(incident.id(), value),
                () -> newest(incidents.timeline(incident.id()).stream().filter(i -> i.kind() == TimelineKind.NOTE)
                        .sorted(Comparator.comparingLong(TimelineItem::id)).map(TimelineItem::note).toList())).run();
        service("service incident title", TextRule.line(200), value -> {
            IncidentDetails now = incidents.find(incident.id()).orElseThrow();
            incidents.change(now.id(), now.version(), new IncidentEdit.ChangeTitle(value));
        }, () -> new Stored(titleChanges(), incidents.find(incident.id()).orElseThrow().title())).run();
        service("service status update message", TextRule.text(4000), value -> updates.post(incident.id(),
                new NewStatusUpdate(PublicStatus.IDENTIFIED, value, null, null, UpdateAudience.INTERNAL)),
                this::updateMessages).run();
        service("service checklist note", TextRule.text(4000), value -> runbooks.addNote(item, value),
                () -> newest(runbooks.run(incident.id()).orElseThrow().items().getFirst().notes().stream()
                        .sorted(Comparator.comparingLong(ItemNote::id)).map(ItemNote::text).toList())).run();
        service("service evidence text", TextRule.text(4000), value -> runbooks.addEvidence(item,
                NewEvidence.text(value)), () -> newest(runbooks.run(incident.id()).orElseThrow().items().getFirst()
                        .evidence().stream().sorted(Comparator.comparingLong(Evidence::id))
                        .map(Evidence::text).toList())).run();
    }

    private int titleChanges() {
        return (int) incidents.timeline(incident.id()).stream().filter(i -> "title".equals(i.field())).count();
    }

    /** Calls the service directly; a refusal becomes the message the page would show. */
    private HostileFieldDriver service(String field, TextRule rule, Consumer<String> call, Supplier<Stored> stored) {
        return new HostileFieldDriver(field, rule, value -> {
            refusal = null;
            try {
                call.accept(value);
            } catch (UserFacingException refused) {
                refusal = i18n.getTranslation(refused.messageKey(), SPANISH, refused.arguments());
            }
        }, stored, () -> refusal, i18n.messages(SPANISH));
    }


    private Stored updateMessages() {
        return newest(updates.updates(incident.id()).stream().filter(u -> !u.summary()).map(StatusUpdate::message)
                .toList().reversed());
    }

    private static Stored newest(List<String> values) {
        return new Stored(values.size(), values.isEmpty() ? "" : values.getLast());
    }
}
