package org.outagedesk.testsupport;

import java.util.function.Supplier;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.LoginAccount;
import org.outagedesk.security.OutageDeskUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls as a signed-in person, the way a request from their session would. */
public final class SignedIn {

    private SignedIn() {}

    public static <T> T as(AccountService accounts, String email, Supplier<T> action) {
        LoginAccount account = accounts.findLoginAccount(email)
                .orElseThrow(() -> new IllegalArgumentException("No account " + email));
        OutageDeskUser user = new OutageDeskUser(account);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public static void as(AccountService accounts, String email, Runnable action) {
        as(accounts, email, () -> {
            action.run();
            return null;
        });
    }
}
