package dev.paracheck.beam;

import dev.paracheck.check.Checks;
import dev.paracheck.check.structure.NotParallelCheck;
import dev.paracheck.check.terminology.PairWords;
import dev.paracheck.check.terminology.TermInference;
import dev.paracheck.internal.InputException;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Severity;
import dev.paracheck.pipeline.ConsistencyRun;
import dev.paracheck.pipeline.PairOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Checks one pair as {@code paracheck check SOURCE TARGET} does: ingest, segment, align, check. Each instance
 * keeps one warm {@link ConsistencyRun} (made in {@link Setup}; Tika's parsers and LanguageTool's tools load once
 * and serve every pair after), and nothing of one pair is kept for the next. A pair that cannot be read or takes
 * longer than the time limit is a {@link PairProblem}; so is any failure of the pair's own, so that one bad
 * document never fails the job. Besides the result, a pair that is parallel gives its words to the corpus term
 * drift check when that is judged across pairs.
 */
final class CheckPairFn extends DoFn<PairRow, PairOutcome> {
    private static final long serialVersionUID = 1L;
    static final TupleTag<PairOutcome> CHECKED = new TupleTag<>() { };
    static final TupleTag<PairProblem> PROBLEMS = new TupleTag<>() { };
    static final TupleTag<KV<String, PairTermWords>> WORDS = new TupleTag<>() { };

    private final CheckSettings settings;
    private transient ConsistencyRun run;
    private transient Checks checks;
    private transient ExecutorService worker;
    private transient Path scratch;

    CheckPairFn(CheckSettings settings) {
        this.settings = settings;
    }

    @Setup
    public void setup() throws IOException {
        run = new ConsistencyRun();
        checks = settings.perPair();
        worker = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "paracheck-pair");
            t.setDaemon(true);
            return t;
        });
        scratch = Files.createTempDirectory("paracheck-beam");
    }

    @Teardown
    public void teardown() {
        if (worker != null) {
            worker.shutdownNow();
        }
        if (scratch != null) {
            delete(scratch);
        }
    }

    /** What checking one pair gives: its outcome and, for the corpus check, its words (or null). */
    private record Checked(PairOutcome outcome, PairTermWords words) {
    }

    @ProcessElement
    public void process(@Element PairRow row, MultiOutputReceiver out) throws IOException {
        Path dir = Files.createTempDirectory(scratch, "pair");
        Future<Checked> future = worker.submit(() -> check(row, dir));
        try {
            Checked c = future.get(settings.timeLimitSeconds(), TimeUnit.SECONDS);
            out.get(CHECKED).output(c.outcome());
            if (c.words() != null) {
                out.get(WORDS).output(KV.of(c.outcome().langPair() + (row.group() == null ? "" : " " + row.group()),
                        c.words()));
            }
        } catch (TimeoutException e) {
            future.cancel(true);
            out.get(PROBLEMS).output(new PairProblem(row.id(), row.where(), "not checked: took more than "
                    + settings.timeLimitSeconds() + " s (--pairTimeLimitSeconds)"));
        } catch (ExecutionException e) {
            out.get(PROBLEMS).output(new PairProblem(row.id(), row.where(), message(e.getCause())));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            delete(dir);
        }
    }

    private Checked check(PairRow row, Path dir) throws Exception {
        Path source = LocalCopy.of(row.source(), row.sourceText(), "source", dir);
        Path target = LocalCopy.of(row.target(), row.targetText(), "target", dir);
        PairOptions options = new PairOptions(row.sourceLang() != null ? row.sourceLang() : settings.sourceLang(),
                row.targetLang() != null ? row.targetLang() : settings.targetLang(), false);
        String sourceLocation = location(row.source(), row.id(), "source_text");
        String targetLocation = location(row.target(), row.id(), "target_text");
        PairResult result;
        try {
            result = run.check(source, target, options, checks);
        } catch (InputException e) {
            // the documents named as the manifest names them, not by their local copies
            throw new LocalCopy.Unreadable(e.getMessage().replace(source.toString(), sourceLocation)
                    .replace(target.toString(), targetLocation), e);
        }
        PairOutcome outcome = PairOutcome.of(row.id(), sourceLocation, targetLocation, result);
        boolean parallel = result.findings().stream().noneMatch(f -> f.check().equals(NotParallelCheck.ID));
        if (!settings.judgesTermDriftAcrossPairs() || !parallel) {
            return new Checked(outcome, null);
        }
        PairWords words = TermInference.words(checks.contextOf(result, Severity.ERROR));
        return new Checked(outcome, new PairTermWords(row.id(), new PairWords(row.id(), words.links())));
    }

    private static String location(String location, String id, String field) {
        return location != null ? location : id + " (" + field + ")";
    }

    /** A failure's one line. */
    private static String message(Throwable cause) {
        return cause instanceof LocalCopy.Unreadable ? cause.getMessage() : "internal error: " + cause;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a scratch file left behind is no reason to fail a pair
        }
    }
}
