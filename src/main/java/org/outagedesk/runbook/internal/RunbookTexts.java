package org.outagedesk.runbook.internal;

import org.outagedesk.base.PlainText;
import org.outagedesk.runbook.RunbookException;

/** The limits of the checklist's free texts (the columns' sizes) and the shared plain-text rules. */
final class RunbookTexts {

    static final int MAX_TEXT = 4000;
    static final int MAX_LINK = 2000;
    static final int MAX_TARGET = 300;
    static final int MAX_FILE_NAME = 255;

    private RunbookTexts() {}

    /** Multi-line text that must be given: stripped, CR LF as LF, control characters refused. */
    static String required(String text, String missingKey, int max) {
        String value = optional(text, max);
        if (value == null) {
            throw new RunbookException(missingKey);
        }
        return value;
    }

    static String optional(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!PlainText.isMultiLine(text)) {
            throw new RunbookException("runbook.error.control-characters");
        }
        return limit(PlainText.normaliseNewlines(text.strip()), max);
    }

    /** One line (link, target, file name): no control character at all. */
    static String requiredLine(String text, String missingKey, int max) {
        if (text == null || text.isBlank()) {
            throw new RunbookException(missingKey);
        }
        if (!PlainText.isSingleLine(text)) {
            throw new RunbookException("runbook.error.control-characters");
        }
        return limit(text.strip(), max);
    }

    private static String limit(String text, int max) {
        if (text.length() > max) {
            throw new RunbookException("runbook.error.too-long", max);
        }
        return text;
    }
}
