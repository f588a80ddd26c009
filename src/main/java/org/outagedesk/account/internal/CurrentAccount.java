package org.outagedesk.account.internal;

import org.outagedesk.account.AccountException;
import org.outagedesk.base.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The id of the person the current request acts for. */
final class CurrentAccount {

    private CurrentAccount() {}

    static long id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user.accountId();
        }
        throw new AccountException("account.error.signed-out");
    }
}
