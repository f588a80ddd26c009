package org.outagedesk.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.naming.InvalidNameException;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapName;
import org.outagedesk.security.DirectoryProperties;

/**
 * A person's groups together with the groups those groups belong to, read with the service
 * account: level by level through each group's own {@code memberOf} (each group read once, so a
 * cycle ends; at most {@code nested-groups-depth} levels), or in one search with Active
 * Directory's in-chain matching rule.
 */
final class DirectoryGroups {

    /** LDAP_MATCHING_RULE_IN_CHAIN: Active Directory follows the membership chain itself. */
    static final String IN_CHAIN_FILTER = "(member:1.2.840.113556.1.4.1941:={0})";

    private final DirectoryProperties.NestedGroups nesting;
    private final int depth;
    private final String groupsAttribute;
    private final LdapName base;

    DirectoryGroups(DirectoryProperties.Ldap ldap) {
        this.nesting = ldap.nestedGroups();
        this.depth = Math.max(0, ldap.nestedGroupsDepth());
        this.groupsAttribute = ldap.attributes().groups();
        this.base = name(ldap.baseDn());
    }

    /** Whether finding the groups needs more than the entry itself (a service-account connection). */
    boolean followsNesting() {
        return nesting != DirectoryProperties.NestedGroups.NONE && !groupsAttribute.isBlank() && depth > 0;
    }

    /**
     * The entry's own groups and every group above them.
     *
     * @param directory a connection of the service account, names relative to the base DN
     * @param personDn the entry's full DN
     * @param own the entry's own groups (full DNs)
     * @param parentsRead each group's own groups, as read so far (shared by the people of one re-check)
     */
    Collection<String> resolve(DirContext directory, String personDn, Collection<String> own,
            Map<String, List<String>> parentsRead) throws NamingException {
        Map<String, String> found = new LinkedHashMap<>();
        own.forEach(group -> found.putIfAbsent(key(group), group));
        if (!followsNesting()) {
            return found.values();
        }
        if (nesting == DirectoryProperties.NestedGroups.IN_CHAIN) {
            inChain(directory, personDn).forEach(group -> found.putIfAbsent(key(group), group));
            return found.values();
        }
        List<String> level = List.copyOf(found.values());
        for (int step = 0; step < depth && !level.isEmpty(); step++) {
            List<String> above = new ArrayList<>();
            for (String group : level) {
                for (String parent : parentsRead.computeIfAbsent(key(group), unused -> parents(directory, group))) {
                    if (found.putIfAbsent(key(parent), parent) == null) {
                        above.add(parent);
                    }
                }
            }
            level = above;
        }
        return found.values();
    }

    /** The groups a group is a member of; none when it is outside the base DN or gone. */
    private List<String> parents(DirContext directory, String group) {
        LdapName relative = relative(group);
        if (relative == null) {
            return List.of();
        }
        try {
            Attribute values = directory.getAttributes(relative, new String[] {groupsAttribute}).get(groupsAttribute);
            return values == null ? List.of() : strings(values);
        } catch (NameNotFoundException e) {
            return List.of();
        } catch (NamingException e) {
            throw new GroupsUnreadable(e);
        }
    }

    private List<String> inChain(DirContext directory, String personDn) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] {"1.1"});
        List<String> groups = new ArrayList<>();
        NamingEnumeration<SearchResult> results = directory.search("", IN_CHAIN_FILTER, new Object[] {personDn}, controls);
        try {
            while (results.hasMore()) {
                groups.add(results.next().getNameInNamespace());
            }
        } finally {
            results.close();
        }
        return groups;
    }

    /** A full DN relative to the base DN, or {@code null} when it lies outside it. */
    private LdapName relative(String dn) {
        LdapName full = name(dn);
        if (full == null || base == null || !full.startsWith(base.getRdns())) {
            return null;
        }
        return (LdapName) full.getSuffix(base.size());
    }

    private static List<String> strings(Attribute attribute) throws NamingException {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < attribute.size(); i++) {
            values.add(String.valueOf(attribute.get(i)));
        }
        return values;
    }

    /** DNs compared as LDAP does: attribute names and values without regard to case or spacing. */
    private static String key(String dn) {
        LdapName name = name(dn);
        return name == null ? dn.strip().toLowerCase(Locale.ROOT) : name.getRdns().stream()
                .map(rdn -> rdn.getType().toLowerCase(Locale.ROOT) + "=" + String.valueOf(rdn.getValue())
                        .strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }

    private static LdapName name(String dn) {
        try {
            return new LdapName(dn);
        } catch (InvalidNameException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A group could not be read because the directory stopped answering. */
    static final class GroupsUnreadable extends RuntimeException {

        GroupsUnreadable(NamingException cause) {
            super(cause);
        }

        NamingException naming() {
            return (NamingException) getCause();
        }
    }
}
