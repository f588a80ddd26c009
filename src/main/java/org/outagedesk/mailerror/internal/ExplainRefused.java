package org.outagedesk.mailerror.internal;

/** Input the explain API cannot take: a message key for the caller's language and its arguments. */
final class ExplainRefused extends RuntimeException {

    private final transient Object[] arguments;

    ExplainRefused(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.arguments = arguments;
    }

    String messageKey() {
        return getMessage();
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
