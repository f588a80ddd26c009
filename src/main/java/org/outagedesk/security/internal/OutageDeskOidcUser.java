package org.outagedesk.security.internal;

import java.io.Serial;
import org.outagedesk.account.LoginAccount;
import org.outagedesk.security.AccountIdentity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in by an OpenID Connect provider: their account here (roles, language) and
 * the provider's ID token, which RP-initiated logout hands back to the provider.
 */
final class OutageDeskOidcUser extends DefaultOidcUser implements AccountIdentity.Holder {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountIdentity identity;

    OutageDeskOidcUser(LoginAccount account, OidcUser signedIn) {
        super(account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList(),
                signedIn.getIdToken(), signedIn.getUserInfo());
        this.identity = AccountIdentity.of(account);
    }

    @Override
    public AccountIdentity identity() {
        return identity;
    }
}
