package org.outagedesk.incident;

import java.time.Instant;

/**
 * What staff send: status, message, ETA, optional workaround, and for whom.
 *
 * @param status the public status the update announces
 * @param message what is happening
 * @param eta estimated resolution, or {@code null}
 * @param workaround what users can do meanwhile, or {@code null}
 * @param audience who is told
 */
public record NewStatusUpdate(PublicStatus status, String message, Instant eta, String workaround,
        UpdateAudience audience) {}
