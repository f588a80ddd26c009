package org.outagedesk.report.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.outagedesk.base.PlainText;
import org.outagedesk.report.NewReport;
import org.outagedesk.report.ReportException;
import org.outagedesk.report.Symptom;

/**
 * The rules a new report must meet. Refusals are {@link ReportException}s naming the form
 * field ({@code symptom}, {@code client}, {@code description}, {@code errorText},
 * {@code startedAt}, {@code affectedAddress}, {@code screenshot}, {@code idempotencyKey}).
 */
final class ReportValidation {

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_ERROR_TEXT = 2000;
    static final int MAX_ADDRESS = 254;
    static final int MAX_IDEMPOTENCY_KEY = 100;
    static final int MAX_REASON = 500;
    static final int MAX_AGE_DAYS = 30;
    /** Clocks of phones and PCs drift; a start a little in the future is taken as "now". */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private static final Pattern EMAIL =
            Pattern.compile("^[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]{2,}$");

    private ReportValidation() {}

    /** A report that passed every rule, with texts normalised and the screenshot's detected type. */
    record ValidReport(NewReport report, String screenshotType) {}

    static ValidReport check(NewReport report, Instant now, int screenshotMaxBytes) {
        if (report == null || report.symptom() == null) {
            throw new ReportException("symptom", "report.error.symptom-required");
        }
        if (report.client() == null) {
            throw new ReportException("client", "report.error.client-required");
        }
        String description = multiLine("description", report.description(), MAX_DESCRIPTION);
        if (description == null && report.symptom() == Symptom.OTHER) {
            throw new ReportException("description", "report.error.description-required");
        }
        String errorText = multiLine("errorText", report.errorText(), MAX_ERROR_TEXT);
        Instant startedAt = startedAt(report.startedAt(), now);
        String address = address(report.affectedAddress());
        String screenshotType = screenshotType(report.screenshot(), screenshotMaxBytes);
        NewReport clean = new NewReport(report.symptom(), report.client(), description, errorText, startedAt, address,
                screenshotType == null ? null : report.screenshot(),
                screenshotType == null ? null : singleLine("screenshot", report.screenshotName(), 255));
        return new ValidReport(clean, screenshotType);
    }

    static String idempotencyKey(String key) {
        String clean = singleLine("idempotencyKey", key, MAX_IDEMPOTENCY_KEY);
        if (clean != null && !clean.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new ReportException("idempotencyKey", "report.error.idempotency-key");
        }
        return clean;
    }

    static String reason(String reason) {
        String clean = multiLine("reason", reason, MAX_REASON);
        if (clean == null) {
            throw new ReportException("reason", "report.error.reason-required");
        }
        return clean;
    }

    /** Free text: CR LF becomes LF; newline and tab allowed, other control characters and lone surrogates refused. */
    static String multiLine(String field, String value, int max) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        if (!PlainText.isMultiLine(text)) {
            throw new ReportException(field, "report.error.control-characters");
        }
        return limit(field, PlainText.normaliseNewlines(text), max);
    }

    static String singleLine(String field, String value, int max) {
        String text = blankToNull(value);
        if (!PlainText.isSingleLine(text)) {
            throw new ReportException(field, "report.error.control-characters");
        }
        return text == null ? null : limit(field, text, max);
    }

    private static String limit(String field, String text, int max) {
        if (text.codePointCount(0, text.length()) > max) {
            throw new ReportException(field, "report.error.too-long", max);
        }
        return text;
    }

    private static Instant startedAt(Instant startedAt, Instant now) {
        if (startedAt == null) {
            return now;
        }
        if (startedAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new ReportException("startedAt", "report.error.started-in-future");
        }
        if (startedAt.isBefore(now.minus(Duration.ofDays(MAX_AGE_DAYS)))) {
            throw new ReportException("startedAt", "report.error.started-too-old", MAX_AGE_DAYS);
        }
        return startedAt.isAfter(now) ? now : startedAt;
    }

    private static String address(String value) {
        String address = singleLine("affectedAddress", value, MAX_ADDRESS);
        if (address != null && !EMAIL.matcher(address).matches()) {
            throw new ReportException("affectedAddress", "report.error.address-invalid");
        }
        return address;
    }

    private static String screenshotType(byte[] screenshot, int maxBytes) {
        if (screenshot == null || screenshot.length == 0) {
            return null;
        }
        if (screenshot.length > maxBytes) {
            throw new ReportException("screenshot", "report.error.screenshot-too-large",
                    Math.max(1, maxBytes / (1024 * 1024)));
        }
        return ImageSniffer.contentType(screenshot)
                .orElseThrow(() -> new ReportException("screenshot", "report.error.screenshot-not-image"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
