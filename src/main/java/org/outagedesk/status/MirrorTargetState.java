package org.outagedesk.status;

import java.time.Instant;

/**
 * How writing the status mirror to one target goes.
 *
 * @param kind what the target is
 * @param where the directory, or the bucket, prefix and endpoint
 * @param lastSuccessAt when a write last completed, or {@code null}
 * @param filesWritten how many changed files that write wrote (unchanged ones are skipped)
 * @param filesHeld how many files the target holds from the mirror (without the manifest)
 * @param lastError what the target answered at the last failure, as it said it, or {@code null}
 * @param lastErrorAt when that failure was, or {@code null}
 * @param nextRetryAt when the next attempt is, while the target is failing, else {@code null}
 */
public record MirrorTargetState(Kind kind, String where, Instant lastSuccessAt, int filesWritten, int filesHeld,
        String lastError, Instant lastErrorAt, Instant nextRetryAt) {

    /** The kinds of mirror target. */
    public enum Kind {
        DIRECTORY, S3
    }

    /** Whether the last attempt failed. */
    public boolean failing() {
        return nextRetryAt != null;
    }

    /** A target nothing was written to yet. */
    public static MirrorTargetState nothingYet(Kind kind, String where) {
        return new MirrorTargetState(kind, where, null, 0, 0, null, null, null);
    }

    /** After a write that completed: the error stays for the record, no retry is due. */
    public MirrorTargetState succeeded(Instant at, int written, int held) {
        return new MirrorTargetState(kind, where, at, written, held, lastError, lastErrorAt, null);
    }

    /** After a failed attempt, with when the next one is. */
    public MirrorTargetState failed(Instant at, String error, Instant retryAt) {
        return new MirrorTargetState(kind, where, lastSuccessAt, filesWritten, filesHeld, error, at, retryAt);
    }
}
