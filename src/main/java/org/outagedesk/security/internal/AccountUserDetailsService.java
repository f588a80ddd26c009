package org.outagedesk.security.internal;

import org.outagedesk.account.AccountService;
import org.outagedesk.security.OutageDeskUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Loads a person for sign-in from the account module (used by the password provider only). */
class AccountUserDetailsService implements UserDetailsService {

    private final AccountService accounts;

    AccountUserDetailsService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findLoginAccount(email)
                .filter(account -> account.passwordHash() != null)
                .map(OutageDeskUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
