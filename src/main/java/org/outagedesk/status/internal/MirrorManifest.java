package org.outagedesk.status.internal;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@value #NAME}, written after the files it lists: each file's name, ETag (without quotes: the first
 * 12 bytes of its SHA-256 in hex), content type and size, and when the mirror wrote it. Whoever
 * serves or checks the mirror can tell from it whether the files are the ones of one snapshot.
 */
final class MirrorManifest {

    static final String NAME = "mirror.json";

    private MirrorManifest() {}

    /** What the manifest says apart from its time: the same for the same files. */
    static String version(Map<String, Rendered> files) {
        StringBuilder version = new StringBuilder();
        new TreeMap<>(files).forEach((name, file) -> version.append(name).append('=').append(file.etag()).append('\n'));
        return version.toString();
    }

    static Rendered of(Map<String, Rendered> files, Instant generatedAt) {
        StringBuilder json = new StringBuilder("{\"generatedAt\":\"").append(generatedAt).append("\",\"files\":{");
        String separator = "";
        for (Map.Entry<String, Rendered> file : new TreeMap<>(files).entrySet()) {
            Rendered rendered = file.getValue();
            json.append(separator).append('"').append(escape(file.getKey())).append("\":{\"etag\":\"")
                    .append(escape(rendered.etag().replace("\"", ""))).append("\",\"contentType\":\"")
                    .append(escape(rendered.contentType())).append("\",\"bytes\":").append(rendered.body().length)
                    .append('}');
            separator = ",";
        }
        return Rendered.of(json.append("}}\n").toString(), "application/json", generatedAt);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
