package org.outagedesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.virtuallist.VirtualList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.ui.IncidentView;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.ui.MyReportsView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How many Vaadin state nodes the two pages of benchmark 4 keep on the server per open page. Each
 * costs about 1 KB of heap (docs/benchmarks.md), so these budgets keep a new panel from quietly
 * building hundreds of components per UI again: past the budget, show long lists in a VirtualList
 * or Grid with a LitRenderer and build forms when they are opened.
 */
@ReportSpringTest
class StateNodeBudgetTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired IncidentService incidents;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private static int stateNodes() {
        int[] count = {0};
        UI.getCurrent().getElement().getNode().visitNodeTree(node -> count[0]++);
        return count[0];
    }

    @Test
    void myReportsStaysSmallWhateverTheNumberOfReports() {
        SignedIn.as(accounts, "user@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(MyReportsView.class);
        // Typed layout and header (about 47 nodes, on every page) plus the page's 23: one VirtualList holds every card.
        assertThat(stateNodes()).isLessThanOrEqualTo(80);
    }

    @Test
    void anIncidentPageWithTheWholeChecklistStaysUnderItsBudget() {
        SignedIn.as(accounts, "it@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        IncidentDetails incident = incidents.open(new NewIncident("Mail server down", null,
                EnumSet.of(MailService.IMAP_POP), Scope.ALL_USERS, Severity.SEV1, List.of()));
        navigate(IncidentView.class, Map.of("id", String.valueOf(incident.id())));
        // Every phase of the checklist is a virtual list of its heading and items (the mail-outage SOP has 7 and 20+).
        assertThat($(VirtualList.class).all().stream()
                .filter(list -> list.getId().orElse("").startsWith("runbook-items-"))
                .mapToInt(list -> test(list).size()).sum()).isGreaterThan(20 + 7);
        // Typed components only. The checklist (a virtual list per phase), timeline, reports and updates are virtual
        // lists whose rows travel as data, not as nodes, so it stays flat however long they grow. Measured 309, of
        // which the checklist is 37 (277 in all when the checklist was drawn from HTML strings), then 321 once each
        // of IT staff's 11 side-navigation labels got a span of its own (so a long label wraps instead of being cut).
        // Then 333 with IT staff's likely-cause panel (7 nodes with nothing to suggest); it is bounded: the error's
        // reading, one catalogue cause, at most 3 failing probes named and the rest counted, at most 3 checklist
        // items and the two rating buttons, about 40 nodes at most, so 372 leaves room for that and no more.
        assertThat(stateNodes()).isLessThanOrEqualTo(372);
    }
}
