package dev.paracheck.config;

import dev.paracheck.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project file, {@code .paracheck.yml}. Every field is optional; command-line options win over it.
 *
 * @param sourceLang ISO 639-1 code, or null
 * @param targetLang ISO 639-1 code, or null
 * @param failOn {@code error}, {@code warning}, {@code info}, {@code never}, or null
 * @param severities per check id, a severity other than the default
 * @param disabled check ids switched off
 * @param ignore regular expressions; a link whose text matches one entirely is boilerplate
 * @param defaultIgnore whether the built-in boilerplate patterns apply too
 * @param glossaries glossary files, relative to the project file's folder
 * @param staleSeverity the severity of {@code outdated}, {@code missing-new} and {@code obsolete}, or null
 * @param sourceCommits with {@code --git}: the commit each translation was made from, by a glob of target paths
 *        (relative to the project file's folder) — what a target's front matter does not declare
 */
public record Config(String sourceLang, String targetLang, String failOn, Map<String, Severity> severities,
                     Set<String> disabled, List<String> ignore, boolean defaultIgnore,
                     List<java.nio.file.Path> glossaries, String staleSeverity, List<SourceCommit> sourceCommits) {
    public static final Config EMPTY = new Config(null, null, null, Map.of(), Set.of(), List.of(), true, List.of(),
            null, List.of());

    /** One rule of {@code source-commits}: targets matching {@code glob} (under {@code base}) were made from {@code commit}. */
    public record SourceCommit(java.nio.file.Path base, String glob, String commit) {
        /** True when {@code target} (a path as given) matches the glob, relative to the base. */
        public boolean matches(java.nio.file.Path target) {
            java.nio.file.Path abs = target.toAbsolutePath().normalize();
            if (!abs.startsWith(base)) {
                return false;
            }
            return java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(base.relativize(abs));
        }
    }

    public Config {
        severities = Map.copyOf(severities);
        disabled = Set.copyOf(disabled);
        ignore = List.copyOf(ignore);
        glossaries = List.copyOf(glossaries);
        sourceCommits = List.copyOf(sourceCommits);
    }
}
