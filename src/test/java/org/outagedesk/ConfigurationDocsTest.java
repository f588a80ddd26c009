package org.outagedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code docs/configuration.md} names every {@code outagedesk.*} key the application reads, and
 * no key it does not. The keys come from the code: the {@link ConfigurationProperties} classes
 * (prefix plus record components or fields, in kebab-case, nested records followed), the
 * {@code ${outagedesk...}} placeholders and {@code @ConditionalOnProperty} names in the sources,
 * and the {@code outagedesk.*} lines of {@code application*.properties}. No Spring context.
 */
class ConfigurationDocsTest {

    private static final Path DOC = Path.of("docs/configuration.md");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern KEY = Pattern.compile("outagedesk(?:\\.[a-z0-9][a-z0-9-]*)+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(outagedesk(?:\\.[a-z0-9][a-z0-9-]*)+)[:}]");
    private static final Pattern CONDITION = Pattern.compile("@ConditionalOnProperty\\(([^)]*)\\)");
    private static final Pattern QUOTED_KEY = Pattern.compile("\"(outagedesk(?:\\.[a-z0-9][a-z0-9-]*)+)\"");
    private static final Pattern PROPERTIES_LINE = Pattern.compile("(?m)^\\s*(outagedesk(?:\\.[a-z0-9][a-z0-9-]*)+)\\s*=");
    private static final Pattern TABLE_KEY = Pattern.compile("(?m)^\\|\\s*`(outagedesk(?:\\.[a-z0-9][a-z0-9-]*)+)");

    @Test
    void everyKeyTheApplicationDefinesIsDocumented() throws IOException, URISyntaxException {
        Set<String> defined = definedKeys();
        Set<String> documented = documentedKeys();

        assertThat(defined).as("keys found in the code (is the scan still working?)").hasSizeGreaterThan(50);
        Set<String> missing = new TreeSet<>(defined);
        missing.removeAll(documented);
        assertThat(missing).as("configuration keys the application defines but " + DOC + " does not name")
                .isEmpty();
    }

    @Test
    void everyKeyInTheTablesExists() throws IOException, URISyntaxException {
        Set<String> defined = definedKeys();
        Set<String> inTables = new TreeSet<>();
        Matcher matcher = TABLE_KEY.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        while (matcher.find()) {
            inTables.add(matcher.group(1));
        }
        inTables.removeAll(defined);
        assertThat(inTables).as("keys in the tables of " + DOC + " that the application does not define").isEmpty();
    }

    private static Set<String> documentedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = KEY.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        while (matcher.find()) {
            keys.add(matcher.group());
        }
        return keys;
    }

    static Set<String> definedKeys() throws IOException, URISyntaxException {
        Set<String> keys = new TreeSet<>();
        keys.addAll(configurationPropertiesKeys());
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher placeholder = PLACEHOLDER.matcher(text);
                while (placeholder.find()) {
                    keys.add(placeholder.group(1));
                }
                Matcher condition = CONDITION.matcher(text);
                while (condition.find()) {
                    Matcher quoted = QUOTED_KEY.matcher(condition.group(1));
                    while (quoted.find()) {
                        keys.add(quoted.group(1));
                    }
                }
            }
        }
        try (Stream<Path> files = Files.list(RESOURCES)) {
            for (Path file : files.filter(path -> path.getFileName().toString().matches("application.*\\.properties"))
                    .toList()) {
                Matcher line = PROPERTIES_LINE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (line.find()) {
                    keys.add(line.group(1));
                }
            }
        }
        return keys;
    }

    /** Every key of every {@code @ConfigurationProperties} class among the compiled production classes. */
    private static Set<String> configurationPropertiesKeys() throws IOException, URISyntaxException {
        Path classes = Path.of(OutageDeskApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = load(name.substring(0, name.length() - ".class".length()));
                ConfigurationProperties annotation = type == null ? null
                        : type.getAnnotation(ConfigurationProperties.class);
                if (annotation != null) {
                    String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
                    addKeys(prefix, type, keys);
                }
            }
        }
        return keys;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ConfigurationDocsTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static void addKeys(String prefix, Class<?> type, Set<String> keys) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                addKey(prefix, component.getName(), component.getType(), keys);
            }
            return;
        }
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                addKey(prefix, field.getName(), field.getType(), keys);
            }
        }
    }

    /** A nested record of the application's own is a group of keys; anything else is one key. */
    private static void addKey(String prefix, String name, Class<?> type, Set<String> keys) {
        String key = prefix + "." + kebab(name);
        if (type.isRecord() && type.getName().startsWith("org.outagedesk.")) {
            addKeys(key, type, keys);
        } else {
            keys.add(key);
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
