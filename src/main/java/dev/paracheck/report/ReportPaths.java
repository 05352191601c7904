package dev.paracheck.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where each output of a directory run goes, such that no two outputs share a path.
 *
 * <p>The run writes, relative to {@code --output-dir}, the combined reports ({@code index.html} and
 * {@code paracheck.EXT}) and each pair's reports ({@code FOLDER/BASE.EXT}, the pair's folder in the source tree).
 * A pair's base name clashes when another pair in the same folder has the same one ({@code page.md} beside
 * {@code page.txt}) or, at the root, when one of its outputs is a combined report's name ({@code index.md},
 * {@code paracheck.md}). The rule, applied in the same way whatever the order of the pairs:
 * <ol>
 *   <li>every pair of a clashing group takes its source file's full name as base name instead
 *       ({@code page.md.html}, {@code page.txt.html}, {@code index.md.html});</li>
 *   <li>should that clash too, pairs in the order given (the run's order: by relative path) keep the first free
 *       name of {@code BASE~2}, {@code BASE~3}, ….</li>
 * </ol>
 * Paths are compared without regard to case, so that the reports do not overwrite each other on case-insensitive
 * file systems (macOS, Windows) either.
 */
public final class ReportPaths {
    /** One pair to place: its folder relative to the output root ("" at the root), its base and full file name. */
    public record Pair(String folder, String base, String fileName) {
        public Pair {
            folder = folder == null ? "" : folder.replace('\\', '/');
        }
    }

    /** The file name of the directory-mode index page. */
    public static final String INDEX = "index.html";
    /** The base name of the combined reports. */
    public static final String COMBINED = "paracheck";

    private ReportPaths() {
    }

    /**
     * The base name each pair's reports take, in the order of {@code pairs}: its folder joined with "/" to the
     * name before the extension ({@code news/library.en-de}).
     *
     * @param extensions the extensions every pair's reports are written with (html, json, …)
     * @param reserved   the root-level file names the combined reports take
     */
    public static List<String> plan(List<Pair> pairs, List<String> extensions, Set<String> reserved) {
        Set<String> reservedKeys = new HashSet<>();
        for (String r : reserved) {
            reservedKeys.add(key("", r));
        }
        Set<String> taken = new HashSet<>(reservedKeys);
        Map<String, Integer> uses = new HashMap<>();
        for (Pair p : pairs) {
            uses.merge(key(p.folder(), p.base()), 1, Integer::sum);
        }
        List<String> out = new ArrayList<>(pairs.size());
        for (Pair p : pairs) {
            boolean clashes = uses.get(key(p.folder(), p.base())) > 1
                    || extensions.stream().anyMatch(e -> reservedKeys.contains(key(p.folder(), p.base() + "." + e)));
            String base = clashes ? sanitize(p.fileName()) : p.base();
            String chosen = base;
            for (int n = 2; !free(taken, p.folder(), chosen, extensions); n++) {
                chosen = base + "~" + n;
            }
            for (String e : extensions) {
                taken.add(key(p.folder(), chosen + "." + e));
            }
            out.add(p.folder().isEmpty() ? chosen : p.folder() + "/" + chosen);
        }
        return out;
    }

    /** A file name reduced to letters, digits, dots, hyphens and underscores, as base names are. */
    public static String sanitize(String name) {
        return name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }

    private static boolean free(Set<String> taken, String folder, String base, List<String> extensions) {
        return extensions.stream().noneMatch(e -> taken.contains(key(folder, base + "." + e)));
    }

    private static String key(String folder, String name) {
        return (folder + "/" + name).toLowerCase(Locale.ROOT);
    }
}
