package org.outagedesk.status.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of a mirror directory against the files it should hold, by content hash (the ETag). */
final class MirrorConsistency {

    private static final Pattern MANIFEST_ENTRY = Pattern.compile("\"([^\"]+)\":\\{\"etag\":\"([0-9a-f]+)\"");

    private MirrorConsistency() {}

    /** The ETag the snapshot gives these bytes, without quotes. */
    static String etag(byte[] body) {
        return unquoted(Rendered.of(new String(body, StandardCharsets.UTF_8), "", null).etag());
    }

    static String unquoted(String etag) {
        return etag.replace("\"", "");
    }

    /** The manifest's file names and ETags. */
    static Map<String, String> manifest(Path directory) throws IOException {
        Map<String, String> entries = new java.util.TreeMap<>();
        Matcher entry = MANIFEST_ENTRY.matcher(Files.readString(directory.resolve(MirrorManifest.NAME)));
        while (entry.find()) {
            entries.put(entry.group(1), entry.group(2));
        }
        return entries;
    }

    /** Whether every expected file is there with the expected bytes, and the manifest lists exactly them. */
    static boolean matches(Path directory, Map<String, Rendered> expected) throws IOException {
        try {
            Map<String, String> wanted = new java.util.TreeMap<>();
            for (Map.Entry<String, Rendered> file : expected.entrySet()) {
                wanted.put(file.getKey(), unquoted(file.getValue().etag()));
                if (!etag(Files.readAllBytes(directory.resolve(file.getKey()))).equals(wanted.get(file.getKey()))) {
                    return false;
                }
            }
            return manifest(directory).equals(wanted);
        } catch (NoSuchFileException e) {
            return false;
        }
    }
}
