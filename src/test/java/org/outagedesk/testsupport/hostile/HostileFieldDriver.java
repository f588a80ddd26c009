package org.outagedesk.testsupport.hostile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;

/**
 * Drives every hostile text of the corpus through one form field and checks the outcome the field's
 * {@link TextRule} demands: stored exactly as expected, or refused with a message from the bundle
 * of the person's language (so never a stack trace or a generic failure). Any form can use it.
 *
 * @param field what the assertions call the field
 * @param rule the field's documented limit and normalisation
 * @param type puts a value into the field and submits the form
 * @param stored how many values are stored and the newest of them
 * @param shownError the refusal the person reads after the last submission (empty if none)
 * @param messages the person's language's bundle texts
 */
public record HostileFieldDriver(String field, TextRule rule, Consumer<String> type, Supplier<Stored> stored,
        Supplier<String> shownError, Map<String, String> messages, List<HostileInput> inputs) {

    /** Drives the whole corpus for the field. */
    public HostileFieldDriver(String field, TextRule rule, Consumer<String> type, Supplier<Stored> stored,
            Supplier<String> shownError, Map<String, String> messages) {
        this(field, rule, type, stored, shownError, messages, HostileCorpus.forField(rule));
    }

    /** The same driver over a smaller set of inputs (see {@link HostileCorpus#sampleForField}). */
    public HostileFieldDriver sample(int perCategory) {
        return new HostileFieldDriver(field, rule, type, stored, shownError, messages,
                HostileCorpus.sampleForField(rule, perCategory));
    }

    /** How many values the form has stored and the newest ("" for none or blank). */
    public record Stored(int count, String newest) {}

    /** Runs the whole corpus for this field; returns the number of inputs driven. */
    public int run() {
        SoftAssertions soft = new SoftAssertions();
        int combinations = 0;
        for (HostileInput input : inputs) {
            Optional<String> expected = rule.expect(input.value());
            Stored before = stored.get();
            type.accept(input.value());
            Stored after = stored.get();
            String error = shownError.get();
            String what = field + ": " + input.describe();
            if (expected.isPresent() && !expected.get().isEmpty()) {
                soft.assertThat(after.count()).as(what + " stored").isEqualTo(before.count() + 1);
                soft.assertThat(after.newest()).as(what + " stored as typed").isEqualTo(expected.get());
            } else if (expected.isEmpty()) {
                soft.assertThat(after.count()).as(what + " refused, nothing stored").isEqualTo(before.count());
                soft.assertThat(isBundleText(error)).as(what + " refused with a clear message, got: " + error)
                        .isTrue();
            }
            combinations++;
        }
        soft.assertAll();
        HostileCount.add(field, combinations);
        return combinations;
    }

    private boolean isBundleText(String message) {
        if (message == null || message.isBlank() || message.matches("(?s).*![a-z]+\\.[a-z.-]+!.*")) {
            return false;
        }
        return messages.values().stream().map(pattern -> pattern.replaceAll("\\{\\d+}.*", "").strip())
                .filter(prefix -> !prefix.isEmpty()).anyMatch(message::startsWith);
    }
}
