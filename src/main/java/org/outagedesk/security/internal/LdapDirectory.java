package org.outagedesk.security.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSocketFactory;
import org.outagedesk.account.AccountOrigin;
import org.outagedesk.account.DirectoryPerson;
import org.outagedesk.security.DirectoryProperties;
import org.outagedesk.security.DirectoryUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.ldap.NamingException;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.ldap.core.support.DefaultTlsDirContextAuthenticationStrategy;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;

/**
 * Bind sign-in against LDAP / Active Directory: the service account finds the entry with the
 * configured filter (what the person typed goes in as an escaped filter value, never as filter
 * text), then a bind with the person's DN and password proves the password.
 */
final class LdapDirectory {

    /** AD's userAccountControl flag ACCOUNTDISABLE. */
    private static final int ACCOUNT_DISABLED = 0x2;
    private static final Logger log = LoggerFactory.getLogger(LdapDirectory.class);

    private final DirectoryProperties.LdapAttributes attributes;
    private final RoleMapping roles;
    private final ActiveDirectoryBind authenticator;

    LdapDirectory(DirectoryProperties.Ldap ldap, RoleMapping roles) {
        this.attributes = ldap.attributes();
        this.roles = roles;
        DefaultSpringSecurityContextSource source = new DefaultSpringSecurityContextSource(
                Arrays.asList(ldap.url().strip().split("\\s+")), ldap.baseDn());
        if (!ldap.bindDn().isBlank()) {
            source.setUserDn(ldap.bindDn());
            source.setPassword(ldap.bindPassword());
        }
        Map<String, Object> environment = new HashMap<>(Map.of(
                "com.sun.jndi.ldap.connect.timeout", Long.toString(ldap.timeout().toMillis()),
                "com.sun.jndi.ldap.read.timeout", Long.toString(ldap.timeout().toMillis()),
                "java.naming.ldap.attributes.binary", attributes.id()));
        SSLSocketFactory tls = null;
        if (!ldap.trustStore().isBlank()) {
            tls = DirectoryTlsSockets.trust(Path.of(ldap.trustStore()), ldap.trustStorePassword());
            environment.put("java.naming.ldap.factory.socket", DirectoryTlsSockets.class.getName());
        }
        if (ldap.startTls()) {
            DefaultTlsDirContextAuthenticationStrategy startTls = new DefaultTlsDirContextAuthenticationStrategy();
            if (tls != null) {
                startTls.setSslSocketFactory(tls);
            }
            source.setAuthenticationStrategy(startTls);
        }
        // A connection per sign-in: a pooled one left over from before a directory restart would
        // fail the next sign-in with "not answering" although the directory is back.
        source.setPooled(false);
        source.setBaseEnvironmentProperties(environment);
        source.afterPropertiesSet();
        FilterBasedLdapUserSearch search = new FilterBasedLdapUserSearch(ldap.userSearchBase(),
                ldap.userSearchFilter(), source);
        this.authenticator = new ActiveDirectoryBind(source);
        authenticator.setUserSearch(search);
    }

    /**
     * The person the directory knows by that name and password; empty when it has no such entry.
     *
     * @throws BadCredentialsException the password is wrong
     * @throws DisabledException the entry is disabled
     * @throws DirectoryUnavailableException the directory did not answer
     */
    Optional<DirectoryPerson> authenticate(String username, String password) {
        DirContextOperations entry;
        try {
            entry = authenticator.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        } catch (IncorrectResultSizeDataAccessException e) {
            throw new BadCredentialsException("Several directory entries match", e);
        } catch (NamingException e) {
            log.warn("The LDAP directory did not answer a sign-in: {}", e.getMessage());
            throw new DirectoryUnavailableException(e);
        }
        if ((number(entry.getStringAttribute("userAccountControl")) & ACCOUNT_DISABLED) != 0) {
            throw new DisabledException("Directory entry disabled");
        }
        return Optional.of(person(entry));
    }

    private DirectoryPerson person(DirContextOperations entry) {
        List<String> groups = new ArrayList<>();
        if (!attributes.groups().isBlank() && entry.getStringAttributes(attributes.groups()) != null) {
            groups.addAll(Arrays.asList(entry.getStringAttributes(attributes.groups())));
        }
        return new DirectoryPerson(AccountOrigin.LDAP, "ldap", id(entry), text(entry, attributes.email()),
                text(entry, attributes.displayName()), text(entry, attributes.department()),
                text(entry, attributes.site()), text(entry, attributes.language()), text(entry, attributes.timeZone()),
                roles.rolesFor(groups));
    }

    /** The entry's stable id (binary objectGUID as hex), or its DN when it has none. */
    private String id(DirContextOperations entry) {
        Object value = attributes.id().isBlank() ? null : entry.getObjectAttribute(attributes.id());
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value != null ? value.toString() : entry.getNameInNamespace().toLowerCase(java.util.Locale.ROOT);
    }

    private static String text(DirContextOperations entry, String attribute) {
        return attribute.isBlank() ? null : entry.getStringAttribute(attribute);
    }

    private static int number(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
