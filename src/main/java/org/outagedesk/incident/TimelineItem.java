package org.outagedesk.incident;

import java.time.Instant;

/**
 * One timeline entry: who did what when, with the value before and after for changes.
 *
 * @param field the changed field for {@code CHANGED} (e.g. {@code phase}, {@code milestone.DETECTED}), else {@code null}
 * @param copiedFrom reference of the merged incident a copied entry came from, else {@code null}
 * @param message what the system wrote, to be put into the reader's words; {@code null} for entries
 *     described by their kind and change alone, and for legacy texts kept in {@code note}
 */
public record TimelineItem(
        long id,
        Instant at,
        long actorId,
        String actorName,
        TimelineKind kind,
        String field,
        String before,
        String after,
        String note,
        String copiedFrom,
        TimelineMessage message) {}
