package org.outagedesk.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.NewReport;
import org.outagedesk.report.ReportException;
import org.outagedesk.report.Symptom;

class ReportValidationTest {

    static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    static final int MAX_BYTES = 2 * 1024 * 1024;

    static NewReport report(Symptom symptom, MailClient client, String description) {
        return new NewReport(symptom, client, description, null, null, null, null, null);
    }

    static ReportException refusal(NewReport report) {
        try {
            ReportValidation.check(report, NOW, MAX_BYTES);
        } catch (ReportException e) {
            return e;
        }
        throw new AssertionError("accepted: " + report);
    }

    @Test
    void symptomAndClientAreRequired() {
        assertThat(refusal(report(null, MailClient.WEBMAIL, null)).field()).isEqualTo("symptom");
        assertThat(refusal(report(Symptom.CANNOT_SEND, null, null)).messageKey())
                .isEqualTo("report.error.client-required");
    }

    @Test
    void otherNeedsADescriptionButKnownSymptomsDoNot() {
        ReportException e = refusal(report(Symptom.OTHER, MailClient.OTHER, "   "));
        assertThat(e.field()).isEqualTo("description");
        assertThat(e.messageKey()).isEqualTo("report.error.description-required");
        assertThat(ReportValidation.check(report(Symptom.CANNOT_SEND, MailClient.WEBMAIL, null), NOW, MAX_BYTES)
                .report().startedAt()).isEqualTo(NOW);
    }

    @Test
    void textsHaveLimitsAndNoControlCharactersButKeepNewlinesAndTabs() {
        assertThat(refusal(report(Symptom.OTHER, MailClient.OTHER, "x".repeat(4001))).arguments())
                .containsExactly(4000);
        NewReport longError = new NewReport(Symptom.BOUNCED, MailClient.WEBMAIL, null, "e".repeat(2001), null, null,
                null, null);
        assertThat(refusal(longError).field()).isEqualTo("errorText");
        assertThat(refusal(report(Symptom.OTHER, MailClient.OTHER, "bell\u0007")).messageKey())
                .isEqualTo("report.error.control-characters");
        NewReport ok = ReportValidation.check(report(Symptom.OTHER, MailClient.OTHER, " line 1\r\n\tline 2 "), NOW,
                MAX_BYTES).report();
        assertThat(ok.description()).isEqualTo("line 1\n\tline 2");
    }

    @Test
    void startMustBeWithinTheLastThirtyDaysAndNotInTheFuture() {
        assertThat(refusal(started(NOW.plus(Duration.ofHours(1)))).messageKey())
                .isEqualTo("report.error.started-in-future");
        assertThat(refusal(started(NOW.minus(Duration.ofDays(31)))).messageKey())
                .isEqualTo("report.error.started-too-old");
        assertThat(ReportValidation.check(started(NOW.plus(Duration.ofMinutes(2))), NOW, MAX_BYTES).report()
                .startedAt()).isEqualTo(NOW);
        Instant yesterday = NOW.minus(Duration.ofDays(1));
        assertThat(ReportValidation.check(started(yesterday), NOW, MAX_BYTES).report().startedAt())
                .isEqualTo(yesterday);
    }

    @Test
    void affectedAddressMustLookLikeAnEmailAddress() {
        assertThat(refusal(address("not an address")).field()).isEqualTo("affectedAddress");
        assertThat(refusal(address("a@b")).field()).isEqualTo("affectedAddress");
        assertThat(ReportValidation.check(address(" boss@demo.local "), NOW, MAX_BYTES).report().affectedAddress())
                .isEqualTo("boss@demo.local");
    }

    @Test
    void screenshotMustBeASmallImageByContent() {
        assertThat(refusal(screenshot("<html>".getBytes(), "shot.png")).messageKey())
                .isEqualTo("report.error.screenshot-not-image");
        byte[] big = new byte[MAX_BYTES + 1];
        System.arraycopy(ImageSnifferTest.PNG, 0, big, 0, ImageSnifferTest.PNG.length);
        assertThat(refusal(screenshot(big, "big.png")).messageKey()).isEqualTo("report.error.screenshot-too-large");
        ReportValidation.ValidReport valid = ReportValidation.check(screenshot(ImageSnifferTest.PNG, "photo.jpg"),
                NOW, MAX_BYTES);
        assertThat(valid.screenshotType()).isEqualTo("image/png");
    }

    @Test
    void idempotencyKeysArePrintableAndShort() {
        assertThat(ReportValidation.idempotencyKey("  ")).isNull();
        assertThat(ReportValidation.idempotencyKey("3f1c-77")).isEqualTo("3f1c-77");
        assertThatThrownBy(() -> ReportValidation.idempotencyKey("k".repeat(101))).isInstanceOf(ReportException.class);
        assertThatThrownBy(() -> ReportValidation.idempotencyKey("a key")).isInstanceOf(ReportException.class);
    }

    private static NewReport started(Instant startedAt) {
        return new NewReport(Symptom.DELAYED, MailClient.DESKTOP_CLIENT, null, null, startedAt, null, null, null);
    }

    private static NewReport address(String address) {
        return new NewReport(Symptom.CANNOT_RECEIVE, MailClient.WEBMAIL, null, null, null, address, null, null);
    }

    private static NewReport screenshot(byte[] bytes, String name) {
        return new NewReport(Symptom.LOGIN, MailClient.MOBILE, null, null, null, null, bytes, name);
    }
}
