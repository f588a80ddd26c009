package org.outagedesk.security.internal;

import org.outagedesk.account.AccountService;
import org.outagedesk.security.EmailNotVerifiedException;
import org.outagedesk.security.OutageDeskUser;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with throttling. Account state (disabled, unverified) is checked only
 * after the password matched, so a wrong guess never learns whether an address exists.
 */
@Component
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AccountService accounts, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        super(new AccountUserDetailsService(accounts));
        this.throttle = throttle;
        setPasswordEncoder(passwordEncoder);
        setPreAuthenticationChecks(user -> { });
        setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account disabled");
            }
            if (user instanceof OutageDeskUser person && !person.emailVerified()) {
                throw new EmailNotVerifiedException();
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        throttle.check(email, address);
        try {
            Authentication result = super.authenticate(authentication);
            throttle.succeeded(email, address);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(email, address);
            throw e;
        }
    }
}
