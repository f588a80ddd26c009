package org.outagedesk.incident.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.mailerror.MailErrors;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportStatus;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.Symptom;

/** Which reports triage counts as one problem: the error decides, not the client that showed it. */
class SameProblemTest {

    private final SameProblem sameProblem = new SameProblem(MailErrors.fromCatalogue(new BundleI18NProvider()));

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" are the same error: {2}")
    @CsvSource(delimiter = '|', value = {
            "451 4.7.0 Temporary server error. Please try again later. PRX4 | Temporary server error (451-4.7.0) | true",
            "451 4.7.0 Temporary server error | 550 5.1.1 User unknown | false",
            "Error 5.7.1 relay denied | The server said 5.7.1 | true",
            "Cannot connect to server | cannot   CONNECT to server  | true",
            "Cannot connect to server | Connection timed out | true",
            "Cannot connect to server | The server refused your password | false",
            "Outlook: Sending reported error (0x800CCC0E): Cannot connect to server | No se puede conectar al servidor | true"})
    void theServersCodesOrTheWordsDecide(String one, String other, boolean same) {
        assertThat(sameProblem.errorKey(one).equals(sameProblem.errorKey(other))).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0}/{1} \"{2}\" with {3}/{4} \"{5}\": {6}")
    @CsvSource(delimiter = '|', value = {
            "CANNOT_SEND | DESKTOP_CLIENT | 451 4.7.0 Temporary server error | CANNOT_SEND | WEBMAIL | Temporary server error 451 4.7.0 | true",
            "CANNOT_SEND | DESKTOP_CLIENT | 451 4.7.0 Temporary server error | BOUNCED | WEBMAIL | 451 4.7.0 Temporary server error | false",
            "CANNOT_SEND | DESKTOP_CLIENT | | CANNOT_SEND | WEBMAIL | | false",
            "CANNOT_SEND | WEBMAIL | | CANNOT_SEND | WEBMAIL | | true"})
    void sameSymptomAndErrorWhateverTheClientWithoutAnErrorTheClientToo(Symptom symptom, MailClient client,
            String error, Symptom otherSymptom, MailClient otherClient, String otherError, boolean same) {
        assertThat(sameProblem.key(report(1, symptom, client, error)).equals(sameProblem.key(report(1, otherSymptom,
                otherClient, otherError)))).isEqualTo(same);
    }

    @ParameterizedTest(name = "\"{0}\" for two people: one problem: {1}")
    @CsvSource(delimiter = '|', value = {
            "552 5.2.2 Mailbox full | false",
            "Tu buzón está lleno | false",
            "451 4.7.0 Temporary server error | true",
            "550 5.7.1 Relay access denied | true"})
    void anErrorThatIsUsuallyThePersonsOwnStaysTheirs(String error, boolean oneProblem) {
        assertThat(sameProblem.key(report(1, Symptom.CANNOT_SEND, MailClient.WEBMAIL, error))
                .equals(sameProblem.key(report(2, Symptom.CANNOT_SEND, MailClient.DESKTOP_CLIENT, error))))
                .isEqualTo(oneProblem);
    }

    private static ReportSummary report(long reporter, Symptom symptom, MailClient client, String errorText) {
        return new ReportSummary(1, reporter, "Ana", "ana@demo.local", "Sales", "Madrid", symptom, client, null, errorText,
                null, null, ReportStatus.RECEIVED, null, null, null, false, false, Instant.now(), null);
    }
}
