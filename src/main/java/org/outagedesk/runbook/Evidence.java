package org.outagedesk.runbook;

import java.time.Instant;

/** Evidence on an item (a file's bytes are fetched separately). */
public record Evidence(long id, Instant at, String authorName, EvidenceKind kind, String text, String link,
        String fileName, String contentType) {}
