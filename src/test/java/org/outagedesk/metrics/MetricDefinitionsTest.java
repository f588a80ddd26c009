package org.outagedesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.Phase;

/** The metric definitions on hand-built timelines. */
class MetricDefinitionsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aResolvedIncidentCountsInEveryMetricWithTheDefinedSpans() {
        var incident = new IncidentTimeline(IncidentState.RESOLVED, at(0), at(10), at(25), at(70), at(130));

        assertThat(MetricDefinitions.durations(incident)).containsExactlyInAnyOrderEntriesOf(Map.of(
                Metric.MTTD, Duration.ofMinutes(10),
                Metric.MTTA, Duration.ofMinutes(15),
                Metric.MTTM, Duration.ofMinutes(70),
                Metric.MTTR, Duration.ofMinutes(130)));
    }

    @Test
    void aMergedIncidentCountsNowhere() {
        var merged = new IncidentTimeline(IncidentState.MERGED, at(0), at(10), at(25), at(70), at(130));

        assertThat(MetricDefinitions.durations(merged)).isEmpty();
    }

    @Test
    void aMissingTimestampLeavesTheIncidentOutOfThatMetricOnly() {
        var noDetection = new IncidentTimeline(IncidentState.CLOSED, at(0), null, at(25), at(70), at(130));

        assertThat(MetricDefinitions.durations(noDetection)).containsOnlyKeys(Metric.MTTM, Metric.MTTR);
        var noImpactStart = new IncidentTimeline(IncidentState.RESOLVED, null, at(10), at(25), at(70), at(130));
        assertThat(MetricDefinitions.durations(noImpactStart))
                .containsExactlyEntriesOf(Map.of(Metric.MTTA, Duration.ofMinutes(15)));
    }

    @Test
    void aTimestampBeforeItsStartIsTreatedAsMissing() {
        var wrongOrder = new IncidentTimeline(IncidentState.RESOLVED, at(30), at(10), at(40), at(70), at(130));

        assertThat(MetricDefinitions.durations(wrongOrder)).doesNotContainKey(Metric.MTTD)
                .containsEntry(Metric.MTTA, Duration.ofMinutes(30));
    }

    @Test
    void aReopenedIncidentHasNoMttrUntilResolvedAgainThenItsLatestResolutionCounts() {
        var reopened = new IncidentTimeline(IncidentState.OPEN, at(0), at(10), at(25), at(70), at(130));
        assertThat(MetricDefinitions.durations(reopened)).doesNotContainKey(Metric.MTTR)
                .containsEntry(Metric.MTTM, Duration.ofMinutes(70));

        var resolvedAgain = new IncidentTimeline(IncidentState.RESOLVED, at(0), at(10), at(25), at(70), at(400));
        assertThat(MetricDefinitions.durations(resolvedAgain)).containsEntry(Metric.MTTR, Duration.ofMinutes(400));
    }

    @Test
    void anOpenIncidentCountsForWhatHasHappenedSoFar() {
        var open = new IncidentTimeline(IncidentState.OPEN, at(0), at(10), at(25), null, null);

        assertThat(MetricDefinitions.durations(open)).containsOnlyKeys(Metric.MTTD, Metric.MTTA);
    }

    @Test
    void phaseTimesAddUpEveryVisitAndEndAtTheClose() {
        List<PhaseChange> changes = List.of(
                new PhaseChange(at(30), Phase.TROUBLESHOOTING),
                new PhaseChange(at(10), Phase.COMMUNICATION),
                new PhaseChange(at(90), Phase.FIX),
                new PhaseChange(at(100), Phase.TROUBLESHOOTING),
                new PhaseChange(at(120), Phase.REVIEW));

        Map<Phase, Duration> times = MetricDefinitions.phaseTimes(at(0), Phase.ASSESSMENT, changes, at(200));

        assertThat(times).containsExactlyInAnyOrderEntriesOf(Map.of(
                Phase.ASSESSMENT, Duration.ofMinutes(10),
                Phase.COMMUNICATION, Duration.ofMinutes(20),
                Phase.TROUBLESHOOTING, Duration.ofMinutes(60 + 20),
                Phase.FIX, Duration.ofMinutes(10),
                Phase.REVIEW, Duration.ofMinutes(80)));
    }

    @Test
    void thePhaseAnIncidentIsStillInIsLeftOutUntilItCloses() {
        Map<Phase, Duration> times = MetricDefinitions.phaseTimes(at(0), Phase.ASSESSMENT,
                List.of(new PhaseChange(at(15), Phase.FIX)), null);

        assertThat(times).containsExactlyEntriesOf(Map.of(Phase.ASSESSMENT, Duration.ofMinutes(15)));
    }

    @Test
    void medianAndP90InterpolateBetweenTheNearestValues() {
        long[] values = {60, 120, 180, 240, 600};

        assertThat(MetricDefinitions.percentile(values, 0.5)).isEqualTo(180);
        assertThat(MetricDefinitions.percentile(values, 0.9)).isEqualTo(456);
        assertThat(MetricDefinitions.percentile(new long[] {100, 200}, 0.5)).isEqualTo(150);
        assertThat(MetricDefinitions.percentile(new long[] {42}, 0.9)).isEqualTo(42);
        assertThat(MetricDefinitions.percentile(new long[0], 0.5)).isNull();
    }
}
