package org.outagedesk.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.base.ReaderTime;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentException;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.Severity;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.outagedesk.review.ReviewDetails;
import org.outagedesk.review.ReviewException;
import org.outagedesk.review.ReviewFinalised;
import org.outagedesk.review.ReviewFixture;
import org.outagedesk.review.ReviewService;
import org.outagedesk.review.ReviewStatus;
import org.outagedesk.review.ReviewTemplate;
import org.outagedesk.review.ReviewTimes;
import org.outagedesk.runbook.RunbookItem;
import org.outagedesk.runbook.RunbookService;
import org.springframework.beans.factory.annotation.Autowired;
import org.outagedesk.incident.CauseVerdict;
import org.outagedesk.incident.TriageService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The review flow on the review page: start from the template, edit, quote, comment, finalise; and who may not. */
@ReportSpringTest
@RecordApplicationEvents
class ReviewViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired IncidentService incidents;
    @Autowired ReviewService reviews;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;
    @Autowired RunbookService runbooks;
    @Autowired ReviewExport export;
    @Autowired TriageService triage;

    ReviewFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ReviewFixture(jdbc, accounts, incidents);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private void open(IncidentDetails incident) {
        navigate(ReviewView.class, Map.of("id", String.valueOf(incident.id())));
    }

    @Test
    void requiredReviewGoesFromTemplateToFinalAndClosesTheIncident() {
        IncidentDetails incident = fixture.resolvedIncident("Inbound mail stuck", Severity.SEV2, "it@demo.local");
        assertThatThrownBy(() -> incidents.close(incident.id(), incident.version()))
                .isInstanceOfSatisfying(IncidentException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.close-needs-review"));

        open(incident);
        test($(Select.class).id("review-language")).selectItem("English");
        test($(Button.class).id("review-start")).click();

        assertThat($(Span.class).id("review-status").getText()).isEqualTo("Draft");
        TextArea story = $(TextArea.class).id("review-what-happened");
        assertThat(story.getValue()).contains("Course of the outage", "Impact started");
        assertThat($(Div.class).id("review-times").getElement().getTextRecursively()).contains("MTTD", "MTTR");
        assertThat($(Div.class).id("review-timeline").getElement().getTextRecursively())
                .as("the timeline reads as on the incident page, labels instead of field names")
                .contains("changed incident commander: none → ").doesNotContain("role.", "COMMANDER");
        test($(Button.class).all().stream().filter(b -> b.getId().orElse("").startsWith("review-quote-"))
                .findFirst().orElseThrow()).click();
        assertThat($(TextArea.class).id("review-what-happened").getValue()).contains("\n> ");
        test($(TextArea.class).id("review-root-cause")).setValue("The mail store volume was full.");
        test($(Select.class).id("review-cause")).selectItem("Capacity");
        test($(Button.class).id("review-save")).click();
        ReviewDetails saved = reviews.forIncident(incident.id()).orElseThrow();
        assertThat(saved.answers().rootCause()).isEqualTo("The mail store volume was full.");
        assertThat(saved.participants()).extracting(p -> p.name()).contains("Iván Torres");
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where dedupe_key like ?", Integer.class,
                "review-invite:" + saved.id() + ":%")).isPositive();

        test($(TextArea.class).id("review-comment-text")).setValue("Disk alerts went to the same mail server.");
        test($(Button.class).id("review-comment-add")).click();
        assertThat($(Div.class).id("review-comment-list").getElement().getTextRecursively())
                .contains("Disk alerts went to the same mail server.");

        test($(Button.class).id("review-finalise")).click();
        test($(ConfirmDialog.class).id("review-finalise-confirm")).confirm();

        assertThat(reviews.forIncident(incident.id()).orElseThrow().status()).isEqualTo(ReviewStatus.FINAL);
        assertThat(incidents.find(incident.id()).orElseThrow().state()).isEqualTo(IncidentState.CLOSED);
        assertThat(events.stream(ReviewFinalised.class).filter(e -> e.incidentId() == incident.id()))
                .singleElement().satisfies(e -> assertThat(e.cause()).hasToString("CAPACITY"));
        assertThat($(Span.class).id("review-status").getText()).isEqualTo("Final");
        assertThat($(TextArea.class).id("review-root-cause").isReadOnly()).isTrue();
        assertThat($(Button.class).withId("review-finalise").all()).isEmpty();
    }

    @Test
    void theStoryTheTimelineAndTheExportReadInTheReadersLanguageAndZone() {
        IncidentDetails incident = fixture.resolvedIncident("Relay down", Severity.SEV2, "it@demo.local");
        UI.getCurrent().setLocale(BundleI18NProvider.SPANISH);
        RunbookItem first = runbooks.run(incident.id()).orElseThrow().items().stream()
                .filter(item -> item.number().equals("1.1")).findFirst().orElseThrow();
        runbooks.markDone(first.id(), first.version());
        triage.rateCauseSuggestion(incident.id(), CauseVerdict.RIGHT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        open(incident);
        test($(Button.class).id("review-start")).click();
        assertThat($(Span.class).id("review-cause-suggestion").getText())
                .as("what staff said of triage's suggested cause, for the root-cause question")
                .startsWith("Triage's suggested cause and first steps: marked right by ");

        Instant impact = incidents.find(incident.id()).orElseThrow().milestone(Milestone.IMPACT_STARTED);
        assertThat($(TextArea.class).id("review-what-happened").getValue())
                .as("the template's time as the reader reads the timeline beside it")
                .contains("Impact started: " + BrowserTime.format(impact)).doesNotContain("⟦");
        assertThat($(Div.class).id("review-timeline").getElement().getTextRecursively())
                .contains("marked 1.1 " + first.titleEn() + " as done", "suggested cause: none → right")
                .doesNotContain(first.titleEs());
        test($(Button.class).id("review-save")).click();
        assertThat(reviews.forIncident(incident.id()).orElseThrow().answers().whatHappened())
                .as("stored as an instant, not in one zone").contains(ReviewTimes.token(impact));

        String english = export.markdown(incident.id(), Locale.ENGLISH, ZoneId.of("America/New_York"));
        String spanish = export.markdown(incident.id(), BundleI18NProvider.SPANISH, ZoneId.of("Europe/Madrid"));
        assertThat(english).contains("marked 1.1 " + first.titleEn() + " as done",
                "Impact started: " + ReaderTime.format(impact, Locale.ENGLISH, ZoneId.of("America/New_York")))
                .doesNotContain(first.titleEs());
        assertThat(spanish).contains("marcó 1.1 " + first.titleEs() + " como hecho",
                ReaderTime.format(impact, BundleI18NProvider.SPANISH, ZoneId.of("Europe/Madrid")))
                .doesNotContain(first.titleEn());
    }

    @Test
    void onlyParticipantsCommentOnlyTheCommanderFinalisesManagersReadAndEndUsersNothing() {
        IncidentDetails incident = fixture.resolvedIncident("Webmail slow", Severity.SEV3, "it@demo.local");
        ReviewDetails review = reviews.start(incident.id(), "en");
        assertThatThrownBy(() -> reviews.finalise(review.id(), review.version()))
                .isInstanceOfSatisfying(ReviewException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.incomplete"));

        SignedIn.as(accounts, "it2@demo.local");
        assertThatThrownBy(() -> reviews.comment(review.id(), "I was not there"))
                .isInstanceOfSatisfying(ReviewException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.not-participant"));
        assertThatThrownBy(() -> reviews.finalise(review.id(), review.version()))
                .isInstanceOfSatisfying(ReviewException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.commander-only"));
        ReviewDetails edited = reviews.save(review.id(), review.version(), review.answers());
        assertThatThrownBy(() -> reviews.save(review.id(), review.version(), review.answers()))
                .isInstanceOfSatisfying(ReviewException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.changed-meanwhile"));

        SignedIn.as(accounts, "manager@demo.local");
        assertThat(reviews.forIncident(incident.id())).isPresent();
        assertThatThrownBy(() -> reviews.save(review.id(), edited.version(), review.answers()))
                .isInstanceOf(AccessDeniedException.class);
        open(incident);
        assertThat($(Button.class).withId("review-save").all()).allMatch(button -> !button.isVisible());
        assertThat($(TextArea.class).id("review-root-cause").isReadOnly()).isTrue();

        SignedIn.as(accounts, "user@demo.local");
        assertThatThrownBy(() -> reviews.forIncident(incident.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void optionalReviewDoesNotHoldUpClosingButAStartedOneDoes() {
        IncidentDetails free = fixture.resolvedIncident("One mailbox full", Severity.SEV4, "it@demo.local");
        assertThat(incidents.close(free.id(), free.version()).state()).isEqualTo(IncidentState.CLOSED);

        IncidentDetails started = fixture.resolvedIncident("Calendar sync lag", Severity.SEV3, "it@demo.local");
        reviews.start(started.id(), "es");
        IncidentDetails current = incidents.find(started.id()).orElseThrow();
        assertThatThrownBy(() -> incidents.close(current.id(), current.version()))
                .isInstanceOfSatisfying(IncidentException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.close-draft"));
    }
}
