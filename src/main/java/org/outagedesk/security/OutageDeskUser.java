package org.outagedesk.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.outagedesk.account.LoginAccount;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal: who the person is, what they may do, which language they chose. */
public final class OutageDeskUser implements UserDetails, CredentialsContainer, AccountIdentity.Holder, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountIdentity identity;
    private final List<SimpleGrantedAuthority> authorities;
    private final boolean enabled;
    private final boolean emailVerified;
    private String passwordHash;

    public OutageDeskUser(LoginAccount account) {
        this.identity = AccountIdentity.of(account);
        this.authorities = account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        this.enabled = account.enabled();
        this.emailVerified = account.emailVerified();
        this.passwordHash = account.passwordHash();
    }

    @Override
    public AccountIdentity identity() {
        return identity;
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return identity.email();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
