package org.outagedesk.base;

/**
 * A refusal the person can act on. It carries a message key (translated by the view or the
 * API into the person's language) and its arguments, never a ready-made text.
 */
public abstract class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected UserFacingException(String messageKey, Object... arguments) {
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
