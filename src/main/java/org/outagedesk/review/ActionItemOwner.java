package org.outagedesk.review;

/** A person who can own an action item, with their department (the team filter). */
public record ActionItemOwner(long accountId, String name, String team) {}
