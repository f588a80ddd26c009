package org.outagedesk.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.outagedesk.notification.NoticeLabel;

/** Typed arguments of a notice: as stored in {@code outbox_argument}, and back as typed values. */
final class NoticeArguments {

    /** How an argument is turned into words: as written, a number, a time, a day, or a message key. */
    enum Kind {
        TEXT,
        NUMBER,
        TIME,
        DATE,
        LABEL
    }

    /** One stored argument; {@code time} holds TIME values, {@code text} every other kind. */
    record Stored(String name, Kind kind, String text, Instant time) {}

    private NoticeArguments() {}

    /** Positional arguments ({@code {0}}, {@code {1}} ...) named by their position. */
    static List<Stored> positional(List<?> values) {
        List<Stored> stored = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            stored.add(of(String.valueOf(i), values.get(i)));
        }
        return stored;
    }

    static Stored of(String name, Object value) {
        return switch (value) {
            case String text -> new Stored(name, Kind.TEXT, text, null);
            case Number number -> new Stored(name, Kind.NUMBER, number.toString(), null);
            case Instant time -> new Stored(name, Kind.TIME, null, time);
            case LocalDate day -> new Stored(name, Kind.DATE, day.toString(), null);
            case NoticeLabel label -> new Stored(name, Kind.LABEL, label.key(), null);
            default -> throw new IllegalArgumentException("Unsupported notice argument " + value.getClass());
        };
    }

    static Object value(Stored stored) {
        return switch (stored.kind()) {
            case TEXT -> stored.text();
            case NUMBER -> stored.text().contains(".") ? (Number) Double.valueOf(stored.text())
                    : (Number) Long.valueOf(stored.text());
            case TIME -> stored.time();
            case DATE -> LocalDate.parse(stored.text());
            case LABEL -> new NoticeLabel(stored.text());
        };
    }

    /** The positional values back, in order. */
    static List<Object> values(Map<String, Stored> byName) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; byName.containsKey(String.valueOf(i)); i++) {
            values.add(value(byName.get(String.valueOf(i))));
        }
        return values;
    }
}
