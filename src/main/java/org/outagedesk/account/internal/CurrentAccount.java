package org.outagedesk.account.internal;

import org.outagedesk.account.AccountException;
import org.outagedesk.base.SignedInUser;

/** The id of the person the current request acts for. */
final class CurrentAccount {

    private CurrentAccount() {}

    static long id() {
        return SignedInUser.current().map(SignedInUser::accountId)
                .orElseThrow(() -> new AccountException("account.error.signed-out"));
    }
}
