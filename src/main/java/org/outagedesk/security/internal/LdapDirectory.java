package org.outagedesk.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.naming.directory.DirContext;
import org.outagedesk.account.AccountOrigin;
import org.outagedesk.account.DirectoryLink;
import org.outagedesk.account.DirectoryPerson;
import org.outagedesk.account.DirectoryStanding;
import org.outagedesk.security.DirectoryProperties;
import org.outagedesk.security.DirectoryUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.ldap.NamingException;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.ldap.support.LdapUtils;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;

/**
 * Bind sign-in against LDAP / Active Directory: the service account finds the entry with the
 * configured filter (what the person typed goes in as an escaped filter value, never as filter
 * text), then a bind with the person's DN and password proves the password. Between sign-ins,
 * {@link #standings} reads signed-in people's entries again with the service account.
 */
final class LdapDirectory {

    /** AD's userAccountControl flag ACCOUNTDISABLE. */
    private static final int ACCOUNT_DISABLED = 0x2;
    private static final Logger log = LoggerFactory.getLogger(LdapDirectory.class);

    private final DirectoryProperties.Ldap ldap;
    private final DirectoryProperties.LdapAttributes attributes;
    private final RoleMapping roles;
    private final DefaultSpringSecurityContextSource source;
    private final DirectoryGroups groups;
    private final ActiveDirectoryBind authenticator;

    LdapDirectory(DirectoryProperties.Ldap ldap, RoleMapping roles) {
        this.ldap = ldap;
        this.attributes = ldap.attributes();
        this.roles = roles;
        this.source = LdapConnections.contextSource(ldap);
        this.groups = new DirectoryGroups(ldap);
        this.authenticator = new ActiveDirectoryBind(source);
        authenticator.setUserSearch(new FilterBasedLdapUserSearch(ldap.userSearchBase(), ldap.userSearchFilter(), source));
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
            throw unavailable("a sign-in", e);
        }
        if (disabled(entry.getStringAttribute("userAccountControl"))) {
            throw new DisabledException("Directory entry disabled");
        }
        List<String> own = attributes.groups().isBlank() ? List.of() : strings(entry.getStringAttributes(attributes.groups()));
        Collection<String> all = groups.followsNesting()
                ? asServiceAccount(directory -> groups.resolve(directory, entry.getNameInNamespace(), own, new HashMap<>()))
                : own;
        return Optional.of(new DirectoryPerson(AccountOrigin.LDAP, "ldap", id(attributes.id().isBlank() ? null
                : entry.getObjectAttribute(attributes.id()), entry.getNameInNamespace()), text(entry, attributes.email()), text(entry, attributes.displayName()),
                text(entry, attributes.department()), text(entry, attributes.site()), text(entry, attributes.language()),
                text(entry, attributes.timeZone()), roles.rolesFor(all)));
    }

    /**
     * What the directory says now of these people: the roles their groups map to, or inactive when
     * the entry is disabled, gone, or no longer matches the user search filter.
     *
     * @throws DirectoryUnavailableException the directory did not answer (nothing is concluded then)
     */
    List<DirectoryStanding> standings(Collection<DirectoryLink> people) {
        return asServiceAccount(directory -> new LdapStandings(ldap, groups, roles).of(directory, people));
    }

    /** The entry's stable id (binary objectGUID as hex), or its DN when it has none. */
    static String id(Object value, String dn) {
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value != null ? value.toString() : dn.toLowerCase(Locale.ROOT);
    }

    static boolean disabled(String userAccountControl) {
        try {
            return userAccountControl != null && (Integer.parseInt(userAccountControl.strip()) & ACCOUNT_DISABLED) != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private interface WithDirectory<T> {
        T apply(DirContext directory) throws javax.naming.NamingException;
    }

    /** Runs the reads on one connection of the service account. */
    private <T> T asServiceAccount(WithDirectory<T> reads) {
        DirContext directory = null;
        try {
            directory = source.getReadOnlyContext();
            return reads.apply(directory);
        } catch (NamingException e) {
            throw unavailable("the service account", e);
        } catch (javax.naming.NamingException e) {
            throw unavailable("the service account", LdapUtils.convertLdapException(e));
        } catch (DirectoryGroups.GroupsUnreadable e) {
            throw unavailable("a group read", LdapUtils.convertLdapException(e.naming()));
        } finally {
            LdapUtils.closeContext(directory);
        }
    }

    private static DirectoryUnavailableException unavailable(String what, NamingException e) {
        log.warn("The LDAP directory did not answer {}: {}", what, e.getMessage());
        return new DirectoryUnavailableException(e);
    }

    private static List<String> strings(String[] values) {
        return values == null ? List.of() : new ArrayList<>(List.of(values));
    }

    private static String text(DirContextOperations entry, String attribute) {
        return attribute.isBlank() ? null : entry.getStringAttribute(attribute);
    }
}
