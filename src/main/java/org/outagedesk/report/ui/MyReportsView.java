package org.outagedesk.report.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.ui.LocalizedTitle;
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

    public MyReportsView(ReportService reports, ObjectProvider<KnownOutages> knownOutages, LiveBus bus,
            AuthenticationContext authentication) {
        this.reports = reports;
        this.knownOutages = knownOutages;
        addClassNames("view-content", "report-view", "my-reports-view");

        H2 heading = new H2(getTranslation("report.mine.title"));
        RouterLink newReport = new RouterLink(ReportProblemView.class);
        newReport.add(VaadinIcon.PLUS.create(), new Span(getTranslation("report.mine.new")));
        newReport.setId("my-reports-new");
        newReport.addClassName("link-button");
        Div header = new Div(heading, newReport);
        header.addClassName("my-reports-header");
        Paragraph live = new Paragraph(getTranslation("report.mine.live"));
        live.addClassName("muted");
        list.setId("my-reports");
        list.addClassName("report-list");
        add(header, live, list);
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

    private Div emptyState() {
        Span icon = new Span(VaadinIcon.ENVELOPE_OPEN_O.create());
        icon.addClassName("empty-icon");
        RouterLink report = new RouterLink(ReportProblemView.class);
        report.add(new Span(getTranslation("report.nav.report")));
        report.addClassNames("link-button", "link-button-primary");
        report.setId("my-reports-empty-report");
        Div empty = new Div(icon, new H3(getTranslation("report.mine.empty.title")),
                new Paragraph(getTranslation("report.mine.empty.text")), report);
        empty.setId("my-reports-empty");
        empty.addClassNames("panel", "empty-state");
        return empty;
    }

    @Override
    public String titleKey() {
        return "report.mine.title";
    }
}
