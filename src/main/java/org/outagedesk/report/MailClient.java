package org.outagedesk.report;

/** Which service or client the reporter uses (the REST API's {@code service} field). */
public enum MailClient {
    DESKTOP_CLIENT,
    WEBMAIL,
    MOBILE,
    OTHER
}
