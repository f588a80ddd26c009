package org.outagedesk.security.internal;

import org.springframework.ldap.core.support.BaseLdapPathContextSource;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.ldap.authentication.BindAuthenticator;

/**
 * A bind that tells Active Directory's refusals apart: AD refuses every bind with result 49 and
 * names the reason in a sub-code ({@code data 533}: disabled, {@code 775}: locked, {@code 532}
 * and {@code 773}: password expired or must change). Any other refusal is a wrong password.
 */
class ActiveDirectoryBind extends BindAuthenticator {

    ActiveDirectoryBind(BaseLdapPathContextSource contextSource) {
        super(contextSource);
    }

    @Override
    protected void handleBindException(String userDn, String username, Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        if (message.contains("data 533")) {
            throw new DisabledException("Directory entry disabled");
        }
        if (message.contains("data 775")) {
            throw new LockedException("Directory entry locked");
        }
        if (message.contains("data 532") || message.contains("data 773")) {
            throw new CredentialsExpiredException("Directory password expired");
        }
        super.handleBindException(userDn, username, cause);
    }
}
