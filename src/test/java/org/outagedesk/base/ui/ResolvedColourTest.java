package org.outagedesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "Resolved" reads in one colour everywhere: every style rule about resolved things (the incident's
 * state chip, public status chips, My reports' badge and card edge) takes its colours from the two
 * {@code --od-resolved-*} properties, defined once.
 */
class ResolvedColourTest {

    private static final Path STYLES = Path.of("frontend/styles");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern COLOUR_LITERAL = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsla?\\(|\\b(green|seagreen)\\b");

    record Rule(String file, String selector, String declarations) {}

    @Test
    void everyResolvedRuleUsesTheOneResolvedPalette() throws IOException {
        List<Rule> resolved = rules().stream()
                .filter(rule -> rule.selector().toLowerCase(Locale.ROOT).contains("resolved")).toList();
        assertThat(resolved).as("the resolved rules").extracting(Rule::selector).anyMatch(s -> s.contains(".od-resolved"))
                .anyMatch(s -> s.contains(".state-resolved")).anyMatch(s -> s.contains(".status-badge-resolved"))
                .anyMatch(s -> s.contains(".report-card.status-resolved"));
        for (Rule rule : resolved) {
            assertThat(COLOUR_LITERAL.matcher(rule.declarations()).find())
                    .as(rule.file() + " " + rule.selector() + " names a colour of its own: " + rule.declarations())
                    .isFalse();
            assertThat(rule.declarations()).as(rule.file() + " " + rule.selector()).contains("var(--od-resolved-");
        }
    }

    @Test
    void theResolvedColoursAreDefinedOnce() throws IOException {
        List<String> definitions = new ArrayList<>();
        for (Rule rule : rules()) {
            Matcher definition = Pattern.compile("(--od-resolved-[a-z]+)\\s*:").matcher(rule.declarations());
            while (definition.find()) {
                definitions.add(rule.file() + " " + definition.group(1));
            }
        }
        assertThat(definitions).containsExactlyInAnyOrder("outagedesk.css --od-resolved-color",
                "outagedesk.css --od-resolved-bg");
    }

    private static List<Rule> rules() throws IOException {
        List<Rule> rules = new ArrayList<>();
        try (Stream<Path> files = Files.list(STYLES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".css")).sorted().toList()) {
                String css = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
                Matcher rule = RULE.matcher(css);
                while (rule.find()) {
                    rules.add(new Rule(file.getFileName().toString(), rule.group(1).strip(), rule.group(2)));
                }
            }
        }
        return rules;
    }
}
