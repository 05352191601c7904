package dev.paracheck.pipeline;

import dev.paracheck.align.DocumentAligner;
import dev.paracheck.check.CheckContext;
import dev.paracheck.check.Checks;
import dev.paracheck.check.stale.StaleTranslation;
import dev.paracheck.ingest.GitHistory;
import dev.paracheck.ingest.TikaDocumentReader;
import dev.paracheck.internal.StageTimes;
import dev.paracheck.model.Alignment;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.RawDocument;
import dev.paracheck.model.Severity;
import dev.paracheck.segment.Segmenter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

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

    /** Reads, segments and aligns a pair; runs no check. */
    public PairResult align(Path source, Path target, PairOptions options) {
        Document src = load(source, options.sourceLang(), "--source-lang", options.segmented());
        Document tgt = load(target, options.targetLang(), "--target-lang", options.segmented());
        Alignment alignment = times.time("align", () -> aligner.align(src, tgt, options.lexicon()));
        return new PairResult(src, tgt, alignment, List.of());
    }

    /** Reads, segments, aligns and checks a pair. */
    public PairResult check(Path source, Path target, PairOptions options, Checks checks) {
        PairResult aligned = align(source, target, options);
        List<Finding> findings = checks.run(new CheckContext(aligned.source(), aligned.target(),
                aligned.alignment(), Severity.ERROR), times);
        return new PairResult(aligned.source(), aligned.target(), aligned.alignment(), findings);
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

    /** A pair checked against git history: the result, and why there was no before-version when there was none. */
    public record GitChecked(PairResult result, String withoutBefore) {
    }

    /**
     * Checks a translation against the source as git history has it for the target ({@link GitHistory}): at the
     * commit the target's front matter declares, else at the last commit that changed the target; without one
     * (no work tree, never committed, a shallow clone …) the pair is checked now against now and the answer says
     * why.
     */
    public GitChecked checkAgainstGit(Path source, Path target, PairOptions options, Checks checks,
                                      Severity staleSeverity) {
        Path scratch;
        try {
            scratch = java.nio.file.Files.createTempDirectory("paracheck-git");
        } catch (java.io.IOException e) {
            throw new dev.paracheck.internal.InputException("--git: cannot make a temporary folder: "
                    + e.getMessage());
        }
        try {
            GitHistory.Before before = GitHistory.sourceBefore(source, target, scratch);
            return before.found()
                    ? new GitChecked(checkAgainstBefore(before.file(), source, target, options, checks,
                    staleSeverity), null)
                    : new GitChecked(check(source, target, options, checks), before.why());
        } finally {
            try (var files = java.nio.file.Files.walk(scratch)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.deleteIfExists(p);
                }
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
        Document tgt = segment(target, options.targetLang(), "--target-lang");
        Alignment alignment = times.time("align", () -> aligner.align(src, tgt, options.lexicon()));
        List<Finding> findings = checks.run(new CheckContext(src, tgt, alignment, Severity.ERROR), times);
        return new PairResult(src, tgt, alignment, findings);
    }

    private Document segment(RawDocument raw, String lang, String option) {
        String given = lang == null ? null : Segmenter.validateLanguage(lang, option);
        return times.time("segment", () -> segmenter.segment(raw, segmenter.language(raw, given, option)));
    }

    private Document load(Path file, String lang, String option, boolean segmented) {
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
                return Segmenter.fromLines(file, lines, language);
            });
        }
        return segment(read(file), given, option);
    }
}
