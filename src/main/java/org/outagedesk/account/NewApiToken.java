package org.outagedesk.account;

/** A token just created: the secret is shown once and never again. */
public record NewApiToken(ApiTokenSummary token, String secret) {}
