package org.outagedesk.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapName;
import org.outagedesk.account.DirectoryLink;
import org.outagedesk.account.DirectoryStanding;
import org.outagedesk.account.Role;
import org.outagedesk.security.DirectoryProperties;

/**
 * One re-check of signed-in people in the directory, on one service-account connection: their
 * entries are searched by stable id, fifty to a search, under the user search base and with the
 * user search filter (its {@code {0}} as "any value"), so an entry that is gone, moved out of
 * reach or no longer matches the filter counts as inactive, like a disabled one. Each group is
 * read once for everyone.
 */
final class LdapStandings {

    private static final int PER_SEARCH = 50;

    private final DirectoryProperties.Ldap ldap;
    private final DirectoryProperties.LdapAttributes attributes;
    private final DirectoryGroups groups;
    private final RoleMapping roles;
    private final Map<String, List<String>> parentsRead = new HashMap<>();

    LdapStandings(DirectoryProperties.Ldap ldap, DirectoryGroups groups, RoleMapping roles) {
        this.ldap = ldap;
        this.attributes = ldap.attributes();
        this.groups = groups;
        this.roles = roles;
    }

    List<DirectoryStanding> of(DirContext directory, Collection<DirectoryLink> people) throws NamingException {
        Map<String, Long> byId = new HashMap<>();
        List<DirectoryStanding> standings = new ArrayList<>();
        for (DirectoryLink person : people) {
            if (isDn(person.externalId())) {
                standings.add(byDn(directory, person));
            } else {
                byId.put(person.externalId(), person.accountId());
            }
        }
        List<String> ids = List.copyOf(byId.keySet());
        for (int from = 0; from < ids.size(); from += PER_SEARCH) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + PER_SEARCH));
            for (SearchResult entry : search(directory, ldap.userSearchBase(), SearchControls.SUBTREE_SCOPE,
                    byIdFilter(chunk.size()), chunk.stream().map(HexFormat.of()::parseHex).toArray())) {
                Long accountId = byId.remove(LdapDirectory.id(value(entry.getAttributes(), attributes.id()),
                        entry.getNameInNamespace()));
                if (accountId != null) {
                    standings.add(standing(directory, accountId, entry));
                }
            }
        }
        byId.values().forEach(accountId -> standings.add(DirectoryStanding.inactive(accountId)));
        return standings;
    }

    /** An entry linked by its DN (it had no stable id): read where it was. */
    private DirectoryStanding byDn(DirContext directory, DirectoryLink person) throws NamingException {
        LdapName full = new LdapName(person.externalId());
        LdapName base = new LdapName(ldap.baseDn());
        LdapName people = (LdapName) ((LdapName) base.clone()).addAll(new LdapName(ldap.userSearchBase()));
        if (!full.startsWith(people.getRdns())) {
            return DirectoryStanding.inactive(person.accountId());
        }
        try {
            List<SearchResult> found = search(directory, full.getSuffix(base.size()).toString(),
                    SearchControls.OBJECT_SCOPE, anyUser(), new Object[0]);
            return found.isEmpty() ? DirectoryStanding.inactive(person.accountId())
                    : standing(directory, person.accountId(), found.getFirst());
        } catch (NameNotFoundException e) {
            return DirectoryStanding.inactive(person.accountId());
        }
    }

    private DirectoryStanding standing(DirContext directory, long accountId, SearchResult entry) throws NamingException {
        Attributes found = entry.getAttributes();
        Object control = value(found, "userAccountControl");
        if (LdapDirectory.disabled(control == null ? null : control.toString())) {
            return DirectoryStanding.inactive(accountId);
        }
        List<String> own = new ArrayList<>();
        Attribute memberships = attributes.groups().isBlank() ? null : found.get(attributes.groups());
        for (int i = 0; memberships != null && i < memberships.size(); i++) {
            own.add(String.valueOf(memberships.get(i)));
        }
        Set<Role> mapped = roles.rolesFor(groups.resolve(directory, entry.getNameInNamespace(), own, parentsRead));
        return DirectoryStanding.active(accountId, mapped);
    }

    private List<SearchResult> search(DirContext directory, String base, int scope, String filter, Object[] arguments)
            throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(scope);
        controls.setReturningAttributes(List.of(attributes.id(), attributes.groups(), "userAccountControl").stream()
                .filter(name -> !name.isBlank()).toArray(String[]::new));
        List<SearchResult> found = new ArrayList<>();
        NamingEnumeration<SearchResult> results = directory.search(base, filter, arguments, controls);
        try {
            while (results.hasMore()) {
                found.add(results.next());
            }
        } finally {
            results.close();
        }
        return found;
    }

    /** The user search filter matching anyone ({0} as a presence test), and one of the ids given as arguments. */
    private String byIdFilter(int ids) {
        StringBuilder filter = new StringBuilder("(&").append(anyUser()).append("(|");
        for (int i = 0; i < ids; i++) {
            filter.append('(').append(attributes.id()).append("={").append(i).append("})");
        }
        return filter.append("))").toString();
    }

    private String anyUser() {
        return ldap.userSearchFilter().replace("{0}", "*");
    }

    private static Object value(Attributes found, String name) throws NamingException {
        Attribute attribute = name.isBlank() ? null : found.get(name);
        return attribute == null ? null : attribute.get();
    }

    /** A stable id is hex; an entry without one is linked by its DN, which always holds an '='. */
    private static boolean isDn(String externalId) {
        return externalId.contains("=");
    }
}
