package org.outagedesk.security.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.outagedesk.account.Role;

/**
 * Directory groups to roles ({@code outagedesk.directory.role-groups}). Everyone holds END_USER;
 * a configured group matches a membership by full DN, by the DN's common name, or by plain name
 * (a token's groups claim), case ignored.
 */
final class RoleMapping {

    private final Map<Role, List<String>> groups;

    RoleMapping(Map<Role, List<String>> groups) {
        this.groups = Map.copyOf(groups);
    }

    /**
     * The roles these memberships grant, or {@code null} when no mapping is configured: roles are
     * then managed by hand in the user administration and a sign-in leaves them as they are.
     */
    Set<Role> rolesFor(Collection<String> memberships) {
        if (groups.isEmpty()) {
            return null;
        }
        EnumSet<Role> roles = EnumSet.of(Role.END_USER);
        groups.forEach((role, configured) -> {
            if (memberships.stream().anyMatch(membership -> configured.stream()
                    .anyMatch(group -> matches(membership, group)))) {
                roles.add(role);
            }
        });
        return roles;
    }

    static boolean matches(String membership, String configured) {
        String wanted = configured.strip();
        return membership.strip().equalsIgnoreCase(wanted) || wanted.equalsIgnoreCase(commonName(membership));
    }

    /** The value of a DN's leading CN, or {@code null} when the text is no DN starting with CN. */
    private static String commonName(String dn) {
        try {
            LdapName name = new LdapName(dn);
            if (name.isEmpty()) {
                return null;
            }
            Rdn leading = name.getRdn(name.size() - 1);
            return "cn".equalsIgnoreCase(leading.getType()) ? String.valueOf(leading.getValue()) : null;
        } catch (InvalidNameException e) {
            return null;
        }
    }
}
