package dev.paracheck.config;

import dev.paracheck.internal.InputException;
import dev.paracheck.model.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads {@code .paracheck.yml}:
 *
 * <pre>
 * source-lang: en
 * target-lang: de
 * fail-on: warning
 * checks:            # per check id: off, or a severity
 *   grammar: off
 *   length: info
 * ignore:            # regular expressions for boilerplate lines (whole text, case-insensitive)
 *   - "Advertisement"
 * default-ignore: true
 * glossaries:        # .csv / .tsv / .tbx, relative to this file
 *   - terms.csv
 * stale-severity: warning   # outdated, missing-new, obsolete (--stale-severity wins)
 * source-commits:    # with --git: the commit translations were made from, by target glob relative to this file
 *   "de/legacy/**": 1a2b3c4
 * </pre>
 *
 * Safe loading only (plain maps, lists and scalars), with alias expansion capped against billion-laughs. Any
 * problem is one {@link InputException} naming the file and, where known, the line.
 */
public final class ConfigLoader {
    private static final Set<String> KEYS = Set.of("source-lang", "target-lang", "fail-on", "checks", "ignore",
            "default-ignore", "glossaries", "stale-severity", "source-commits");

    private ConfigLoader() {
    }

    /**
     * Plain scalars stay the text they are written as, but for null and the merge key: every setting is text (a
     * check's severity, a glob, a commit), and YAML 1.1's implicit types would turn an abbreviated commit into a
     * number — octal {@code 0712345}, the float {@code 12e4567} (Infinity) — or "off" into false.
     */
    private static final class PlainScalarsAsText extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.MERGE, MERGE, "<"); // "<<: *defaults" still merges
        }
    }

    public static Config load(Path file) {
        Object root;
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(1_000_000);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                    options, new PlainScalarsAsText()).load(r);
        } catch (java.nio.file.NoSuchFileException e) {
            throw InputException.about(file, "no such file");
        } catch (IOException e) {
            throw InputException.about(file, "cannot read: " + e.getMessage(), e);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw InputException.about(file, (line > 0 ? "line " + line + ": " : "") + "invalid YAML: "
                    + e.getProblem(), e);
        } catch (YAMLException e) {
            throw InputException.about(file, "invalid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null) {
            return Config.EMPTY;
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw InputException.about(file, "expected a mapping of settings at the top level");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw InputException.about(file, "unknown setting '" + key + "' (known: " + String.join(", ",
                        new java.util.TreeSet<>(KEYS)) + ")");
            }
        }
        Map<String, Severity> severities = new HashMap<>();
        Set<String> disabled = new HashSet<>();
        Object checks = map.get("checks");
        if (checks != null) {
            if (!(checks instanceof Map<?, ?> cm)) {
                throw InputException.about(file, "'checks' must map check ids to off or a severity");
            }
            for (Map.Entry<?, ?> e : cm.entrySet()) {
                String id = String.valueOf(e.getKey());
                String value = String.valueOf(e.getValue()).strip();
                Boolean on = yamlBoolean(value);
                if (Boolean.FALSE.equals(on)) {
                    disabled.add(id);
                } else if (on == null) {
                    try {
                        severities.put(id, Severity.parse(value));
                    } catch (IllegalArgumentException ex) {
                        throw InputException.about(file, "checks." + id + ": '" + value
                                + "' is not off, on, error, warning or info");
                    }
                }
            }
        }
        List<String> ignore = new ArrayList<>();
        Object patterns = map.get("ignore");
        if (patterns != null) {
            if (!(patterns instanceof List<?> list)) {
                throw InputException.about(file, "'ignore' must be a list of regular expressions");
            }
            for (Object p : list) {
                String pattern = String.valueOf(p);
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    throw InputException.about(file, "ignore: invalid regular expression '" + pattern + "': "
                            + e.getDescription());
                }
                ignore.add(pattern);
            }
        }
        List<Path> glossaries = new ArrayList<>();
        Object g = map.get("glossaries");
        if (g != null) {
            if (!(g instanceof List<?> list)) {
                throw InputException.about(file, "'glossaries' must be a list of files");
            }
            Path base = file.toAbsolutePath().getParent();
            for (Object o : list) {
                glossaries.add(base.resolve(String.valueOf(o)));
            }
        }
        String stale = string(map.get("stale-severity"));
        if (stale != null) {
            try {
                Severity.parse(stale);
            } catch (IllegalArgumentException e) {
                throw InputException.about(file, "stale-severity: '" + stale + "' is not error, warning or info");
            }
        }
        List<Config.SourceCommit> commits = new ArrayList<>();
        Object sc = map.get("source-commits");
        if (sc != null) {
            if (!(sc instanceof Map<?, ?> rules)) {
                throw InputException.about(file, "'source-commits' must map target globs to commits");
            }
            Path base = file.toAbsolutePath().normalize().getParent();
            for (Map.Entry<?, ?> r : rules.entrySet()) {
                String commit = String.valueOf(r.getValue()).strip();
                if (!commit.matches("[0-9a-fA-F]{4,40}")) {
                    throw InputException.about(file, "source-commits." + r.getKey() + ": '" + commit
                            + "' is not a commit id");
                }
                try {
                    java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + r.getKey());
                } catch (IllegalArgumentException e) {
                    throw InputException.about(file, "source-commits: invalid glob '" + r.getKey() + "'");
                }
                commits.add(new Config.SourceCommit(base, String.valueOf(r.getKey()), commit));
            }
        }
        Object defaults = map.get("default-ignore");
        return new Config(string(map.get("source-lang")), string(map.get("target-lang")), string(map.get("fail-on")),
                severities, disabled, ignore, defaults == null || Boolean.TRUE.equals(yamlBoolean(string(defaults))),
                glossaries, stale, commits);
    }

    /** A YAML 1.1 boolean's words (yes/no, on/off, true/false, y/n, in any of their cases), or null for others. */
    private static Boolean yamlBoolean(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "y", "yes", "true", "on" -> Boolean.TRUE;
            case "n", "no", "false", "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String string(Object o) {
        return o == null ? null : String.valueOf(o).strip();
    }
}
