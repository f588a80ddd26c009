package org.outagedesk.account;

/**
 * A refusal the user can act on. It carries a message key (translated by the view) rather
 * than a text, so the message always appears in the user's language.
 */
public class AccountException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public AccountException(String messageKey, Object... arguments) {
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
