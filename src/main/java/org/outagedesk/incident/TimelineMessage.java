package org.outagedesk.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sentence the system writes on a timeline, kept as a message key with typed arguments (and
 * lines below it, each a message too) and put into words in the reader's language and time zone
 * whenever it is shown ({@link TimelineText}). Names and texts from people or outside systems
 * travel as {@link Text} and are shown as written.
 *
 * @param key a key of the message bundles
 * @param lines further sentences shown below this one (e.g. one per alert)
 */
public record TimelineMessage(String key, List<Argument> arguments, List<TimelineMessage> lines) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public TimelineMessage {
        arguments = List.copyOf(arguments);
        lines = List.copyOf(lines);
    }

    public static TimelineMessage of(String key, Argument... arguments) {
        return new TimelineMessage(key, List.of(arguments), List.of());
    }

    public TimelineMessage withLines(List<TimelineMessage> more) {
        return new TimelineMessage(key, arguments, more);
    }

    /** One argument of a message, typed by how it becomes words. */
    public sealed interface Argument permits Text, Count, Translated, Label, Time {}

    /** Shown as written: a name, a number like "3.5", a text from a person or an outside system. */
    public record Text(String value) implements Argument {
        public Text {
            value = value == null ? "" : value;
        }
    }

    /** A number, formatted in the reader's language. */
    public record Count(long value) implements Argument {}

    /** A text that exists in both languages, e.g. a checklist item's title from its template. */
    public record Translated(String es, String en) implements Argument {
        public String in(Locale language) {
            return "es".equals(language.getLanguage()) ? es : en;
        }
    }

    /** Another message key, e.g. the label of a choice. */
    public record Label(String key) implements Argument {}

    /** An instant, shown in the reader's time zone. */
    public record Time(Instant at) implements Argument {}

    public static Argument text(String value) {
        return new Text(value);
    }

    public static Argument count(long value) {
        return new Count(value);
    }

    public static Argument translated(String es, String en) {
        return new Translated(es, en);
    }

    public static Argument label(String key) {
        return new Label(key);
    }

    public static Argument time(Instant at) {
        return new Time(at);
    }

    /** The stored form: {@code {"key":…,"args":[{"text":…}|{"count":…}|{"es":…,"en":…}|{"label":…}|{"time":…}],"lines":[…]}}. */
    public String toJson() {
        return JSON.writeValueAsString(node());
    }

    /** The message of its stored form; empty for anything that is not one (a legacy text, a broken value). */
    public static Optional<TimelineMessage> fromJson(String json) {
        if (json == null || json.isBlank() || json.charAt(0) != '{') {
            return Optional.empty();
        }
        try {
            return Optional.of(read(JSON.readTree(json)));
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private ObjectNode node() {
        ObjectNode node = JSON.createObjectNode().put("key", key);
        ArrayNode args = node.putArray("args");
        for (Argument argument : arguments) {
            ObjectNode arg = args.addObject();
            switch (argument) {
                case Text(String value) -> arg.put("text", value);
                case Count(long value) -> arg.put("count", value);
                case Translated(String es, String en) -> arg.put("es", es).put("en", en);
                case Label(String label) -> arg.put("label", label);
                case Time(Instant at) -> arg.put("time", at.toString());
            }
        }
        if (!lines.isEmpty()) {
            ArrayNode below = node.putArray("lines");
            lines.forEach(line -> below.add(line.node()));
        }
        return node;
    }

    private static TimelineMessage read(JsonNode node) {
        String key = node.path("key").asString(null);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A timeline message needs a key");
        }
        List<Argument> arguments = new ArrayList<>();
        for (JsonNode arg : node.path("args")) {
            arguments.add(arg.has("text") ? text(arg.get("text").asString())
                    : arg.has("count") ? count(arg.get("count").asLong())
                    : arg.has("label") ? label(arg.get("label").asString())
                    : arg.has("time") ? time(Instant.parse(arg.get("time").asString()))
                    : translated(arg.path("es").asString(""), arg.path("en").asString("")));
        }
        List<TimelineMessage> lines = new ArrayList<>();
        node.path("lines").forEach(line -> lines.add(read(line)));
        return new TimelineMessage(key, arguments, lines);
    }
}
