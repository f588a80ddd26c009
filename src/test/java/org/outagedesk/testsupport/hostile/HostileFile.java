package org.outagedesk.testsupport.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A hostile upload built from a corpus recipe: disguised executables, polyglots, a decompression
 * bomb, empty and oversized files. {@link #acceptableImage()} says whether an upload that accepts
 * only PNG/JPEG/GIF/WebP images (by content, never by name) must take it.
 */
public record HostileFile(String name, String recipe, String why, byte[] content) {

    /** The report form's screenshot limit (its default), which the size recipes go past. */
    public static final int SCREENSHOT_LIMIT = 2 * 1024 * 1024;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    static HostileFile of(String name, String recipe, String why) {
        return new HostileFile(name, recipe, why, build(recipe));
    }

    /** Whether the content really starts like a PNG/JPEG/GIF/WebP (what the app sniffs). */
    public boolean acceptableImage() {
        return switch (recipe) {
            case "png-html-polyglot", "gif-js-polyglot", "png-decompression-bomb", "png-small" -> true;
            default -> false;
        };
    }

    /** Whether the size alone must get it refused. */
    public boolean tooLarge() {
        return content.length > SCREENSHOT_LIMIT;
    }

    private static byte[] build(String recipe) {
        return switch (recipe) {
            case "exe" -> withPadding("MZ\u0090\u0000This program cannot be run in DOS mode.", 2048);
            case "elf" -> withPadding("\u007fELF\u0002\u0001\u0001", 2048);
            case "png-html-polyglot" -> concat(png(1, 1), ("<html><script>window.__pwned=1</script></html>")
                    .getBytes(StandardCharsets.UTF_8));
            case "gif-js-polyglot" -> "GIF89a/*\u0001\u0001\u0000\u0000*/=1;window.__pwned=1;//"
                    .getBytes(StandardCharsets.ISO_8859_1);
            case "png-decompression-bomb" -> png(100_000, 100_000);
            case "empty" -> new byte[0];
            case "png-over-limit" -> concat(png(1, 1), new byte[SCREENSHOT_LIMIT]);
            case "png-far-over-limit" -> concat(png(1, 1), new byte[4 * SCREENSHOT_LIMIT]);
            case "svg-script" -> "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"window.__pwned=1\"/>"
                    .getBytes(StandardCharsets.UTF_8);
            case "html" -> "<!doctype html><script>window.__pwned=1</script>".getBytes(StandardCharsets.UTF_8);
            case "png-truncated" -> Arrays.copyOf(PNG_SIGNATURE, 4);
            case "png-small" -> png(2, 2);
            case "zip" -> withPadding("PK\u0003\u0004", 512);
            case "pdf-js" -> "%PDF-1.4\n1 0 obj<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj"
                    .getBytes(StandardCharsets.ISO_8859_1);
            default -> throw new IllegalArgumentException("Unknown attachment recipe " + recipe);
        };
    }

    /**
     * A PNG of the given size whose image data is one compressed all-zero run: for 100000 x 100000 it is
     * a few kilobytes that would inflate to about 10 GB if anything decoded it.
     */
    static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(PNG_SIGNATURE);
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] zeros = new byte[64 * 1024];
        long rows = Math.min((long) height * (width + 1), 64L * 1024 * 1024);
        byte[] buffer = new byte[8192];
        for (long written = 0; written < rows; written += zeros.length) {
            deflater.setInput(zeros, 0, (int) Math.min(zeros.length, rows - written));
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        chunk(out, "IDAT", compressed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] withPadding(String header, int size) {
        return Arrays.copyOf(header.getBytes(StandardCharsets.ISO_8859_1), size);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
