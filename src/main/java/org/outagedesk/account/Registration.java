package org.outagedesk.account;

/** What a person types to register. */
public record Registration(String email, String displayName, String password, String department, String site,
        String language) {}
