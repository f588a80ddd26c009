package org.outagedesk.alert;

import java.time.Instant;

/**
 * The alert token without its secret.
 *
 * @param stored whether an admin generated a token (then {@code prefix}, {@code createdAt} are set)
 * @param prefix the first characters of the stored token, to tell it apart
 * @param createdBy who generated it
 * @param lastUsedAt when an alert last came in with it, or {@code null}
 * @param configured whether {@code outagedesk.alerts.token} is set as well (it is accepted too)
 */
public record AlertTokenStatus(
        boolean stored, String prefix, Instant createdAt, String createdBy, Instant lastUsedAt, boolean configured) {}
