package org.outagedesk.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.outagedesk.account.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with the company directory under {@code outagedesk.directory.*} (docs/identity.md).
 * OpenID Connect providers use Spring Boot's own {@code spring.security.oauth2.client.*} keys.
 *
 * @param roleGroups for each role, the directory groups that grant it: a group's full DN, its
 *        common name, or a name in a token's groups claim (case ignored). Everyone holds
 *        END_USER; roles are taken afresh at each sign-in.
 * @param roleRecheck how often the groups of people signed in with LDAP are read again; a
 *        person whose roles shrank, or whose entry is disabled or gone, has their open sessions
 *        ended (and an administrator's revoke or disable ends sessions on the same round)
 * @param ldap LDAP / Active Directory bind sign-in; off while {@code url} is unset
 * @param oidc how OpenID Connect tokens fill the profile and roles
 */
@ConfigurationProperties("outagedesk.directory")
public record DirectoryProperties(Map<Role, List<String>> roleGroups, @DefaultValue("15m") Duration roleRecheck,
        @DefaultValue Ldap ldap, @DefaultValue Oidc oidc) {

    public DirectoryProperties {
        roleGroups = roleGroups == null ? Map.of() : Map.copyOf(roleGroups);
    }

    /**
     * @param url {@code ldap://host:389} or {@code ldaps://host:636}; several, space-separated,
     *        are tried in turn
     * @param baseDn the naming context, e.g. {@code DC=corp,DC=example,DC=com}
     * @param userSearchBase where people are searched, relative to the base DN (empty: all of it)
     * @param userSearchFilter the filter finding a person by what they type ({0}), escaped as
     *        RFC 4515 asks: {@code (sAMAccountName={0})} or {@code (userPrincipalName={0})}
     * @param bindDn the service account that searches (empty: anonymous search)
     * @param bindPassword its password; set it from the environment
     *        ({@code OUTAGEDESK_DIRECTORY_LDAP_BIND_PASSWORD}), never in a file
     * @param startTls upgrade {@code ldap://} connections with StartTLS before any password is sent
     * @param trustStore a PKCS #12 or JKS file with the CA the directory's TLS certificate is
     *        checked against (empty: the JVM's trusted CAs)
     * @param trustStorePassword its password
     * @param timeout the longest wait to connect and for each answer
     * @param nestedGroups how groups within groups are followed
     * @param nestedGroupsDepth with {@code recursive}, how many levels of groups above a person's
     *        own groups are read
     * @param attributes which entry attributes fill the profile
     */
    public record Ldap(
            String url,
            @DefaultValue("") String baseDn,
            @DefaultValue("") String userSearchBase,
            @DefaultValue("(sAMAccountName={0})") String userSearchFilter,
            @DefaultValue("") String bindDn,
            @DefaultValue("") String bindPassword,
            @DefaultValue("false") boolean startTls,
            @DefaultValue("") String trustStore,
            @DefaultValue("") String trustStorePassword,
            @DefaultValue("5s") Duration timeout,
            @DefaultValue("recursive") NestedGroups nestedGroups,
            @DefaultValue("8") int nestedGroupsDepth,
            @DefaultValue LdapAttributes attributes) {

        public boolean enabled() {
            return url != null && !url.isBlank();
        }
    }

    /** How a person's groups within groups are found. */
    public enum NestedGroups {
        /** Only the person's own groups ({@code memberOf}). */
        NONE,
        /**
         * The groups' own {@code memberOf}, level by level up to {@code nested-groups-depth}, each
         * group read once (cycles end there): works with any directory that keeps {@code memberOf}.
         */
        RECURSIVE,
        /**
         * One search with Active Directory's LDAP_MATCHING_RULE_IN_CHAIN
         * (1.2.840.113556.1.4.1941), which resolves the whole chain on the domain controller.
         */
        IN_CHAIN
    }

    /**
     * Attribute names (empty: not read).
     *
     * @param id the stable id linking entry and account ({@code objectGUID} in AD, {@code entryUUID} elsewhere)
     * @param email the e-mail address; an entry without one cannot sign in
     * @param displayName the name shown in the portal
     * @param department the department triage scopes by
     * @param site the office or location
     * @param language the preferred language ({@code es}, {@code en})
     * @param timeZone an IANA time-zone id
     * @param groups the groups the person is a member of ({@code memberOf})
     */
    public record LdapAttributes(
            @DefaultValue("objectGUID") String id,
            @DefaultValue("mail") String email,
            @DefaultValue("displayName") String displayName,
            @DefaultValue("department") String department,
            @DefaultValue("physicalDeliveryOfficeName") String site,
            @DefaultValue("preferredLanguage") String language,
            @DefaultValue("") String timeZone,
            @DefaultValue("memberOf") String groups) {}

    /**
     * Claim names in the ID token (or the user-info answer) of every OpenID Connect provider;
     * empty: not read. An {@code email_verified} claim that is {@code false} refuses the sign-in.
     *
     * @param groups the person's groups (Entra ID: {@code groups} or app {@code roles}; Keycloak: a
     *        group-membership mapper named {@code groups})
     * @param roleMaxAge the portal cannot ask a provider whether someone left a group, so roles from
     *        a token are trusted this long after the provider issued it ({@code iat}); then the
     *        session ends and the next page signs in at the provider again (without a prompt while
     *        the provider's own session lasts), which brings the groups of that moment
     */
    public record Oidc(
            @DefaultValue("email") String email,
            @DefaultValue("name") String displayName,
            @DefaultValue("department") String department,
            @DefaultValue("site") String site,
            @DefaultValue("locale") String language,
            @DefaultValue("zoneinfo") String timeZone,
            @DefaultValue("groups") String groups,
            @DefaultValue("4h") Duration roleMaxAge) {}
}
