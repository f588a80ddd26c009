package org.outagedesk.account;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings under {@code outagedesk.*}.
 *
 * @param baseUrl the address people reach the portal at; e-mailed links start with it
 * @param registration who may register themselves
 * @param tokens how long e-mailed links stay valid
 * @param bootstrap the first administrator of a production installation
 * @param demo demo accounts of the embedded default
 */
@ConfigurationProperties("outagedesk")
public record AccountProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue Registration registration,
        @DefaultValue Tokens tokens,
        @DefaultValue Bootstrap bootstrap,
        @DefaultValue Demo demo) {

    /**
     * @param enabled whether the registration page is offered at all; unset: offered unless a
     *     company directory (LDAP or OpenID Connect) is configured
     * @param allowedDomains e-mail domains that may register (empty: none may)
     * @param minPasswordLength the shortest password accepted
     */
    public record Registration(
            Boolean enabled,
            @DefaultValue("demo.local") List<String> allowedDomains,
            @DefaultValue("10") int minPasswordLength) {

        public boolean allows(String email) {
            String domain = email.substring(email.lastIndexOf('@') + 1);
            return allowedDomains.stream().anyMatch(allowed -> allowed.trim().equalsIgnoreCase(domain));
        }
    }

    /**
     * @param verification how long an e-mail verification link is valid
     * @param passwordReset how long a password-reset link is valid
     * @param setPassword how long the first administrator's set-password link is valid
     */
    public record Tokens(
            @DefaultValue("48h") Duration verification,
            @DefaultValue("30m") Duration passwordReset,
            @DefaultValue("72h") Duration setPassword) {}

    /** @param adminEmail address of the first administrator, invited at start-up when no admin exists */
    public record Bootstrap(String adminEmail) {}

    /**
     * @param enabled create the demo accounts and tokens (embedded default only)
     * @param password the demo accounts' password
     */
    public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("demo") String password) {}
}
