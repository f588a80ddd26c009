package org.outagedesk.security.internal;

import java.util.Collection;
import java.util.List;
import org.outagedesk.account.AccountException;
import org.outagedesk.account.AccountOrigin;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.DirectoryPerson;
import org.outagedesk.account.LoginAccount;
import org.outagedesk.security.DirectoryProperties;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After Spring Security has verified the ID token (signature, issuer, audience, expiry, nonce),
 * provisions or refreshes the person's account from its claims: roles from the groups claim,
 * profile from the configured claims. Refusals carry an {@link OAuth2Error} code the sign-in page
 * turns into a message in the person's language.
 */
final class DirectoryOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String REFUSED = "outagedesk_refused";
    static final String DISABLED = "outagedesk_disabled";
    static final String EMAIL_NOT_VERIFIED = "outagedesk_email_not_verified";

    private final OidcUserService verified = new OidcUserService();
    private final AccountService accounts;
    private final DirectoryProperties.Oidc claims;
    private final RoleMapping roles;

    DirectoryOidcUserService(AccountService accounts, DirectoryProperties directory) {
        this.accounts = accounts;
        this.claims = directory.oidc();
        this.roles = new RoleMapping(directory.roleGroups());
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = verified.loadUser(request);
        if (Boolean.FALSE.equals(signedIn.getEmailVerified())) {
            throw refusal(EMAIL_NOT_VERIFIED, null);
        }
        DirectoryPerson person = new DirectoryPerson(AccountOrigin.OIDC,
                request.getClientRegistration().getRegistrationId(), signedIn.getSubject(),
                text(signedIn, claims.email()), text(signedIn, claims.displayName()),
                text(signedIn, claims.department()), text(signedIn, claims.site()), text(signedIn, claims.language()),
                text(signedIn, claims.timeZone()), roles.rolesFor(groups(signedIn)));
        LoginAccount account;
        try {
            account = accounts.signedInFromDirectory(person);
        } catch (AccountException e) {
            throw refusal(REFUSED, e.messageKey());
        }
        if (!account.enabled()) {
            throw refusal(DISABLED, null);
        }
        return new OutageDeskOidcUser(account, signedIn);
    }

    private static OAuth2AuthenticationException refusal(String code, String messageKey) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, messageKey, null));
    }

    private static String text(OidcUser user, String claim) {
        if (claim.isBlank()) {
            return null;
        }
        Object value = user.getClaims().get(claim);
        return value == null ? null : value.toString();
    }

    /** The groups claim: a list of names, or one name. */
    private Collection<String> groups(OidcUser user) {
        if (claims.groups().isBlank()) {
            return List.of();
        }
        Object value = user.getClaims().get(claims.groups());
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
