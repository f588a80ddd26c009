package org.outagedesk.report;

import org.outagedesk.account.AccountService;
import org.outagedesk.security.OutageDeskUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a demo account's principal into the current thread's security context. */
public final class SignedIn {

    private SignedIn() {}

    public static OutageDeskUser as(AccountService accounts, String email) {
        OutageDeskUser user = new OutageDeskUser(accounts.findLoginAccount(email).orElseThrow());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
