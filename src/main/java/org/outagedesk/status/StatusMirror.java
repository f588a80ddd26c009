package org.outagedesk.status;

import java.util.List;

/**
 * The static mirror of the status page: after every change the page, feeds, JSON, badges and
 * fragments are written as plain files to the configured targets (a directory, an S3-compatible
 * bucket), so people can read the status when the portal itself is down. Admins only.
 */
public interface StatusMirror {

    /** Each configured target and how its writing goes; empty when the mirror is not configured. */
    List<MirrorTargetState> targets();

    /** Writes every file again to every target now, without waiting for a retry. */
    void writeNow();
}
