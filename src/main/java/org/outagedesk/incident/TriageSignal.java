package org.outagedesk.incident;

import java.time.Instant;
import java.util.Set;
import org.outagedesk.mailerror.ErrorSignature;

/**
 * A fact from monitoring that triage shows beside user reports, e.g. "SMTP probe failed 3 times
 * in a row", with what it suggests opening.
 *
 * @param key stable identifier of the signal's source (for element ids)
 * @param title what failed, in short, in the reader's language
 * @param detail the kind of the latest error, in the reader's language
 * @param evidence the latest error as the server or the monitor said it, untranslated (may be null)
 * @param since when the failure started
 * @param signature the failure read as a mail error (what the server said, else the kind of failure);
 *        NONE when it says nothing the catalogue knows
 */
public record TriageSignal(String key, String title, String detail, String evidence, Set<MailService> services,
        Scope scope, Severity severity, Instant since, int failures, ErrorSignature signature) {

    public TriageSignal {
        signature = signature == null ? ErrorSignature.NONE : signature;
    }
}
