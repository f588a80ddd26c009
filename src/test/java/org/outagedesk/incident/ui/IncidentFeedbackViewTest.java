package org.outagedesk.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.base.ui.RevealRequest;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentRoles;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.report.SignedIn;
import org.outagedesk.review.CauseCategory;
import org.outagedesk.review.ReviewAnswers;
import org.outagedesk.review.ReviewDetails;
import org.outagedesk.review.ReviewService;
import org.outagedesk.runbook.RunbookItem;
import org.outagedesk.runbook.RunbookProperties;
import org.outagedesk.runbook.RunbookService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The incident page answers every action: roles in one click, confirmations, phase-gate refusals that lead to
 * the open items, and a closed incident's page that only reads.
 */
class IncidentFeedbackViewTest extends IncidentViewTestSupport {

    @Autowired IncidentService incidents;
    @Autowired RunbookService runbooks;
    @Autowired RunbookProperties runbookProperties;
    @Autowired ReviewService reviews;

    private IncidentDetails incident;

    @BeforeEach
    void anOpenIncident() {
        incident = incidents.open(new NewIncident("Submission refused", null, EnumSet.of(MailService.OUTBOUND_SMTP),
                Scope.GROUP, Severity.SEV3, List.of()));
    }

    @AfterEach
    void gatesOff() {
        runbookProperties.setPhaseGates(false);
    }

    private void open() {
        navigate(IncidentView.class, Map.of("id", String.valueOf(incident.id())));
    }

