package org.outagedesk.security.internal;

import java.util.Optional;
import org.outagedesk.account.AccountException;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.DirectoryPerson;
import org.outagedesk.security.DirectorySignInRefused;
import org.outagedesk.security.DirectoryUnavailableException;
import org.outagedesk.security.EmailNotVerifiedException;
import org.outagedesk.security.OutageDeskUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The sign-in form, throttled: the company directory first (when {@code outagedesk.directory.ldap.url}
 * is set), then local accounts, so the break-glass admin still signs in while the directory is
 * down. Account state (disabled, unverified) is checked only after the password matched, so a
 * wrong guess never learns whether an address exists.
 */
@Component
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final AccountService accounts;
    private final LdapDirectory directory;

    ThrottledAuthenticationProvider(AccountService accounts, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, ObjectProvider<LdapDirectory> directory) {
        super(new AccountUserDetailsService(accounts));
        this.throttle = throttle;
        this.accounts = accounts;
        this.directory = directory.getIfAvailable();
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
        String name = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        throttle.check(name, address);
        try {
            Authentication result = directoryThenLocal(authentication);
            throttle.succeeded(name, address);
            return result;
        } catch (BadCredentialsException | DirectoryUnavailableException e) {
            throttle.failed(name, address);
            throw e;
        }
    }

    private Authentication directoryThenLocal(Authentication authentication) {
        if (directory == null) {
            return super.authenticate(authentication);
        }
        DirectoryUnavailableException down = null;
        try {
            Object password = authentication.getCredentials();
            Optional<DirectoryPerson> person = directory.authenticate(authentication.getName(),
                    password == null ? "" : password.toString());
            if (person.isPresent()) {
                return signedIn(person.get(), authentication);
            }
        } catch (DirectoryUnavailableException e) {
            down = e;
        }
        try {
            return super.authenticate(authentication);
        } catch (BadCredentialsException e) {
            if (down != null) {
                throw down;
            }
            throw e;
        }
    }

    private Authentication signedIn(DirectoryPerson person, Authentication authentication) {
        OutageDeskUser user;
        try {
            user = new OutageDeskUser(accounts.signedInFromDirectory(person));
        } catch (AccountException e) {
            throw new DirectorySignInRefused(e.messageKey());
        }
        if (!user.isEnabled()) {
            throw new DisabledException("Account disabled");
        }
        return createSuccessAuthentication(user, authentication, user);
    }
}
