package org.outagedesk.report;

/** A refusal the user can act on: a message key (translated by the view or API) and the field it concerns. */
public class ReportException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public ReportException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** The form or JSON field concerned, or {@code null} for the whole report. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
