package org.outagedesk.runbook;

import java.time.Instant;

/** A note on an item; notes are only ever added. */
public record ItemNote(long id, Instant at, long authorId, String authorName, String text) {}
