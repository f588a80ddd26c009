package org.outagedesk.review;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times in a review's texts stay instants: what the system writes into them (the template's
 * milestones, a quoted timeline entry) carries a time token, and every reader sees it in their own
 * time zone and language, on the page, in print and in the export.
 */
public final class ReviewTimes {

    private static final Pattern TOKEN = Pattern.compile("⟦(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?Z)⟧");
    private static final String NOT_INSIDE_A_WORD = "(?<![\\p{L}\\p{N}])(";
    private static final String NOT_FOLLOWED_BY_A_WORD = ")(?![\\p{L}\\p{N}])";

    private ReviewTimes() {}

    /** The token that stands for {@code at} in a stored text. */
    public static String token(Instant at) {
        return "⟦" + at + "⟧";
    }

    /** The text as one reader reads it: every token as {@code time} formats it. */
    public static String render(String text, Function<Instant, String> time) {
        return text == null ? null : shown(text, time).text();
    }

    /**
     * A text shown for editing: its tokens put into the reader's words, and the way back, so that
     * a time the person left as it was is stored as the instant again.
     */
    public static Shown shown(String text, Function<Instant, String> time) {
        Map<String, Instant> times = new LinkedHashMap<>();
        if (text == null) {
            return new Shown("", times);
        }
        Matcher tokens = TOKEN.matcher(text);
        String rendered = tokens.replaceAll(token -> {
            Instant at = Instant.parse(token.group(1));
            String words = time.apply(at);
            times.putIfAbsent(words, at);
            return Matcher.quoteReplacement(words);
        });
        return new Shown(rendered, times);
    }

    /** A text as its reader sees it, with the instant behind each time shown in it. */
    public record Shown(String text, Map<String, Instant> times) {

        /** The edited text to store: each time shown (still a whole word) becomes its token again. */
        public String restore(String edited) {
            if (edited == null || times.isEmpty()) {
                return edited;
            }
            String alternatives = times.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote).collect(Collectors.joining("|"));
            return Pattern.compile(NOT_INSIDE_A_WORD + alternatives + NOT_FOLLOWED_BY_A_WORD).matcher(edited)
                    .replaceAll(shown -> Matcher.quoteReplacement(token(times.get(shown.group(1)))));
        }

        /** This text, also knowing the times shown in {@code added} (a quote put into it). */
        public Shown and(Shown added) {
            Map<String, Instant> all = new LinkedHashMap<>(times);
            added.times().forEach(all::putIfAbsent);
            return new Shown(text, all);
        }
    }
}
