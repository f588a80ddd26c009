package org.outagedesk.incident.internal;

import java.util.Locale;
import org.outagedesk.mailerror.ErrorSignature;
import org.outagedesk.mailerror.MailErrors;
import org.outagedesk.mailerror.Side;
import org.outagedesk.report.ReportSummary;

/**
 * Which reports triage counts as the same problem, read as a mail administrator reads the error:
 * the same symptom and the same server reply ({@code 451 4.7.0} from Outlook and from webmail is
 * one server fault), or without a reply the same kind of failure from the catalogue; an error that
 * is usually the person's own (a full mailbox, a wrong password) stays that person's problem;
 * reports without an error text, the same symptom from the same client.
 */
final class SameProblem {

    private static final int MAX_KEY = 200;

    private final MailErrors errors;

    SameProblem(MailErrors errors) {
        this.errors = errors;
    }

    /** Reports with the same key are one problem. */
    String key(ReportSummary report) {
        ErrorSignature signature = errors.signature(report.errorText());
        String error = errorKey(report.errorText(), signature);
        if (error == null) {
            return report.symptom() + "|client:" + report.client();
        }
        boolean persons = signature.side() == Side.USER;
        return report.symptom() + "|error:" + error + (persons ? "|person:" + report.reporterId() : "");
    }

    /**
     * What identifies an error text: the server's reply and status codes when it has them (the words
     * around them differ between clients); else the kind of failure the catalogue recognises (two
     * clients' words for a refused connection); else the text without case and spacing; null when blank.
     */
    String errorKey(String errorText) {
        return errorKey(errorText, errors.signature(errorText));
    }

    private static String errorKey(String errorText, ErrorSignature signature) {
        if (errorText == null || errorText.isBlank()) {
            return null;
        }
        if (signature.enhancedCode() != null) {
            return SameReply.reply(signature);
        }
        if (signature.recognised() && signature.category() != null) {
            return "kind:" + signature.category() + "/" + signature.side();
        }
        String text = errorText.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return text.length() > MAX_KEY ? text.substring(0, MAX_KEY) : text;
    }
}
