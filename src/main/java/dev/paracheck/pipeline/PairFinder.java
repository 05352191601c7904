package dev.paracheck.pipeline;

import dev.paracheck.internal.InputException;
import dev.paracheck.internal.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Pairs the files of a source directory with those of a target directory, by relative path, where a language
 * code before the extension may differ: {@code docs/page.md} = {@code docs/page.md}, and
 * {@code docs/page.en.md} = {@code docs/page.de.md}; also {@code page_en.md} = {@code page_de.md} and
 * {@code page-en.md} = {@code page-de.md}. Hidden files and folders are skipped, and so are symbolic links (a
 * link could lead outside the tree). Stateless.
 */
public final class PairFinder {
    /** A source file and its counterpart; either may be null when it has none. */
    public record Candidate(Path relative, Path source, Path target) {
    }

    private static final Set<String> ISO = Set.copyOf(Arrays.asList(Locale.getISOLanguages()));
    private static final Pattern LANG_SUFFIX = Pattern.compile("^(.*?)([._-])([a-z]{2})(?:[-_][A-Za-z]{2})?(\\.[^.]+)?$");

    private PairFinder() {
    }

    public static List<Candidate> find(Path sourceDir, Path targetDir) {
        Map<String, Path> sources = index(sourceDir);
        Map<String, Path> targets = index(targetDir);
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Path> s : sources.entrySet()) {
            Path t = targets.remove(s.getKey());
            out.add(new Candidate(sourceDir.relativize(s.getValue()), s.getValue(), t));
        }
        for (Path t : targets.values()) {
            out.add(new Candidate(targetDir.relativize(t), null, t));
        }
        return out;
    }

    /** Every file under {@code targetDir} as a candidate without a source, in the order of their paths. */
    public static List<Candidate> targets(Path targetDir) {
        List<Candidate> out = new ArrayList<>();
        for (Path t : index(targetDir).values()) {
            out.add(new Candidate(targetDir.relativize(t), null, t));
        }
        return out;
    }

    /** Files by key: relative path, lower-cased, with a language code before the extension taken out. */
    private static Map<String, Path> index(Path dir) {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.toList()) {
                Path rel = dir.relativize(p);
                boolean hidden = false;
                for (Path part : rel) {
                    hidden |= part.toString().startsWith(".");
                }
                if (hidden || Files.isSymbolicLink(p) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                out.putIfAbsent(key(rel), p);
            }
        } catch (IOException e) {
            throw InputException.about(dir, "cannot list the directory: " + e.getMessage(), e);
        }
        return out;
    }

    static String key(Path relative) {
        String parent = relative.getParent() == null ? "" : relative.getParent().toString().replace('\\', '/') + "/";
        String name = relative.getFileName().toString();
        Matcher m = LANG_SUFFIX.matcher(name);
        if (m.matches() && ISO.contains(m.group(3))) {
            name = m.group(1) + (m.group(4) == null ? "" : m.group(4));
        }
        return Text.lower(parent + name);
    }
}
