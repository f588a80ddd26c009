package org.outagedesk.runbook;

/** A refusal staff can act on: a message key (translated by the view) and its arguments. */
public class RunbookException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RunbookException(String messageKey, Object... arguments) {
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
