package org.outagedesk.notification;

/** A refusal the person can act on; carries a message key and its arguments. */
public class NotificationException extends RuntimeException {

    private final transient Object[] arguments;

    public NotificationException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
