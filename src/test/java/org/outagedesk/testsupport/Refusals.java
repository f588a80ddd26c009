package org.outagedesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.outagedesk.account.AccountException;

/** Asserts that the account module refused an action with the message key the user will read. */
public final class Refusals {

    private Refusals() {}

    public static void assertRefused(ThrowingCallable action, String messageKey) {
        assertThatThrownBy(action).isInstanceOfSatisfying(AccountException.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(messageKey));
    }
}
