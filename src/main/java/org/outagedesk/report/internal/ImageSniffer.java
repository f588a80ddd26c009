package org.outagedesk.report.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Recognises the image formats screenshots may have by their first bytes, never by file name. */
final class ImageSniffer {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private ImageSniffer() {}

    /** The content type of a PNG, JPEG, GIF or WebP image; empty for anything else. */
    static Optional<String> contentType(byte[] data) {
        if (data == null) {
            return Optional.empty();
        }
        if (startsWith(data, 0, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(data, 0, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(data, 0, GIF87) || startsWith(data, 0, GIF89)) {
            return Optional.of("image/gif");
        }
        if (startsWith(data, 0, RIFF) && startsWith(data, 8, WEBP)) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] magic) {
        return data.length >= offset + magic.length
                && Arrays.equals(data, offset, offset + magic.length, magic, 0, magic.length);
    }
}