    private IncidentDetails fresh() {
        return incidents.find(incident.id()).orElseThrow();
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private boolean shown(String id) {
        return $(Component.class).all().stream().filter(component -> id.equals(component.getId().orElse(null)))
                .anyMatch(this::reallyVisible);
    }

    /** Visible itself and inside visible parents. */
    private boolean reallyVisible(Component component) {
        for (Component at = component; at != null; at = at.getParent().orElse(null)) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }

    @Test
    void takingCommandIsOneClickAndTakingFromSomeoneElseAsksFirst() {
        open();
        assertThat(text("incident-role-holder-COMMANDER")).contains(en("incident.role.nobody"));
        click("incident-take-COMMANDER");

        assertThat(fresh().role(IncidentRoles.COMMANDER).accountId()).isEqualTo(me.accountId());
        assertThat(lastNotification()).isEqualTo(en("incident.role.taken.COMMANDER"));
        assertThat(text("incident-role-holder-COMMANDER")).contains(me.displayName());
        assertThat(shown("incident-take-COMMANDER")).as("nothing to take from oneself").isFalse();

        SignedIn.as(accountService, "it2@demo.local");
        long priya = accountService.findLoginAccount("it2@demo.local").orElseThrow().id();
        incidents.change(incident.id(), fresh().version(),
                new IncidentEdit.AssignRole(IncidentRoles.COMMUNICATIONS_LEAD, priya));
        me = SignedIn.as(accountService, "it@demo.local");
        open();
        assertThat(text("incident-role-holder-COMMUNICATIONS_LEAD")).contains("Priya Shah");

        click("incident-take-COMMUNICATIONS_LEAD");
        ConfirmDialog question = $(ConfirmDialog.class).id("incident-take-confirm");
        assertThat(question.isOpened()).isTrue();
        assertThat(fresh().role(IncidentRoles.COMMUNICATIONS_LEAD).name()).as("nothing taken before the answer")
                .isEqualTo("Priya Shah");
        test(question).cancel();
        assertThat(fresh().role(IncidentRoles.COMMUNICATIONS_LEAD).name()).isEqualTo("Priya Shah");

        click("incident-take-COMMUNICATIONS_LEAD");
        test($(ConfirmDialog.class).id("incident-take-confirm")).confirm();
        assertThat(fresh().role(IncidentRoles.COMMUNICATIONS_LEAD).accountId()).isEqualTo(me.accountId());
        assertThat(lastNotification()).isEqualTo(en("incident.role.taken.COMMUNICATIONS_LEAD"));
    }

    @Test
    void everyChangeSaysWhatItDid() {
        open();
        click("incident-phase-COMMUNICATION");
        assertThat(lastNotification()).isEqualTo(en("incident.saved.phase", en("incident.phase.COMMUNICATION")));

        test($(TextArea.class).id("incident-note")).setValue("Checked the relay queue");
        click("incident-note-add");
        assertThat(lastNotification()).isEqualTo(en("incident.note.added"));

        click("incident-resolve");
        click("incident-resolve-confirm");
        assertThat(lastNotification()).isEqualTo(en("incident.resolved", incident.reference(), 0));
        assertThat(fresh().state()).isEqualTo(IncidentState.RESOLVED);
        // "Resolved" has its one colour; the public status, which only repeats it now, is not shown twice.
        Span state = $(Span.class).all().stream().filter(span -> span.hasClassName("state-chip")).findFirst()
                .orElseThrow();
        assertThat(state.getClassNames()).contains("od-resolved");
        assertThat($(Span.class).all().stream().anyMatch(span -> span.hasClassName("status-chip"))).isFalse();

        click("incident-close");
        assertThat(lastNotification()).isEqualTo(en("incident.closed", incident.reference()));
    }

    @Test
    void aRefusedPhaseMoveNamesTheOpenItemsInTheReadersLanguageAndLeadsToEach() {
        runbookProperties.setPhaseGates(true);
        UI.getCurrent().setLocale(BundleI18NProvider.SPANISH);
        List<String> revealed = new CopyOnWriteArrayList<>();
        RevealRequest.listen(UI.getCurrent(), revealed::add);
        open();
        click("incident-phase-TROUBLESHOOTING");

        assertThat(fresh().phase()).isEqualTo(Phase.ASSESSMENT);
        RunbookItem first = runbooks.run(incident.id()).orElseThrow().items().getFirst();
        String anchor = "runbook-item-" + first.id();
        Button go = $(Button.class).id("incident-gate-item-" + anchor);
        assertThat(go.getText()).isEqualTo("1.1 " + first.titleEs());
        assertThat($(Div.class).all().stream().filter(div -> div.hasClassName("gate-refusal")).findFirst()
                .orElseThrow().getElement().getTextRecursively())
                .contains(i18n.getTranslation("incident.gate.override-hint", BundleI18NProvider.SPANISH));
        test(go).click();
        assertThat(revealed).containsExactly(anchor);
    }

    @Test
    void aRefusalOnTheBoardOpensTheIncidentOnTheItem() {
        runbookProperties.setPhaseGates(true);
        List<String> revealed = new CopyOnWriteArrayList<>();
        RevealRequest.listen(UI.getCurrent(), revealed::add);
        IncidentBoardView board = navigate(IncidentBoardView.class);
        board.move(incidents.list(IncidentState.OPEN).stream().filter(open -> open.id() == incident.id())
                .findFirst().orElseThrow(), Phase.FIX);
        RunbookItem first = runbooks.run(incident.id()).orElseThrow().items().getFirst();
        String anchor = "runbook-item-" + first.id();
        assertThat($(Button.class).id("incident-gate-item-" + anchor).getText())
                .isEqualTo("1.1 " + first.titleEn());

        click("incident-gate-item-" + anchor);
        roundTrip();
        assertThat(getCurrentView()).isInstanceOfSatisfying(IncidentView.class,
                view -> assertThat(view.shows(incident.id())).isTrue());
        assertThat(revealed).containsExactly(anchor);
    }

    @Test
    void startingTheReviewReachesPhaseSevenAndAClosedIncidentOnlyReads() {
        incident = incidents.change(incident.id(), incident.version(),
                new IncidentEdit.AssignRole(IncidentRoles.COMMANDER, me.accountId()));
        incident = incidents.resolve(incident.id(), incident.version());
        ReviewDetails review = reviews.start(incident.id(), "en");
        assertThat(fresh().phase()).isEqualTo(Phase.REVIEW);
        assertThat(incidents.timeline(incident.id())).anyMatch(entry -> "phase".equals(entry.field())
                && Phase.REVIEW.name().equals(entry.after()) && entry.actorId() == me.accountId());
        review = reviews.save(review.id(), review.version(), new ReviewAnswers(review.answers().whatHappened(),
                "The relay's certificate expired.", null, CauseCategory.SOFTWARE_CONFIGURATION, null, null, null, null));
        reviews.finalise(review.id(), review.version());
        assertThat(fresh().state()).isEqualTo(IncidentState.CLOSED);

        open();
        assertThat($(Span.class).id("incident-final-phase").getText()).isEqualTo(en("incident.final-phase",
                en("incident.state.CLOSED"), "7 · " + en("incident.phase.REVIEW")));
        assertThat($(Button.class).id("incident-phase-REVIEW").getClassNames()).contains("current", "done");
        assertThat($(Button.class).all().stream()
                .filter(button -> button.getId().orElse("").startsWith("incident-phase-"))).noneMatch(Button::isEnabled);
        for (String id : List.of("incident-follow", "runbook-override-open", "incident-note", "incident-note-add",
                "incident-details-edit", "incident-people-edit", "incident-take-COMMANDER",
                "incident-take-COMMUNICATIONS_LEAD", "incident-resolve", "incident-close", "incident-merge",
                "action-log-open", "runbook-template-change", "update-new", "summary-publish")) {
            assertThat(shown(id)).as(id).isFalse();
        }
        assertThat(lastNotification()).isNull();
    }
}
