package org.outagedesk.status.internal;

import java.io.IOException;
import org.outagedesk.status.MirrorTargetState;

/** Where the mirror's files go. Each {@link #put} replaces one file whole: a reader sees the old or the new one. */
interface MirrorTarget extends AutoCloseable {

    MirrorTargetState.Kind kind();

    /** The target as an admin recognises it: a path, or bucket, prefix and endpoint. */
    String where();

    /** Writes one file by its flat name ({@link MirrorFiles}, {@link MirrorManifest#NAME}). */
    void put(String name, Rendered file) throws IOException;

    @Override
    default void close() {}
}
