package org.outagedesk.mailerror.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.outagedesk.mailerror.ErrorCategory;
import org.outagedesk.mailerror.Protocol;
import org.outagedesk.mailerror.Side;

/**
 * The catalogue of {@code mailerror/catalogue.tsv} (its header explains the columns), read once;
 * a line that does not fit the format stops the start with its line number.
 */
record Catalogue(List<CatalogueEntry> entries) {

    static final String RESOURCE = "/mailerror/catalogue.tsv";
    private static final String EMPTY = "-";
    private static final int COLUMNS = 9;

    static Catalogue load() {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static Catalogue parse(String text) {
        List<CatalogueEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        String[] lines = text.split("\n");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].replace("\r", "");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                CatalogueEntry entry = entry(line.split("\t", -1));
                if (!keys.add(entry.key())) {
                    throw new IllegalArgumentException("key " + entry.key() + " appears twice");
                }
                entries.add(entry);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return new Catalogue(List.copyOf(entries));
    }

    Optional<CatalogueEntry> entry(String key) {
        return entries.stream().filter(entry -> entry.key().equals(key)).findFirst();
    }

    private static CatalogueEntry entry(String[] cells) {
        if (cells.length != COLUMNS) {
            throw new IllegalArgumentException(COLUMNS + " tab-separated cells expected, found " + cells.length);
        }
        String key = cells[0].strip();
        if (!key.matches("[a-z0-9][a-z0-9.-]{1,60}")) {
            throw new IllegalArgumentException("key '" + key + "' must be lower case letters, digits, dots, dashes");
        }
        EntrySource source = EntrySource.of(cells[1].strip());
        CodePattern reply = filled(cells[2]) ? CodePattern.reply(cells[2].strip()) : null;
        CodePattern enhanced = filled(cells[3]) ? CodePattern.enhanced(cells[3].strip()) : null;
        String client = filled(cells[4]) ? clientCode(cells[4].strip()) : null;
        Protocol protocol = filled(cells[5]) ? Protocol.valueOf(cells[5].strip()) : null;
        List<String> phrases = filled(cells[8]) ? Arrays.stream(cells[8].split("\\|"))
                .map(ErrorText::foldPhrase).filter(phrase -> !phrase.isEmpty()).toList() : List.of();
        if (reply == null && enhanced == null && client == null && phrases.isEmpty()) {
            throw new IllegalArgumentException("entry " + key + " has nothing to match: fill reply, enhanced, client or phrases");
        }
        return new CatalogueEntry(key, source, reply, enhanced, client, protocol,
                Side.valueOf(cells[6].strip()), ErrorCategory.valueOf(cells[7].strip()), phrases);
    }

    private static String clientCode(String cell) {
        if (!cell.matches("0x[0-9A-F]{8}")) {
            throw new IllegalArgumentException("client code '" + cell + "' must be written 0x and 8 upper-case hex digits");
        }
        return cell;
    }

    private static boolean filled(String cell) {
        return !cell.isBlank() && !cell.strip().equals(EMPTY);
    }
}
