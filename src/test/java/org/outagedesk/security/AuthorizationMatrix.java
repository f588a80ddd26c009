package org.outagedesk.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The expected authorization matrix, read from {@code src/test/resources/security/authorization-matrix.txt}:
 * one row per Vaadin route ({@code VIEW /template}) or HTTP endpoint ({@code METHOD /pattern}), one
 * column per actor, {@code yes} (allowed) or {@code -} (refused).
 */
record AuthorizationMatrix(Map<String, Set<Actor>> rows) {

    static final String FILE = "/security/authorization-matrix.txt";

    /** Who asks: nobody signed in, or a person holding exactly one role. */
    enum Actor { ANONYMOUS, END_USER, IT_STAFF, MANAGER, ADMIN }

    static AuthorizationMatrix load() throws IOException {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the test resources");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static AuthorizationMatrix parse(String text) {
        Map<String, Set<Actor>> rows = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s+");
            if (cells.length != 2 + Actor.values().length) {
                problems.add("line " + number + " needs a target and " + Actor.values().length + " cells: " + line);
                continue;
            }
            Set<Actor> allowed = EnumSet.noneOf(Actor.class);
            for (Actor actor : Actor.values()) {
                String cell = cells[2 + actor.ordinal()];
                if (cell.equals("yes")) {
                    allowed.add(actor);
                } else if (!cell.equals("-")) {
                    problems.add("line " + number + ": '" + cell + "' for " + actor + " is neither 'yes' nor '-'");
                }
            }
            if (rows.put(key(cells[0], cells[1]), allowed) != null) {
                problems.add("line " + number + " repeats " + key(cells[0], cells[1]));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(FILE + ": " + String.join("; ", problems));
        }
        return new AuthorizationMatrix(rows);
    }

    static String key(String kind, String path) {
        return kind + " " + path;
    }
}
