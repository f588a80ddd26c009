package org.outagedesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.Severity;
import org.outagedesk.review.CauseCategory;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.RequiredServices;
import org.outagedesk.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's aggregate queries on MariaDB over hand-built read-model rows in May 2001 (no other
 * test writes there): exact counts, medians, p90, trends, groupings, action items and reviews.
 */
class MetricsQueriesIT extends LiveApplicationTest {

    private static final Instant MAY = Instant.parse("2001-05-01T00:00:00Z");
    private static final Instant JUNE = Instant.parse("2001-06-01T00:00:00Z");
    private static boolean written;

    @Autowired MetricsService metrics;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void handBuiltRows() {
        RequiredServices.mariaDb();
        synchronized (MetricsQueriesIT.class) {
            if (!written) {
                write(new MetricRows(jdbc));
                written = true;
            }
        }
    }

    private static void write(MetricRows rows) {
        rows.incident(9_100_001, "SEV1", "CLOSED", false, "2001-05-03T10:00:00Z", 600L, 300L, 3600L, 7200L, 10, 8,
                "WEBMAIL", "IMAP_POP");
        rows.incident(9_100_002, "SEV2", "RESOLVED", false, "2001-05-10T10:00:00Z", 1200L, 600L, 7200L, 14400L, 4, 4,
                "WEBMAIL");
        rows.incident(9_100_003, "SEV3", "RESOLVED", false, "2001-05-15T10:00:00Z", 60L, null, null, 3600L, 1, 1,
                "INBOUND");
        rows.incident(9_100_004, "SEV4", "OPEN", false, "2001-05-20T10:00:00Z", 120L, 60L, 600L, null, 0, 0,
                "CALENDAR");
        rows.incident(9_100_005, "SEV1", "MERGED", true, "2001-05-21T10:00:00Z", 99_999L, 99_999L, 99_999L, 99_999L,
                50, 50, "WEBMAIL");
        rows.incident(9_100_006, "SEV2", "RESOLVED", false, "2001-04-10T10:00:00Z", 900L, 60L, 900L, 10_800L, 2, 2,
                "INBOUND");
        rows.incident(9_100_007, "SEV3", "RESOLVED", false, "2001-04-20T10:00:00Z", 300L, 60L, 900L, 3600L, 2, 2,
                "INBOUND");
        rows.incident(9_100_008, "SEV1", "RESOLVED", false, "2001-07-05T10:00:00Z", 1L, 1L, 1L, 1L, 9, 9, "WEBMAIL");
        rows.phase(9_100_001, "ASSESSMENT", 600);
        rows.phase(9_100_001, "FIX", 1200);
        rows.phase(9_100_002, "ASSESSMENT", 1800);
        rows.phase(9_100_005, "ASSESSMENT", 99_999);
        rows.review(9_100_001, "NETWORK", "2001-05-08T10:00:00Z");
        rows.review(9_100_003, "HARDWARE", "2001-05-25T10:00:00Z");
        rows.actionItem(9_200_001, 9_100_001, "DONE", "2001-05-20");
        rows.actionItem(9_200_002, 9_100_001, "OPEN", "2001-06-01");
        rows.actionItem(9_200_003, 9_100_001, "IN_PROGRESS", "2999-01-01");
        rows.actionItem(9_200_004, 9_100_001, "CANCELLED", "2001-06-01");
    }

    private Dashboard dashboard(Severity severity, MailService service, CauseCategory cause) {
        return SignedIn.as(accounts, "manager@demo.local",
                () -> metrics.dashboard(new MetricsFilter(MAY, JUNE, severity, service, cause)));
    }

    @Test
    void countsMediansP90AndTrendsLeaveOutMergedIncidentsAndOtherPeriods() {
        Dashboard dashboard = dashboard(null, null, null);

        assertThat(dashboard.incidents()).isEqualTo(4);
        assertThat(dashboard.previousIncidents()).isEqualTo(2);
        assertThat(dashboard.response()).containsExactly(
                new Dashboard.Response(Metric.MTTD, 4, 360L, 1020L, 600L),
                new Dashboard.Response(Metric.MTTA, 3, 300L, 540L, 60L),
                new Dashboard.Response(Metric.MTTM, 3, 3600L, 6480L, 900L),
                new Dashboard.Response(Metric.MTTR, 3, 7200L, 12_960L, 7200L));
        assertThat(dashboard.phases()).contains(new Dashboard.PhaseTime(Phase.ASSESSMENT, 2, 1200L, 1680L),
                new Dashboard.PhaseTime(Phase.FIX, 1, 1200L, 1200L),
                new Dashboard.PhaseTime(Phase.REVIEW, 0, null, null));
    }

    @Test
    void groupsByCauseAndServiceAndSumsReportsActionItemsAndReviews() {
        Dashboard dashboard = dashboard(null, null, null);

        assertThat(dashboard.byCause()).containsExactly(new Dashboard.Count("NONE", 2),
                new Dashboard.Count("HARDWARE", 1), new Dashboard.Count("NETWORK", 1));
        assertThat(dashboard.byService()).containsExactly(new Dashboard.Count("WEBMAIL", 2),
                new Dashboard.Count("CALENDAR", 1), new Dashboard.Count("IMAP_POP", 1), new Dashboard.Count("INBOUND", 1));
        assertThat(dashboard.reports()).isEqualTo(new Dashboard.Reports(15, 13));
        assertThat(dashboard.actionItems()).isEqualTo(new Dashboard.ActionItems(2, 1, 1));
        assertThat(dashboard.reviews()).isEqualTo(new Dashboard.Reviews(2, 1, 2));
        assertThat(dashboard.reviews().completionPercent()).isEqualTo(50);
    }

    @Test
    void filtersBySeverityServiceAndCause() {
        assertThat(dashboard(Severity.SEV1, null, null).incidents()).isEqualTo(1);
        assertThat(dashboard(Severity.SEV1, null, null).response().getFirst().median()).isEqualTo(600L);
        assertThat(dashboard(null, MailService.WEBMAIL, null).incidents()).isEqualTo(2);
        assertThat(dashboard(null, MailService.INBOUND, null).previousIncidents()).isEqualTo(2);
        assertThat(dashboard(null, null, CauseCategory.NETWORK).incidents()).isEqualTo(1);
        assertThat(dashboard(null, null, CauseCategory.NETWORK).actionItems())
                .isEqualTo(new Dashboard.ActionItems(2, 1, 1));
    }

    @Test
    void reviewOutcomesListFinalisedReviewsWithActionItemProgress() {
        List<ReviewOutcome> outcomes = SignedIn.as(accounts, "manager@demo.local",
                () -> metrics.reviewOutcomes(new MetricsFilter(MAY, JUNE, null, null, null)));

        assertThat(outcomes).extracting(ReviewOutcome::incidentId, ReviewOutcome::cause, ReviewOutcome::actionItems,
                ReviewOutcome::actionItemsDone, ReviewOutcome::actionItemsOverdue).containsExactly(
                        tuple(9_100_003L, CauseCategory.HARDWARE, 0L, 0L, 0L),
                        tuple(9_100_001L, CauseCategory.NETWORK, 4L, 1L, 1L));
    }
}
