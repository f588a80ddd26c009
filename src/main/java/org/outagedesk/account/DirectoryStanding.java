package org.outagedesk.account;

import java.util.Set;

/**
 * What the company directory says about a person when their groups are read again between sign-ins.
 *
 * @param active the entry is there and enabled
 * @param roles the roles its groups map to; {@code null} when no group mapping is configured (roles
 *     are then left as administrators set them) or when the entry is not active
 */
public record DirectoryStanding(long accountId, boolean active, Set<Role> roles) {

    public static DirectoryStanding active(long accountId, Set<Role> roles) {
        return new DirectoryStanding(accountId, true, roles);
    }

    /** The entry is disabled, or the directory no longer has it. */
    public static DirectoryStanding inactive(long accountId) {
        return new DirectoryStanding(accountId, false, null);
    }
}
