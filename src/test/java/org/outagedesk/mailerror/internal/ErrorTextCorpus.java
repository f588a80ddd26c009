package org.outagedesk.mailerror.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code src/test/resources/mailerror/corpus.tsv}: error texts with the signature expected of each. */
final class ErrorTextCorpus {

    /** One line: the expected entry, reply, enhanced code, protocol and client code ({@code null} for '-'). */
    record Sample(int line, String entry, String reply, String enhanced, String protocol, String clientCode,
            String text) {}

    private ErrorTextCorpus() {}

    static List<Sample> load() {
        try (InputStream in = ErrorTextCorpus.class.getResourceAsStream("/mailerror/corpus.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Sample> samples = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] cells = lines[i].split("\t", 6);
                if (cells.length != 6) {
                    throw new IllegalStateException("corpus.tsv line " + (i + 1) + " needs 6 tab-separated cells");
                }
                samples.add(new Sample(i + 1, cell(cells[0]), cell(cells[1]), cell(cells[2]), cell(cells[3]),
                        cell(cells[4]), unescape(cells[5])));
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String cell) {
        return cell.equals("-") ? null : cell;
    }

    /** {@code \n} is a line break and {@code \\uXXXX} a character, so invisible ones can be written. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'n') {
                out.append('\n');
                i++;
            } else if (c == '\\' && i + 5 < text.length() && text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
