package org.outagedesk.report;

/** What is wrong with the reporter's mail. The names are part of the REST API. */
public enum Symptom {
    CANNOT_SEND,
    CANNOT_RECEIVE,
    DELAYED,
    BOUNCED,
    LOGIN,
    MAILBOX_FULL,
    SPAM_PHISHING,
    SYNC,
    OTHER
}
