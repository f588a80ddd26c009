package org.outagedesk.incident;

/** Who holds an incident role, e.g. {@code COMMANDER} → Iván Torres. */
public record RoleHolder(String role, long accountId, String name) {}
