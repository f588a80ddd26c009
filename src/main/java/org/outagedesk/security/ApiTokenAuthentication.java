package org.outagedesk.security;

import jakarta.servlet.Filter;
import org.outagedesk.account.ApiTokenService;
import org.outagedesk.security.internal.BearerTokenFilter;

/**
 * Sign-in by personal API token for filter chains other modules own (the status page's, when
 * it is restricted): {@code Authorization: Bearer <token>} signs the request in for its
 * duration only; an unknown or revoked token is answered 401 at once; no header, no effect.
 */
public final class ApiTokenAuthentication {

    private ApiTokenAuthentication() {}

    /** The filter to add before Spring Security's anonymous filter. */
    public static Filter filter(ApiTokenService apiTokens) {
        return new BearerTokenFilter(apiTokens);
    }
}
