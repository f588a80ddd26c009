package org.outagedesk.status.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.outagedesk.status.MirrorTargetState;

/**
 * A directory any web server can serve. Each file is written to a hidden temporary file in the same
 * directory, flushed to disk, then renamed over the old one ({@code ATOMIC_MOVE}), so a reader
 * never sees a half-written file.
 */
final class DirectoryMirrorTarget implements MirrorTarget {

    private static final Pattern FLAT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path directory;

    DirectoryMirrorTarget(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public MirrorTargetState.Kind kind() {
        return MirrorTargetState.Kind.DIRECTORY;
    }

    @Override
    public String where() {
        return directory.toString();
    }

    @Override
    public void put(String name, Rendered file) throws IOException {
        if (!FLAT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a flat file name: " + name);
        }
        Files.createDirectories(directory);
        Path temporary = directory.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer body = ByteBuffer.wrap(file.body());
                while (body.hasRemaining()) {
                    channel.write(body);
                }
                channel.force(true);
            }
            Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
