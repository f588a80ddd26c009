package org.outagedesk.incident.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportStatus;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.Symptom;

/** Which reports triage counts as one problem: the error decides, not the client that showed it. */
class SameProblemTest {

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" are the same error: {2}")
    @CsvSource(delimiter = '|', value = {
            "451 4.7.0 Temporary server error. Please try again later. PRX4 | Temporary server error (451-4.7.0) | true",
            "451 4.7.0 Temporary server error | 550 5.1.1 User unknown | false",
            "Error 5.7.1 relay denied | The server said 5.7.1 | true",
            "Cannot connect to server | cannot   CONNECT to server  | true",
            "Cannot connect to server | Connection timed out | false"})
    void theServersCodesOrTheWordsDecide(String one, String other, boolean same) {
        assertThat(SameProblem.errorSignature(one).equals(SameProblem.errorSignature(other))).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0}/{1} \"{2}\" with {3}/{4} \"{5}\": {6}")
    @CsvSource(delimiter = '|', value = {
            "CANNOT_SEND | DESKTOP_CLIENT | 451 4.7.0 Temporary server error | CANNOT_SEND | WEBMAIL | Temporary server error 451 4.7.0 | true",
            "CANNOT_SEND | DESKTOP_CLIENT | 451 4.7.0 Temporary server error | BOUNCED | WEBMAIL | 451 4.7.0 Temporary server error | false",
            "CANNOT_SEND | DESKTOP_CLIENT | | CANNOT_SEND | WEBMAIL | | false",
            "CANNOT_SEND | WEBMAIL | | CANNOT_SEND | WEBMAIL | | true"})
    void sameSymptomAndErrorWhateverTheClientWithoutAnErrorTheClientToo(Symptom symptom, MailClient client,
            String error, Symptom otherSymptom, MailClient otherClient, String otherError, boolean same) {
        assertThat(SameProblem.key(report(symptom, client, error)).equals(SameProblem.key(report(otherSymptom,
                otherClient, otherError)))).isEqualTo(same);
    }

    private static ReportSummary report(Symptom symptom, MailClient client, String errorText) {
        return new ReportSummary(1, 2, "Ana", "ana@demo.local", "Sales", "Madrid", symptom, client, null, errorText,
                null, null, ReportStatus.RECEIVED, null, null, null, false, false, Instant.now(), null);
    }
}
