package org.outagedesk.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.time.ZoneId;
import java.util.Locale;
import org.outagedesk.account.LoginAccount;
import org.outagedesk.base.SignedInUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal: who the person is, what they may do, which language they chose. */
public final class OutageDeskUser implements UserDetails, CredentialsContainer, SignedInUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final String displayName;
    private final Locale language;
    private final ZoneId zone;
    private final List<SimpleGrantedAuthority> authorities;
    private final boolean enabled;
    private final boolean emailVerified;
    private String passwordHash;

    public OutageDeskUser(LoginAccount account) {
        this.accountId = account.id();
        this.email = account.email();
        this.displayName = account.displayName();
        this.language = account.language() == null ? null : Locale.forLanguageTag(account.language());
        this.zone = account.timeZone() == null ? null : ZoneId.of(account.timeZone());
        this.authorities = account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        this.enabled = account.enabled();
        this.emailVerified = account.emailVerified();
        this.passwordHash = account.passwordHash();
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Locale language() {
        return language;
    }

    @Override
    public ZoneId zone() {
        return zone;
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
        return email;
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
