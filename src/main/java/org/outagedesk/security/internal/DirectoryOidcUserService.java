package org.outagedesk.security.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.outagedesk.account.AccountException;
import org.outagedesk.account.AccountOrigin;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.DirectoryPerson;
import org.outagedesk.account.LoginAccount;
import org.outagedesk.security.DirectoryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After Spring Security has verified the ID token (signature, issuer, audience, expiry, nonce),
 * provisions or refreshes the person's account from its claims: roles from the groups claim,
 * profile from the configured claims. Refusals carry an {@link OAuth2Error} code the sign-in page
 * turns into a message in the person's language.
 */
final class DirectoryOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(DirectoryOidcUserService.class);

    static final String REFUSED = "outagedesk_refused";
    static final String DISABLED = "outagedesk_disabled";
    static final String EMAIL_NOT_VERIFIED = "outagedesk_email_not_verified";

    private final OidcUserService verified = new OidcUserService();
    private final AccountService accounts;
    private final DirectoryProperties.Oidc claims;
    private final RoleMapping roles;
    private final Clock clock;

    DirectoryOidcUserService(AccountService accounts, DirectoryProperties directory, Clock clock) {
        this.accounts = accounts;
        this.claims = directory.oidc();
        this.roles = new RoleMapping(directory.roleGroups());
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = verified.loadUser(request);
        if (Boolean.FALSE.equals(signedIn.getEmailVerified())) {
            throw refusal(EMAIL_NOT_VERIFIED, null);
        }
        if (!ProviderRolesAge.fresh(signedIn.getIdToken().getIssuedAt(), claims.roleMaxAge(), clock.instant())) {
            // Its roles would be too old at the first request, which would send the person back to
            // the provider for the same token again: a clock far off, or a maximum age too short.
            log.warn("Refused an ID token issued at {}, longer ago than outagedesk.directory.oidc.role-max-age ({})",
                    signedIn.getIdToken().getIssuedAt(), claims.roleMaxAge());
            throw refusal(OAuth2ErrorCodes.INVALID_TOKEN, null);
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
