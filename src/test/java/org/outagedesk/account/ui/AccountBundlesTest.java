package org.outagedesk.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every account key exists in Spanish and English, including every refusal the services raise. */
class AccountBundlesTest {

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("es").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void everyRefusalOfTheAccountModuleIsTranslated() throws IOException {
        Set<String> raised = new TreeSet<>();
        Pattern refusal = Pattern.compile("new AccountException\\(\"([^\"]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/outagedesk/account"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = refusal.matcher(Files.readString(source));
                while (matcher.find()) {
                    raised.add(matcher.group(1));
                }
            }
        }
        assertThat(raised).isNotEmpty();
        assertThat(load("en").stringPropertyNames()).containsAll(raised);
        assertThat(load("es").stringPropertyNames()).containsAll(raised);
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(
                AccountBundlesTest.class.getResourceAsStream("/i18n/account_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
