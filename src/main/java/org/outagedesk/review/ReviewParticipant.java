package org.outagedesk.review;

/** Someone invited to the review: an incident role holder or a person who acted on the incident. */
public record ReviewParticipant(long accountId, String name) {}
