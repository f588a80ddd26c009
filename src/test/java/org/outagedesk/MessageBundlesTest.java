package org.outagedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every module's bundle pair says the same things in Spanish and English. */
class MessageBundlesTest {

    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

    @Test
    void findsTheBundlesOfEveryModule() throws IOException {
        assertThat(names("en")).contains("base_en.properties", "mail_en.properties", "security_en.properties");
    }

    @Test
    void everySpanishBundleHasAnEnglishOne() throws IOException {
        Set<String> english = names("en");
        List<String> spanishOnly = names("es").stream()
                .filter(name -> !english.contains(name.replace("_es.properties", "_en.properties")))
                .toList();
        assertThat(spanishOnly).as("Spanish bundles without an English twin").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyPairHasTheSameKeysAndNoBlankTexts() throws IOException {
        return Stream.of(RESOLVER.getResources("classpath*:i18n/*_en.properties"))
                .map(english -> DynamicTest.dynamicTest(english.getFilename(), () -> checkPair(english)));
    }

    private static void checkPair(Resource english) throws IOException {
        Resource spanish = english.createRelative(english.getFilename().replace("_en.properties", "_es.properties"));
        assertThat(spanish.exists()).as("%s has no Spanish twin %s", english.getFilename(), spanish.getFilename())
                .isTrue();
        Properties en = load(english);
        Properties es = load(spanish);
        List<String> problems = new ArrayList<>();
        missing(en, es).forEach(key -> problems.add(spanish.getFilename() + " lacks " + key));
        missing(es, en).forEach(key -> problems.add(english.getFilename() + " lacks " + key));
        blank(en).forEach(key -> problems.add(english.getFilename() + " has no text for " + key));
        blank(es).forEach(key -> problems.add(spanish.getFilename() + " has no text for " + key));
        assertThat(problems).as("message bundle problems").isEmpty();
    }

    private static Set<String> missing(Properties from, Properties in) {
        Set<String> keys = new TreeSet<>(from.stringPropertyNames());
        keys.removeAll(in.stringPropertyNames());
        return keys;
    }

    private static Set<String> blank(Properties bundle) {
        Set<String> keys = new TreeSet<>();
        bundle.stringPropertyNames().stream().filter(key -> bundle.getProperty(key).isBlank()).forEach(keys::add);
        return keys;
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> names(String language) throws IOException {
        Set<String> names = new TreeSet<>();
        for (Resource bundle : RESOLVER.getResources("classpath*:i18n/*_" + language + ".properties")) {
            names.add(bundle.getFilename());
        }
        return names;
    }
}
