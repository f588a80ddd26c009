package org.outagedesk.incident;

import org.outagedesk.report.Symptom;

/** How badly a symptom stops people from working with mail; the second axis of the severity matrix. */
public enum Impact {
    HIGH,
    MEDIUM,
    LOW;

    public static Impact of(Symptom symptom) {
        return switch (symptom) {
            case CANNOT_SEND, CANNOT_RECEIVE, LOGIN -> HIGH;
            case DELAYED, BOUNCED, SYNC -> MEDIUM;
            case MAILBOX_FULL, SPAM_PHISHING, OTHER -> LOW;
        };
    }
}
