package org.outagedesk.incident.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outagedesk.report.ReportSummary;

/**
 * Which reports triage counts as the same problem: the same symptom and the same error,
 * whatever client showed it (Outlook and webmail both saying {@code 451 4.7.0} are one
 * server fault); reports without an error text, the same symptom from the same client.
 */
final class SameProblem {

    /** A mail server's reply code with its enhanced status code, e.g. {@code 451 4.7.0}, in any wrapping. */
    private static final Pattern REPLY = Pattern.compile("\\b([245]\\d\\d)[\\s-]+([245]\\.\\d{1,3}\\.\\d{1,3})\\b");
    /** An enhanced status code alone, e.g. {@code 5.1.1}. */
    private static final Pattern STATUS = Pattern.compile("\\b([245]\\.\\d{1,3}\\.\\d{1,3})\\b");
    private static final int MAX_KEY = 200;

    private SameProblem() {}

    /** Reports with the same key are one problem. */
    static String key(ReportSummary report) {
        String error = errorSignature(report.errorText());
        return report.symptom() + (error != null ? "|error:" + error : "|client:" + report.client());
    }

    /**
     * What identifies an error text: the server's reply and status codes when it has them (the words
     * around them differ between clients), else the text itself without case and spacing; null when blank.
     */
    static String errorSignature(String errorText) {
        if (errorText == null || errorText.isBlank()) {
            return null;
        }
        Matcher reply = REPLY.matcher(errorText);
        if (reply.find()) {
            return reply.group(1) + " " + reply.group(2);
        }
        Matcher status = STATUS.matcher(errorText);
        if (status.find()) {
            return status.group(1);
        }
        String text = errorText.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return text.length() > MAX_KEY ? text.substring(0, MAX_KEY) : text;
    }
}
