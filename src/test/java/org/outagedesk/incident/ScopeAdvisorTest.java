package org.outagedesk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagedesk.mailerror.Side;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagedesk.report.Symptom;

/** The scope rules and the scope × impact severity matrix, as tables. */
class ScopeAdvisorTest {

    private final ScopeAdvisor advisor = new ScopeAdvisor(TriageProperties.defaults());

    @ParameterizedTest(name = "{0} reporters at {1} sites of {2} users -> {3}")
    @CsvSource({
            "1,   1, 1000, SINGLE_USER",
            "1,   5,   10, SINGLE_USER",
            "2,   1, 1000, GROUP",
            "30,  2, 1000, GROUP",
            "199, 2, 1000, GROUP",
            "200, 1, 1000, ALL_USERS",
            "3,   3, 1000, ALL_USERS",
            "5,   2,   20, ALL_USERS",
            "4,   2,   21, GROUP",
            "2,   1,    0, GROUP"})
    void scopeFollowsHowWidespreadTheReportsAre(int reporters, int sites, long activeUsers, Scope expected) {
        assertThat(advisor.scope(reporters, 1, sites, activeUsers)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} reporters at {1} sites of {2} users -> {3} because {4}")
    @CsvSource(delimiter = ';', value = {
            "1; 1; 1000; SINGLE_USER; triage.reason.one-reporter; ",
            "2; 2;    6; ALL_USERS;   triage.reason.share;        2,6,33.3,20.0",
            "3; 3; 1000; ALL_USERS;   triage.reason.sites;        3,3,3",
            "30; 2; 1000; GROUP;      triage.reason.group;        30,1,2,3.0,20.0,3,5"})
    void theSuggestionSaysWhyWithItsNumbers(int reporters, int sites, long activeUsers, Scope scope, String key,
            String arguments) {
        ScopeAdvisor.Suggestion suggestion = advisor.suggest(
                Spread.ofReports(reporters, 1, sites, activeUsers, Impact.HIGH));
        assertThat(suggestion.scope()).isEqualTo(scope).isEqualTo(advisor.scope(reporters, 1, sites, activeUsers));
        assertThat(suggestion.severity()).isEqualTo(ScopeAdvisor.severity(scope, Impact.HIGH));
        assertThat(suggestion.reason().key()).isEqualTo(key);
        assertThat(suggestion.reason().arguments().stream().map(String::valueOf).toList())
                .containsExactly(arguments == null ? new String[0] : arguments.split(","));
    }

    @ParameterizedTest(name = "{0} × {1} -> {2}")
    @CsvSource({
            "ALL_USERS,   HIGH,   SEV1",
            "ALL_USERS,   MEDIUM, SEV2",
            "ALL_USERS,   LOW,    SEV4",
            "GROUP,       HIGH,   SEV2",
            "GROUP,       MEDIUM, SEV3",
            "GROUP,       LOW,    SEV4",
            "SINGLE_USER, HIGH,   SEV3",
            "SINGLE_USER, MEDIUM, SEV4",
            "SINGLE_USER, LOW,    SEV4"})
    void severityIsTheScopeTimesImpactMatrix(Scope scope, Impact impact, Severity expected) {
        assertThat(ScopeAdvisor.severity(scope, impact)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1} impact")
    @CsvSource({
            "CANNOT_SEND, HIGH", "CANNOT_RECEIVE, HIGH", "LOGIN, HIGH",
            "DELAYED, MEDIUM", "BOUNCED, MEDIUM", "SYNC, MEDIUM",
            "MAILBOX_FULL, LOW", "SPAM_PHISHING, LOW", "OTHER, LOW"})
    void impactComesFromTheSymptom(Symptom symptom, Impact expected) {
        assertThat(Impact.of(symptom)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "thresholds {0}/{1}: {2} reporters, {3} sites of 100 -> {4}")
    @CsvSource({
            "0.50, 5, 30, 4, GROUP",
            "0.50, 5, 50, 1, ALL_USERS",
            "0.05, 3,  5, 1, ALL_USERS"})
    void thresholdsAreConfigurable(double share, int sites, int reporters, int reporterSites, Scope expected) {
        ScopeAdvisor configured = new ScopeAdvisor(new TriageProperties(Duration.ofHours(1), share, sites, 5));
        assertThat(configured.scope(reporters, 1, reporterSites, 100)).isEqualTo(expected);
    }

    @Test
    void thirtyPeopleWithOneServerReplyFromTenDepartmentsAreEveryoneBecauseOfTheDepartments() {
        ScopeAdvisor.Suggestion suggestion = advisor.suggest(
                new Spread(30, 10, 1, 1000, Impact.HIGH, Side.SERVER, 0));
        assertThat(suggestion.scope()).isEqualTo(Scope.ALL_USERS);
        assertThat(suggestion.severity()).isEqualTo(Severity.SEV1);
        assertThat(suggestion.reasons()).containsExactly(
                new ScopeReason("triage.reason.departments", List.of(30, 10, 5)));
    }

    @ParameterizedTest(name = "{0} reporter(s), side {1}, {2} failing probes -> {3} because {4}")
    @CsvSource(delimiter = ';', value = {
            "1; USER;   0; SINGLE_USER; triage.reason.user-side;   ",
            "1; USER;   2; SINGLE_USER; triage.reason.user-side;   ",
            "1; CLIENT; 1; SINGLE_USER; triage.reason.one-reporter; ",
            "1; SERVER; 1; ALL_USERS;   triage.reason.probes;      triage.reason.probes",
            "1;       ; 2; ALL_USERS;   triage.reason.probes;      triage.reason.probes",
            "2; SERVER; 1; ALL_USERS;   triage.reason.probes;      triage.reason.probes",
            "3; SERVER; 1; ALL_USERS;   triage.reason.sites;       triage.reason.sites,triage.reason.probes-too",
            "2; NETWORK; 0; GROUP;      triage.reason.group;       triage.reason.group"})
    void whoseSideTheErrorIsAndFailingProbesWeighIn(int reporters, Side side, int probes, Scope scope, String decided,
            String all) {
        ScopeAdvisor.Suggestion suggestion = advisor.suggest(
                new Spread(reporters, 1, reporters, 1000, Impact.HIGH, side, probes));
        assertThat(suggestion.scope()).isEqualTo(scope);
        assertThat(suggestion.reason().key()).isEqualTo(decided);
        assertThat(suggestion.reasons().stream().map(ScopeReason::key).toList())
                .containsExactly(all == null ? new String[] {decided} : all.split(","));
    }
}
