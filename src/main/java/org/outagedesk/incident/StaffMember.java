package org.outagedesk.incident;

/** A person who can hold an incident role. */
public record StaffMember(long accountId, String name) {}
