package org.outagedesk.report.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.ui.LiveSubscription;
import org.outagedesk.report.KnownOutage;
import org.outagedesk.report.KnownOutages;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.ReportTopics;
import org.springframework.beans.factory.ObjectProvider;

/** "My reports": the person's own reports with their status, updated live while open. */
@Route("reports/mine")
@PermitAll
@StyleSheet("styles/report.css")
public class MyReportsView extends Div implements LocalizedTitle {

    /** Someone with hundreds of reports (an API client, a helpdesk) still gets a page that renders quickly. */
    static final int SHOWN = 50;

    private final ReportService reports;
    private final ObjectProvider<KnownOutages> knownOutages;
    private final Div list = new Div();
    private final String reportPath;

    public MyReportsView(ReportService reports, ObjectProvider<KnownOutages> knownOutages, LiveBus bus,
            AuthenticationContext authentication) {
        this.reports = reports;
        this.knownOutages = knownOutages;
        addClassNames("view-content", "report-view", "my-reports-view");

        reportPath = RouteConfiguration.forSessionScope().getUrl(ReportProblemView.class);
        MarkupBlock top = new MarkupBlock("my-reports-top");
        top.show(new Markup().open("div", "class", "my-reports-header")
                .line("h2", null, getTranslation("report.mine.title"))
                .open("a", "id", "my-reports-new", "class", "link-button", "href", reportPath)
                .icon(VaadinIcon.PLUS, null).open("span").text(getTranslation("report.mine.new")).close("span")
                .close("a").close("div")
                .line("p", "muted", getTranslation("report.mine.live")));
        list.setId("my-reports");
        list.addClassName("report-list");
        add(top, list);
        refresh();

        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> LiveSubscription.bind(this, bus,
                ReportTopics.reporter(user.accountId()), change -> refresh()));
    }

    /** Re-reads the reports and the incidents they are linked to; the newest {@value #SHOWN} are shown. */
    void refresh() {
        List<ReportSummary> mine = reports.myReports();
        Map<Long, KnownOutage> incidents = incidents(mine);
        list.removeAll();
        if (mine.isEmpty()) {
            list.add(emptyState());
            return;
        }
        mine.stream().limit(SHOWN).forEach(report -> list.add(new ReportCard(report,
                report.incidentId() == null ? null : incidents.get(report.incidentId()), this::stillBroken)));
        if (mine.size() > SHOWN) {
            Paragraph more = new Paragraph(getTranslation("report.mine.more", SHOWN, mine.size()));
            more.addClassName("muted");
            list.add(more);
        }
    }

    /** "Still broken": the resolved report goes back to triage, linked to its incident. */
    private void stillBroken(ReportSummary report) {
        reports.reportStillBroken(report.id());
        refresh();
    }

    private Map<Long, KnownOutage> incidents(List<ReportSummary> mine) {
        KnownOutages known = knownOutages.getIfAvailable();
        List<Long> ids = mine.stream().map(ReportSummary::incidentId).filter(Objects::nonNull).distinct().toList();
        return known == null || ids.isEmpty() ? Map.of() : known.byIds(ids);
    }

    private MarkupBlock emptyState() {
        MarkupBlock empty = new MarkupBlock("panel empty-state");
        empty.setId("my-reports-empty");
        empty.show(new Markup().open("span", "class", "empty-icon").icon(VaadinIcon.ENVELOPE_OPEN_O, null).close("span")
                .line("h3", null, getTranslation("report.mine.empty.title"))
                .line("p", null, getTranslation("report.mine.empty.text"))
                .open("a", "id", "my-reports-empty-report", "class", "link-button link-button-primary",
                        "href", reportPath)
                .open("span").text(getTranslation("report.nav.report")).close("span").close("a"));
        return empty;
    }

    @Override
    public String titleKey() {
        return "report.mine.title";
    }
}
