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
 */
public record Config(String sourceLang, String targetLang, String failOn, Map<String, Severity> severities,
                     Set<String> disabled, List<String> ignore, boolean defaultIgnore,
                     List<java.nio.file.Path> glossaries) {
    public static final Config EMPTY = new Config(null, null, null, Map.of(), Set.of(), List.of(), true, List.of());

    public Config {
        severities = Map.copyOf(severities);
        disabled = Set.copyOf(disabled);
        ignore = List.copyOf(ignore);
        glossaries = List.copyOf(glossaries);
    }
}
