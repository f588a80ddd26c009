package org.outagedesk.incident;

/** A refusal staff can act on: a message key (translated by the view or API) and its arguments. */
public class IncidentException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public IncidentException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
