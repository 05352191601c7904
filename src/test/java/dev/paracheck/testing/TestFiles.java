package dev.paracheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test fixtures from the classpath, and small files written into a test's temporary directory. */
public final class TestFiles {
    private TestFiles() {
    }

    /** A resource under {@code dev/paracheck/}, as a file. */
    public static Path resource(String name) {
        URL url = TestFiles.class.getResource("/dev/paracheck/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path seedEnglish() {
        return resource("seeds/article.en.txt");
    }

    public static Path seedGerman() {
        return resource("seeds/article.de.txt");
    }

    /** Deletes a temporary tree, deepest paths first. */
    public static void deleteTree(Path root) throws IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public static Path write(Path dir, String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path dir, String name, byte[] content) {
        try {
            Path p = dir.resolve(name);
            Files.write(p, content);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-blank lines (paragraphs) of a one-paragraph-per-line file. */
    public static List<String> lines(Path p) {
        try {
            List<String> out = new ArrayList<>(Arrays.asList(Files.readString(p, StandardCharsets.UTF_8).split("\n")));
            out.removeIf(String::isBlank);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path writeLines(Path dir, String name, List<String> lines) {
        return write(dir, name, String.join("\n", lines) + "\n");
    }
}
