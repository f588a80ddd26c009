import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Leaves only the current frontend bundle in a production build (run by the pom with the JDK's
 * source launcher: {@code java src/build/PruneFrontendBundle.java target/classes/META-INF/VAADIN}).
 *
 * <p>Vaadin's pre-compiled production bundle (the {@code vaadin-prod-bundle} jar, unpacked into
 * {@code META-INF/VAADIN} by {@code build-frontend}) holds three builds of every hashed chunk, only
 * one of which its {@code index.html} loads. A file of {@code webapp/VAADIN/build} stays when it can
 * be reached from {@code webapp/index.html}, {@code webapp/sw.js} or {@code config/stats.json} by
 * following file names written in the files reached (a chunk names the chunks it imports, dynamic
 * imports included); its precompressed {@code .br}/{@code .gz} twin stays with it. Everything else
 * there is deleted, and so is {@code config/bundle-size.html}, a build report nothing serves.
 */
public class PruneFrontendBundle {

    public static void main(String[] args) throws IOException {
        Path vaadin = Path.of(args.length > 0 ? args[0] : "target/classes/META-INF/VAADIN");
        Path build = vaadin.resolve("webapp/VAADIN/build");
        Path indexHtml = vaadin.resolve("webapp/index.html");
        if (!Files.isDirectory(build) || !Files.isRegularFile(indexHtml)) {
            throw new IllegalStateException("No frontend bundle at " + vaadin + " (expected " + indexHtml + " and "
                    + build + ")");
        }

        Set<String> files = new TreeSet<>();
        try (Stream<Path> listing = Files.list(build)) {
            listing.filter(Files::isRegularFile).forEach(p -> files.add(p.getFileName().toString()));
        }

        Set<String> reached = new HashSet<>();
        Deque<String> toRead = new ArrayDeque<>();
        for (Path seed : List.of(indexHtml, vaadin.resolve("webapp/sw.js"), vaadin.resolve("config/stats.json"))) {
            if (Files.isRegularFile(seed)) {
                namesIn(read(seed), files, reached, toRead);
            }
        }
        while (!toRead.isEmpty()) {
            String name = toRead.pop();
            if (!isCompressed(name)) {
                namesIn(read(build.resolve(name)), files, reached, toRead);
            }
        }
        if (reached.stream().noneMatch(n -> n.startsWith("indexhtml-"))) {
            throw new IllegalStateException("index.html of " + vaadin + " names no indexhtml-*.js in " + build
                    + "; not pruning");
        }

        long removedBytes = 0;
        int removed = 0;
        for (String name : files) {
            if (!reached.contains(name) && !reached.contains(uncompressed(name))) {
                Path file = build.resolve(name);
                removedBytes += Files.size(file);
                Files.delete(file);
                removed++;
            }
        }
        int removedFromBuild = removed;
        Path report = vaadin.resolve("config/bundle-size.html");
        if (Files.isRegularFile(report)) {
            removedBytes += Files.size(report);
            Files.delete(report);
            removed++;
        }
        System.out.printf("PruneFrontendBundle: %d of %d files in %s are the current bundle; removed %d files"
                + " (%d bytes) that nothing loads%n", files.size() - removedFromBuild, files.size(), build, removed,
                removedBytes);
    }

    private static void namesIn(String text, Set<String> files, Set<String> reached, Deque<String> toRead) {
        for (String name : files) {
            if (!reached.contains(name) && text.contains(name)) {
                reached.add(name);
                toRead.push(name);
            }
        }
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }

    private static boolean isCompressed(String name) {
        return name.endsWith(".br") || name.endsWith(".gz");
    }

    private static String uncompressed(String name) {
        return isCompressed(name) ? name.substring(0, name.length() - 3) : name;
    }
}
