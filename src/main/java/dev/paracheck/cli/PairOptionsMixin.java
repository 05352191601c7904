package dev.paracheck.cli;

import dev.paracheck.check.Boilerplate;
import dev.paracheck.config.Config;
import dev.paracheck.config.LexiconLoader;
import dev.paracheck.internal.InputException;
import dev.paracheck.internal.StageTimes;
import dev.paracheck.model.Lexicon;
import dev.paracheck.pipeline.PairOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The arguments and options that every pair command shares (the language options with {@code terms}, from
 * {@link LanguageOptions}). Option names are part of the contract.
 */
public final class PairOptionsMixin extends LanguageOptions {
    @Parameters(index = "0", paramLabel = "SOURCE", description = "The source document (any format Tika reads).")
    Path source;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TARGET", description = "Its translation.")
    Path target;

    /** Both documents, or a usage error naming {@code command} and its form when TARGET is missing. */
    void requireTwo(String command) {
        if (target == null) {
            throw new InputException("missing TARGET: 'paracheck " + command + " SOURCE TARGET' takes a source and "
                    + "its translation");
        }
    }

    @Option(names = "--format", split = ",", paramLabel = "FORMATS",
            description = "Comma list of report formats: console, html, json, sarif, junit, md, tmx, tsv, ladder "
                    + "(default: ${DEFAULT-VALUE}).")
    List<String> formats = new ArrayList<>(List.of("console", "html", "json"));

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Where reports go (default: ${DEFAULT-VALUE}); '-' writes them to standard output.")
    String outputDir = "reports";

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "A bilingual lexicon for the aligner: TSV (word<TAB>translation), Ding (Debian's "
                    + "trans-de-en) or FreeDict (the .index of a dict-freedict-* package).")
    Path lexicon;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces and timings on standard error.")
    boolean verbose;

    /** The text content checks ignore under the project file: its patterns, plus the defaults unless turned off. */
    static Boilerplate boilerplate(Config c) {
        List<String> ignore = new ArrayList<>(c.ignore());
        if (c.defaultIgnore()) {
            ignore.addAll(Boilerplate.DEFAULT_PATTERNS);
        }
        return new Boilerplate(ignore);
    }

    /** A fresh record of stage times under {@code --verbose}, else {@link StageTimes#OFF}. */
    StageTimes stageTimes() {
        return verbose ? new StageTimes() : StageTimes.OFF;
    }

    /** The lexicon of --lexicon, or none. */
    Lexicon loadLexicon() {
        return lexicon == null ? Lexicon.EMPTY : LexiconLoader.load(lexicon);
    }

    /** The pair options of these options under the project file {@code c}. */
    PairOptions pairOptions(Config c) {
        return new PairOptions(sourceLang(c), targetLang(c), segmented, loadLexicon());
    }
}
