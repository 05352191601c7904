package dev.paracheck.pipeline;

import dev.paracheck.align.DocumentAligner;
import dev.paracheck.check.CheckContext;
import dev.paracheck.check.Checks;
import dev.paracheck.check.PageLayout;
import dev.paracheck.check.stale.StaleTranslation;
import dev.paracheck.ingest.GitHistory;
import dev.paracheck.ingest.TikaDocumentReader;
import dev.paracheck.internal.StageTimes;
import dev.paracheck.internal.Text;
import dev.paracheck.model.Alignment;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.RawDocument;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Staleness;
import dev.paracheck.segment.LanguageGuesser;
import dev.paracheck.segment.Segmenter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Wires the stages for one document pair: ingest → segment → align → check. The one place that knows them all.
 * Thread-safe; reuse one instance (Tika's parser takes half a second to build).
 */
public final class ConsistencyRun {
    private final TikaDocumentReader reader = new TikaDocumentReader();
    private final Segmenter segmenter = new Segmenter();
    private final DocumentAligner aligner = new DocumentAligner();
    private final StageTimes times;

    public ConsistencyRun() {
        this(StageTimes.OFF);
    }

    /** A run that adds the time of each stage to {@code times} (for {@code --verbose}). */
    public ConsistencyRun(StageTimes times) {
        this.times = times;
    }

    /**
     * Starts, on daemon threads, what checking {@code target} (against {@code source}, null for a target alone)
     * will need, before anything is read: the language identifier, unless both languages are given for
     * segmented input; and the tools of the enabled checks ({@link Checks#prepare}, {@link Checks#prepareGrammar})
     * for the languages given, or else suggested by the files' names ({@link Segmenter#languageInName}; not for
     * directories). Returns at once. Only an optimisation: a wrong suggestion costs a core a while, and the
     * languages are still given or detected as always (a given code is checked where it always was).
     */
    public static void startAhead(Path source, Path target, PairOptions options, Checks checks) {
        if (!options.segmented() || options.sourceLang() == null || options.targetLang() == null) {
            LanguageGuesser.preload(); // segmenting asks it each paragraph's language
        }
        if (target == null || java.nio.file.Files.isDirectory(target)) {
            return;
        }
        String tl = options.targetLang() != null ? Text.lower(options.targetLang().strip())
                : Segmenter.languageInName(target).orElse(null);
        String sl = source == null ? null : options.sourceLang() != null ? Text.lower(options.sourceLang().strip())
                : Segmenter.languageInName(source).orElse(null);
        if (tl != null) {
            checks.prepare(tl);
            checks.prepareGrammar(sl, tl);
        }
    }

    /** Reads, segments and aligns a pair; runs no check. */
    public PairResult align(Path source, Path target, PairOptions options) {
        Document src = load(source, options.sourceLang(), "--source-lang", options.segmented());
        Document tgt = load(target, options.targetLang(), "--target-lang", options.segmented());
        Alignment alignment = times.time("align", () -> aligner.align(src, tgt, options.lexicon()));
        return new PairResult(src, tgt, alignment, List.of());
    }

    /**
     * Reads, segments, aligns and checks a pair; each language's tools start ({@link Checks#prepare}) as soon as
     * the language is known, beside the reading and aligning.
     */
    public PairResult check(Path source, Path target, PairOptions options, Checks checks) {
        Document src;
        Document tgt;
        boolean typesetByTex = false;
        if (options.segmented()) {
            Document read = load(source, options.sourceLang(), "--source-lang", true, checks::prepare);
            src = read;
            tgt = load(target, options.targetLang(), "--target-lang", true, targetKnown(checks, read.lang()));
        } else {
            // both languages known before either document is split: the target's tools start sooner
            // (each read and its language as before, so that the first problem met is the one reported)
            // a single pair reads the target beside the source; its problem, if it has one, still comes after
            // every problem of the source's
            var readTarget = checks.sideBySide()
                    ? java.util.concurrent.CompletableFuture.supplyAsync(() -> read(target)) : null;
            String slGiven = given(options.sourceLang(), "--source-lang");
            RawDocument rawSource = read(source);
            String sl = language(rawSource, slGiven, "--source-lang", checks::prepare);
            String tlGiven = given(options.targetLang(), "--target-lang");
            RawDocument rawTarget = readTarget != null ? joined(readTarget) : read(target);
            String tl = language(rawTarget, tlGiven, "--target-lang", sl, targetKnown(checks, sl));
            typesetByTex = PageLayout.isTypesetByTex(rawSource) || PageLayout.isTypesetByTex(rawTarget);
            if (checks.sideBySide()) {
                // one document split beside the other (the splitter and the identifier are thread-safe)
                var splitSource = java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> times.time("segment", () -> segmenter.segment(rawSource, sl)));
                try {
                    tgt = times.time("segment", () -> segmenter.segment(rawTarget, tl));
                } catch (RuntimeException | Error e) {
                    joined(splitSource); // the source's problem, if it had one, is the first met
                    throw e;
                }
                src = joined(splitSource);
            } else {
                src = times.time("segment", () -> segmenter.segment(rawSource, sl));
                tgt = times.time("segment", () -> segmenter.segment(rawTarget, tl));
            }
        }
        return alignAndCheck(src, tgt, options, checks, typesetByTex);
    }

    /**
     * Aligns two segmented documents and runs the checks on them; findings of a pair of which either side is a PDF
     * that TeX typeset go through {@link PageLayout#weigh}.
     */
    private PairResult alignAndCheck(Document src, Document tgt, PairOptions options, Checks checks,
                                     boolean typesetByTex) {
        Alignment alignment = times.time("align", () -> aligner.align(src, tgt, options.lexicon()));
        List<Finding> findings = PageLayout.weigh(checks.run(new CheckContext(src, tgt, alignment, Severity.ERROR),
                times), typesetByTex);
        return new PairResult(src, tgt, alignment, findings);
    }

    /** The value of work done on another thread; what it threw, thrown here as it was. */
    private static <T> T joined(java.util.concurrent.CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Reads and segments a translation whose source is not at hand, and runs the checks that need none
     * ({@link Checks#runOnTarget}); its language is {@code options.targetLang()}, or detected.
     */
    public PairResult checkTarget(Path target, PairOptions options, Checks checks) {
        Document tgt = load(target, options.targetLang(), "--target-lang", options.segmented(),
                targetKnown(checks, null));
        return PairResult.targetOnly(tgt, checks.runOnTarget(tgt, times));
    }

    /**
     * Checks a translation against its source now, knowing the source as it was when the translation was made
     * ({@code before}): the checks' findings, with the stale ones ({@link StaleTranslation}) added and those
     * about text that changed since left out.
     */
    public PairResult checkAgainstBefore(Path before, Path source, Path target, PairOptions options, Checks checks,
                                         Severity staleSeverity) {
        PairResult now = check(source, target, options, checks);
        Document old = load(before, now.source().lang(), "--source-lang", options.segmented());
        Alignment oldToTarget = times.time("align", () -> aligner.align(old, now.target(), options.lexicon()));
        return new PairResult(now.source(), now.target(), now.alignment(),
                times.time("check stale", () -> StaleTranslation.judge(old, oldToTarget, now, staleSeverity)));
    }

    /**
     * A pair checked with a before-version asked for: the result, and why it was checked against the source as it
     * is now when git history had no before-version (null otherwise).
     */
    public record StaleChecked(PairResult result, String withoutBefore) {
    }

    /**
     * Checks a translation knowing where the source before comes from: a file (a missing one, as a page a tree
     * before lacks, means none) or git history ({@link GitHistory}: at the commit the target's front matter
     * declares, else at the last commit that changed the target). Without a before-version the pair is checked now
     * against now; from git history the answer then says why (no work tree, never committed, a shallow clone …).
     */
    public StaleChecked check(Path source, Path target, SourceBefore before, PairOptions options, Checks checks) {
        if (!before.fromGit()) {
            return new StaleChecked(java.nio.file.Files.isRegularFile(before.path())
                    ? checkAgainstBefore(before.path(), source, target, options, checks, before.severity())
                            .withStaleness(new Staleness(before.path().toString(), -1, -1))
                    : check(source, target, options, checks), null);
        }
        GitHistory.Before fromGit = GitHistory.sourceBefore(source, target, before.ruleFor(target));
        if (!fromGit.found()) {
            return new StaleChecked(check(source, target, options, checks), fromGit.why());
        }
        try {
            return new StaleChecked(checkAgainstBefore(fromGit.file(), source, target, options, checks,
                    before.severity()).withStaleness(new Staleness("git " + fromGit.commit().substring(0, 7),
                    fromGit.commitsBehind(), fromGit.daysBehind())), null);
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(fromGit.file());
            } catch (java.io.IOException e) {
                // a temporary file left behind is no reason to fail the run
            }
        }
    }

    /**
     * Reads one file into its blocks, before segmentation (for callers that change or make documents in memory,
     * e.g. the benchmark that plants defects; the result goes to {@link #check(RawDocument, RawDocument,
     * PairOptions, Checks)}).
     */
    public RawDocument read(Path file) {
        return times.time("read", () -> reader.read(Objects.requireNonNull(file, "file")));
    }

    /** Segments, aligns and checks a pair of documents already read; the languages are detected when not given. */
    public PairResult check(RawDocument source, RawDocument target, PairOptions options, Checks checks) {
        Document src = segment(source, options.sourceLang(), "--source-lang");
        Document tgt = segment(target, options.targetLang(), "--target-lang", src.lang(), l -> { });
        return alignAndCheck(src, tgt, options, checks,
                PageLayout.isTypesetByTex(source) || PageLayout.isTypesetByTex(target));
    }

    private Document segment(RawDocument raw, String lang, String option) {
        return segment(raw, lang, option, null, l -> { });
    }

    /**
     * Splits {@code raw} in its language: {@code lang} (validated) or detected ({@link #language}, as a translation
     * of a text in {@code sourceLang} when not null), told to {@code languageKnown} first.
     */
    private Document segment(RawDocument raw, String lang, String option, String sourceLang,
                             Consumer<String> languageKnown) {
        String language = language(raw, given(lang, option), option, sourceLang, languageKnown);
        return times.time("segment", () -> segmenter.segment(raw, language));
    }

    /**
     * What to start once the target's language is known: the checks' tools for it, and the grammar checkers for it
     * and {@code sourceLang} (null for a target alone).
     */
    private static Consumer<String> targetKnown(Checks checks, String sourceLang) {
        return lang -> {
            checks.prepare(lang);
            checks.prepareGrammar(sourceLang, lang);
        };
    }

    private static String given(String lang, String option) {
        return lang == null ? null : Segmenter.validateLanguage(lang, option);
    }

    /** The language of {@code raw}, given (valid) or detected (timed as segmenting), told to {@code languageKnown}. */
    private String language(RawDocument raw, String given, String option, Consumer<String> languageKnown) {
        return language(raw, given, option, null, languageKnown);
    }

    /**
     * {@link #language}, for a translation of a text in {@code sourceLang} (null: none): a translation that reads
     * as the source's language while its name says another ({@code docs/de/mqtt.md}, {@code README.de.md}) is in
     * the language of its name, so that what is left untranslated is reported as such, not the few paragraphs
     * that were translated as being in another language.
     */
    private String language(RawDocument raw, String given, String option, String sourceLang,
                            Consumer<String> languageKnown) {
        String detected = times.time("segment", () -> segmenter.language(raw, given, option));
        String language = given != null || !detected.equals(sourceLang) ? detected
                : Segmenter.languageInName(raw.path()).filter(named -> !named.equals(sourceLang)).orElse(detected);
        languageKnown.accept(language);
        return language;
    }

    private Document load(Path file, String lang, String option, boolean segmented) {
        return load(file, lang, option, segmented, l -> { });
    }

    /** Reads and segments {@code file}, telling {@code languageKnown} its language as soon as it is known. */
    private Document load(Path file, String lang, String option, boolean segmented,
                          Consumer<String> languageKnown) {
        Objects.requireNonNull(file, "file");
        if (lang != null) {
            lang = Segmenter.validateLanguage(lang, option);
        }
        String given = lang;
        if (segmented) {
            List<String> lines = times.time("read", () -> reader.readLines(file));
            return times.time("segment", () -> {
                String language = given != null ? given
                        : Segmenter.detect(file, String.join("\n", lines.subList(0, Math.min(lines.size(), 400))),
                                option);
                languageKnown.accept(language);
                return Segmenter.fromLines(file, lines, language);
            });
        }
        return segment(read(file), given, option, null, languageKnown);
    }
}
