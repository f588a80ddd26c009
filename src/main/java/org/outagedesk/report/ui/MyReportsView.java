package org.outagedesk.report.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.base.ui.VirtualLists;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.ui.LiveSubscription;
import org.outagedesk.live.ui.LiveTopics;
import org.outagedesk.report.KnownOutage;
import org.outagedesk.report.KnownOutages;
import org.outagedesk.report.ReportException;
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
    private final VirtualList<ReportCard> list = new VirtualList<>();
    private final Paragraph more = new Paragraph();
    private final Div empty;
    private final String reportPath;
    private final LiveTopics outageNews;

    public MyReportsView(ReportService reports, ObjectProvider<KnownOutages> knownOutages, LiveBus bus,
            AuthenticationContext authentication) {
        this.reports = reports;
        this.knownOutages = knownOutages;
        addClassNames("view-content", "report-view", "my-reports-view");

        reportPath = RouteConfiguration.forSessionScope().getUrl(ReportProblemView.class);
        list.setId("my-reports");
        list.addClassName("report-list");
        VirtualLists.scrollableByKeyboard(list, getTranslation("report.mine.title"));
        list.setRenderer(ReportCard.renderer(this, this::stillBroken, this::worksNow));
        more.addClassName("muted");
        empty = emptyState();
        add(top(), list, more, empty);
        // Updates, ETA and resolution of the outages the reports are linked to, live.
        outageNews = LiveTopics.bind(this, bus, change -> refresh());
        refresh();

        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> LiveSubscription.bind(this, bus,
                ReportTopics.reporter(user.accountId()), change -> refresh()));
    }

    /** The title, a way to report another problem, and that the list is live. */
    private Div top() {
        Span label = new Span(getTranslation("report.mine.new"));
        Anchor report = new Anchor(reportPath, VaadinIcon.PLUS.create(), label);
        report.setId("my-reports-new");
        report.addClassName("link-button");
        Div header = new Div(new H2(getTranslation("report.mine.title")), report);
        header.addClassName("my-reports-header");
        Paragraph live = new Paragraph(getTranslation("report.mine.live"));
        live.addClassName("muted");
        Div top = new Div(header, live);
        top.addClassName("my-reports-top");
        return top;
    }

    /** Re-reads the reports and the incidents they are linked to; the newest {@value #SHOWN} are shown. */
    void refresh() {
        List<ReportSummary> mine = reports.myReports();
        Map<Long, KnownOutage> incidents = incidents(mine);
        list.setItems(mine.stream().limit(SHOWN).map(report -> new ReportCard(report,
                report.incidentId() == null ? null : incidents.get(report.incidentId()))).toList());
        VirtualLists.shown(list, !mine.isEmpty());
        empty.setVisible(mine.isEmpty());
        more.setVisible(mine.size() > SHOWN);
        more.setText(mine.size() > SHOWN ? getTranslation("report.mine.more", SHOWN, mine.size()) : "");
        outageNews.follow(mine.stream().limit(SHOWN).map(ReportSummary::incidentId).filter(Objects::nonNull)
                .map(ReportTopics::outage).collect(Collectors.toSet()));
    }

    /** "Still broken": the resolved report goes back to triage, linked to its incident. */
    private void stillBroken(ReportSummary report) {
        reports.reportStillBroken(report.id());
        refresh();
    }

    /** "It works now": recorded on the resolved report, and the person is thanked. */
    private void worksNow(ReportSummary report) {
        try {
            reports.confirmWorking(report.id());
            Notification.show(getTranslation("report.works-now.thanks"), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ReportException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()), 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
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
        Anchor report = new Anchor(reportPath, new Span(getTranslation("report.nav.report")));
        report.setId("my-reports-empty-report");
        report.addClassNames("link-button", "link-button-primary");
        Div state = new Div(icon, new H3(getTranslation("report.mine.empty.title")),
                new Paragraph(getTranslation("report.mine.empty.text")), report);
        state.setId("my-reports-empty");
        state.addClassNames("panel", "empty-state");
        return state;
    }

    @Override
    public String titleKey() {
        return "report.mine.title";
    }
}
