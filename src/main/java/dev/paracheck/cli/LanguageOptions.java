package dev.paracheck.cli;

import dev.paracheck.config.Config;
import dev.paracheck.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every command that reads a document pair shares: the two languages, whether the inputs are
 * segmented, and the project file. A picocli mixin of its own ({@code terms}) and the base of
 * {@link PairOptionsMixin}. Option names are part of the contract.
 */
public class LanguageOptions {
    static final Path DEFAULT_CONFIG = Path.of(".paracheck.yml");

    @Option(names = "--source-lang", paramLabel = "LANG",
            description = "ISO 639-1 code of the source language, e.g. en (detected when absent).")
    String sourceLang;

    @Option(names = "--target-lang", paramLabel = "LANG",
            description = "ISO 639-1 code of the target language, e.g. de (detected when absent).")
    String targetLang;

    @Option(names = "--segmented",
            description = "The inputs are already one sentence per line; sentence indices are 0-based line numbers.")
    boolean segmented;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The project file (default: .paracheck.yml in the working directory, when present).")
    Path config;

    /** The project file named by --config, else .paracheck.yml when present, else no settings. */
    Config loadConfig() {
        return loadConfig(config);
    }

    /** The project file {@code given} (may be null), else .paracheck.yml when present, else no settings. */
    static Config loadConfig(Path given) {
        if (given != null) {
            return ConfigLoader.load(given);
        }
        return Files.isRegularFile(DEFAULT_CONFIG) ? ConfigLoader.load(DEFAULT_CONFIG) : Config.EMPTY;
    }

    /** The project file in use, for error messages. */
    Path configPath() {
        return config != null ? config : DEFAULT_CONFIG;
    }

    /** --source-lang, else the project file's. */
    String sourceLang(Config c) {
        return sourceLang != null ? sourceLang : c.sourceLang();
    }

    /** --target-lang, else the project file's. */
    String targetLang(Config c) {
        return targetLang != null ? targetLang : c.targetLang();
    }
}
