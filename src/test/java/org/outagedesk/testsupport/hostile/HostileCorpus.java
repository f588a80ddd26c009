package org.outagedesk.testsupport.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed hostile-input corpus ({@code src/test/resources/hostile/corpus.json}, made by
 * {@code make-corpus.py} there), loaded once. Point any new form or endpoint at it: for a text field,
 * {@link #forField(TextRule)} gives every labelled text plus the oversized values for that field's
 * limit, and {@link TextRule#expect(String)} says what the app must do with each.
 */
public final class HostileCorpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode ROOT = load();

    private HostileCorpus() {}

    /** Every text of the labelled text categories (XSS, SQL, control characters, bidi, emoji, CRLF...). */
    public static List<HostileInput> texts() {
        List<HostileInput> all = new ArrayList<>();
        for (Map.Entry<String, JsonNode> category : ROOT.get("text").properties()) {
            category.getValue().forEach(value -> all.add(new HostileInput(category.getKey(), value.asString())));
        }
        return all;
    }

    /** The oversized recipes expanded for one field: just over, far over, at the limit, in several units. */
    public static List<HostileInput> oversized(int limit) {
        List<HostileInput> all = new ArrayList<>();
        for (JsonNode recipe : ROOT.get("oversized")) {
            String unit = recipe.get("unit").asString();
            int times = recipe.has("times") ? recipe.get("times").asInt()
                    : recipe.has("factor") ? limit * recipe.get("factor").asInt() / Math.max(1, unit.length())
                    : limit + recipe.get("over").asInt();
            all.add(new HostileInput("oversized:" + recipe.get("label").asString(), unit.repeat(times)));
        }
        return all;
    }

    /** What one text field gets: every text plus the oversized values for its limit. */
    public static List<HostileInput> forField(TextRule rule) {
        List<HostileInput> all = texts();
        all.addAll(oversized(rule.max()));
        return all;
    }

    /**
     * A fixed sample for slow paths (a browserless form renders a page per value): the first
     * {@code perCategory} texts of every category plus all oversized values for the field.
     */
    public static List<HostileInput> sampleForField(TextRule rule, int perCategory) {
        Map<String, Integer> taken = new java.util.HashMap<>();
        List<HostileInput> sample = new ArrayList<>(texts().stream()
                .filter(input -> taken.merge(input.category(), 1, Integer::sum) <= perCategory).toList());
        sample.addAll(oversized(rule.max()));
        return sample;
    }

    public static List<String> malformedJson() {
        return strings("malformedJson");
    }

    /** Bodies with a field of the wrong type or value, as JSON text. */
    public static List<String> wronglyTypedJson() {
        List<String> all = new ArrayList<>();
        ROOT.get("wronglyTypedJson").forEach(node -> all.add(JSON.writeValueAsString(node)));
        return all;
    }

    public static List<String> badDates() {
        return strings("badDates");
    }

    /** Path segments that are not a valid id (already URL-encoded where they need it). */
    public static List<String> badIds() {
        return strings("badIds");
    }

    public static List<HostileFile> attachments() {
        List<HostileFile> all = new ArrayList<>();
        ROOT.get("attachments").forEach(node -> all.add(HostileFile.of(node.get("name").asString(),
                node.get("recipe").asString(), node.get("why").asString())));
        return all;
    }

    /** The corpus size by category, for the docs. */
    public static Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
        ROOT.get("text").properties().forEach(entry -> sizes.put(entry.getKey(), entry.getValue().size()));
        for (String key : List.of("oversized", "malformedJson", "wronglyTypedJson", "attachments", "badDates",
                "badIds")) {
            sizes.put(key, ROOT.get(key).size());
        }
        return sizes;
    }

    private static List<String> strings(String key) {
        List<String> all = new ArrayList<>();
        ROOT.get(key).forEach(node -> all.add(node.asString()));
        return all;
    }

    private static JsonNode load() {
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/corpus.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
