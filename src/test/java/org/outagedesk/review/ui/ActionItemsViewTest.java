package org.outagedesk.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.Severity;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.outagedesk.review.ActionItem;
import org.outagedesk.review.ActionItemChanged;
import org.outagedesk.review.ActionItemDraft;
import org.outagedesk.review.ActionItemPriority;
import org.outagedesk.review.ActionItemService;
import org.outagedesk.review.ActionItemStatus;
import org.outagedesk.review.ReviewDetails;
import org.outagedesk.review.ReviewFixture;
import org.outagedesk.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Action items: created on the review page, listed across reviews with filters, changed in place. */
@ReportSpringTest
@RecordApplicationEvents
class ActionItemsViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired IncidentService incidents;
    @Autowired ReviewService reviews;
    @Autowired ActionItemService actionItems;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    ReviewFixture fixture;
    ReviewDetails review;

    @BeforeEach
    void setUp() {
        fixture = new ReviewFixture(jdbc, accounts, incidents);
        IncidentDetails incident = fixture.resolvedIncident("Relay refuses mail", Severity.SEV1, "it@demo.local");
        review = reviews.start(incident.id(), "en");
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private ActionItem item(String title, String ownerEmail, LocalDate due) {
        return actionItems.create(review.id(), new ActionItemDraft(title, fixture.accountId(ownerEmail), due,
                ActionItemPriority.HIGH, null));
    }

    private boolean shown(ActionItem item) {
        return !$(Div.class).withId("action-item-" + item.id()).all().isEmpty();
    }

    @Test
    void addedOnTheReviewPageWithOwnerDueDateAndPriority() {
        navigate(ReviewView.class, Map.of("id", String.valueOf(review.incidentId())));
        test($(Button.class).id("action-item-add")).click();
        test($(Button.class).id("action-item-save")).click();
        assertThat($(TextField.class).id("action-item-title").isInvalid()).isTrue();

        test($(TextField.class).id("action-item-title")).setValue("Rotate journals daily");
        test($(ComboBox.class).id("action-item-owner")).selectItem("Priya Shah · IT");
        test($(DatePicker.class).id("action-item-due")).setValue(actionItems.today().plusDays(7));
        test($(Button.class).id("action-item-save")).click();

        ActionItem created = reviews.forIncident(review.incidentId()).orElseThrow().actionItems().getFirst();
        assertThat(created.title()).isEqualTo("Rotate journals daily");
        assertThat(created.ownerName()).isEqualTo("Priya Shah");
        assertThat(created.team()).isEqualTo("IT");
        assertThat(created.status()).isEqualTo(ActionItemStatus.OPEN);
        assertThat(shown(created)).isTrue();
        assertThat(events.stream(ActionItemChanged.class).filter(e -> e.actionItemId() == created.id()))
                .singleElement().satisfies(e -> assertThat(e.team()).isEqualTo("IT"));
    }

    @Test
    void filtersMineOverdueAndTeamAndStatusChangesInPlace() {
        ActionItem overdueMine = item("Disk alerts to chat", "it@demo.local", actionItems.today().minusDays(2));
        ActionItem laterTheirs = item("Staging relay", "it2@demo.local", actionItems.today().plusDays(10));
        ActionItem management = item("Budget for a second relay", "manager@demo.local", actionItems.today().minusDays(1));

        navigate(ActionItemsView.class);
        assertThat(shown(overdueMine) && shown(laterTheirs) && shown(management)).isTrue();
        assertThat($(Div.class).id("action-item-" + overdueMine.id()).getElement().getTextRecursively())
                .contains("Overdue");

        test($(Checkbox.class).id("filter-mine")).click();
        assertThat(shown(overdueMine)).isTrue();
        assertThat(shown(laterTheirs) || shown(management)).isFalse();
        test($(Checkbox.class).id("filter-mine")).click();

        test($(Checkbox.class).id("filter-overdue")).click();
        assertThat(shown(overdueMine) && shown(management)).isTrue();
        assertThat(shown(laterTheirs)).isFalse();
        test($(Checkbox.class).id("filter-overdue")).click();

        test($(ComboBox.class).id("filter-team")).selectItem("Dirección");
        assertThat(shown(management)).isTrue();
        assertThat(shown(overdueMine) || shown(laterTheirs)).isFalse();
        test($(ComboBox.class).id("filter-team")).selectItem(null);

        test($(Button.class).id("action-item-edit-" + laterTheirs.id())).click();
        test($(Select.class).id("action-item-status")).selectItem("Done");
        test($(Button.class).id("action-item-save")).click();
        assertThat(shown(laterTheirs)).isFalse();
        test($(Checkbox.class).id("filter-open")).click();
        assertThat($(Div.class).id("action-item-" + laterTheirs.id()).getElement().getTextRecursively())
                .contains("Done");
        assertThat(events.stream(ActionItemChanged.class).filter(e -> e.actionItemId() == laterTheirs.id()))
                .extracting(ActionItemChanged::status).containsExactly(ActionItemStatus.OPEN, ActionItemStatus.DONE);
    }
}
