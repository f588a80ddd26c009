package org.outagedesk.status.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of a mirror (a directory, a bucket) against the files it should hold, by content hash (the ETag). */
final class MirrorConsistency {

    private static final Pattern MANIFEST_ENTRY = Pattern.compile("\"([^\"]+)\":\\{\"etag\":\"([0-9a-f]+)\"");

    /** Reads one file of the mirror by name; {@code null} when it is not there. */
    interface Source {
        byte[] read(String name) throws IOException;
    }

    private MirrorConsistency() {}

    /** The ETag the snapshot gives these bytes, without quotes. */
    static String etag(byte[] body) {
        return unquoted(Rendered.of(new String(body, StandardCharsets.UTF_8), "", null).etag());
    }

    static String unquoted(String etag) {
        return etag.replace("\"", "");
    }

    /** The manifest's file names and ETags. */
    static Map<String, String> manifest(byte[] manifest) {
        Map<String, String> entries = new TreeMap<>();
        Matcher entry = MANIFEST_ENTRY.matcher(new String(manifest, StandardCharsets.UTF_8));
        while (entry.find()) {
            entries.put(entry.group(1), entry.group(2));
        }
        return entries;
    }

    /** Whether every expected file is there with the expected bytes, and the manifest lists exactly them. */
    static boolean matches(Source mirror, Map<String, Rendered> expected) throws IOException {
        Map<String, String> wanted = new TreeMap<>();
        for (Map.Entry<String, Rendered> file : expected.entrySet()) {
            wanted.put(file.getKey(), unquoted(file.getValue().etag()));
            byte[] body = mirror.read(file.getKey());
            if (body == null || !etag(body).equals(wanted.get(file.getKey()))) {
                return false;
            }
        }
        byte[] manifest = mirror.read(MirrorManifest.NAME);
        return manifest != null && manifest(manifest).equals(wanted);
    }

    static boolean matches(Path directory, Map<String, Rendered> expected) throws IOException {
        return matches(name -> {
            try {
                return java.nio.file.Files.readAllBytes(directory.resolve(name));
            } catch (NoSuchFileException e) {
                return null;
            }
        }, expected);
    }
}
