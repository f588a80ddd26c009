package org.outagedesk.incident.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One incident role held by one person (a row of {@code incident_role}). */
@Embeddable
class RoleAssignment {

    @Column(name = "role_name", nullable = false)
    private String roleName;

    @Column(nullable = false)
    private long accountId;

    @Column(nullable = false)
    private String accountName;

    protected RoleAssignment() {}

    RoleAssignment(String roleName, long accountId, String accountName) {
        this.roleName = roleName;
        this.accountId = accountId;
        this.accountName = accountName;
    }

    String roleName() {
        return roleName;
    }

    long accountId() {
        return accountId;
    }

    String accountName() {
        return accountName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoleAssignment that && roleName.equals(that.roleName) && accountId == that.accountId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(roleName, accountId);
    }
}
