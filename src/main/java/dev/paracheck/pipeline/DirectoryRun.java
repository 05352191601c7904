package dev.paracheck.pipeline;

import dev.paracheck.check.CheckContext;
import dev.paracheck.check.Checks;
import dev.paracheck.check.UntranslatedText;
import dev.paracheck.check.structure.NotParallelCheck;
import dev.paracheck.internal.InputException;
import dev.paracheck.internal.StageTimes;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Severity;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Directory mode: checks every pair {@link PairFinder} finds, in parallel (one worker a core). A pair that
 * cannot be read becomes a {@link Problem} and the others still complete; a file without counterpart is a
 * problem too.
 *
 * @param pairs the pair results, in the order of their relative paths, each with its relative path
 * @param problems what could not be checked
 * @param notes    what was checked otherwise than asked, sorted: pages git history has no before-version for
 */
public record DirectoryRun(List<Checked> pairs, List<Problem> problems, List<String> notes) {
    public DirectoryRun {
        pairs = List.copyOf(pairs);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** Told after each pair how many of how many pairs are done. */
    @FunctionalInterface
    public interface Progress {
        void done(int done, int total);
    }

    /** A checked pair and its path relative to the source directory. */
    public record Checked(Path relative, PairResult result) {
    }

    /**
     * Adds the findings of the checks that look at all pairs together (term drift across documents); pairs found
     * not parallel take no part, as they take no part in the per-pair content checks.
     */
    private static List<Checked> withCorpusChecks(List<Checked> results, Checks checks, StageTimes times) {
        List<Integer> parallel = new ArrayList<>();
        List<CheckContext> contexts = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            PairResult r = results.get(i).result();
            if (r.findings().stream().noneMatch(f -> f.check().equals(NotParallelCheck.ID))) {
                parallel.add(i);
                contexts.add(new CheckContext(r.source(), r.target(), r.alignment(), Severity.ERROR));
            }
        }
        List<List<Finding>> found = times.time("corpus checks", () -> checks.runCorpus(contexts));
        List<Checked> out = new ArrayList<>(results);
        for (int k = 0; k < parallel.size(); k++) {
            if (found.get(k).isEmpty()) {
                continue;
            }
            Checked c = out.get(parallel.get(k));
            List<Finding> all = new ArrayList<>(c.result().findings());
            all.addAll(found.get(k));
            out.set(parallel.get(k), new Checked(c.relative(), new PairResult(c.result().source(),
                    c.result().target(), c.result().alignment(), UntranslatedText.withoutShadowed(all),
                    c.result().staleness())));
        }
        return out;
    }

    public static DirectoryRun check(Path sourceDir, Path targetDir, PairOptions options,
                                     Checks checks, int threads, Progress progress) {
        return check(sourceDir, targetDir, options, checks, threads, progress, StageTimes.OFF);
    }

    /** As above, adding each stage's time, summed over the pairs, to {@code times}. */
    public static DirectoryRun check(Path sourceDir, Path targetDir, PairOptions options,
                                     Checks checks, int threads, Progress progress, StageTimes times) {
        return check(sourceDir, targetDir, null, options, checks, threads, progress, times);
    }

    /**
     * As above, with the source before ({@code before}, or null for none): each pair's file at its relative path
     * in that tree, or its own git history; a note for each pair git history has none for.
     */
    public static DirectoryRun check(Path sourceDir, Path targetDir, SourceBefore before,
                                     PairOptions options, Checks checks, int threads, Progress progress,
                                     StageTimes times) {
        List<PairFinder.Candidate> candidates = PairFinder.find(sourceDir, targetDir);
        List<Problem> problems = new ArrayList<>();
        List<PairFinder.Candidate> complete = new ArrayList<>();
        for (PairFinder.Candidate c : candidates) {
            if (c.target() == null) {
                problems.add(new Problem(c.source(), "source " + slashed(c.relative()) + ": no counterpart in "
                        + targetDir));
            } else if (c.source() == null) {
                problems.add(new Problem(c.target(), "target " + slashed(c.relative()) + ": no counterpart in "
                        + sourceDir));
            } else {
                complete.add(c);
            }
        }
        ConsistencyRun run = new ConsistencyRun(times);
        Checks perPair = threads > 1 ? checks.forPagesPairedByPath().oneCheckAtATime() : checks.forPagesPairedByPath();
        List<String> notes = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Checked> results = runAll(complete, c -> {
            Path targetRelative = targetDir.relativize(c.target());
            if (before == null) {
                return run.check(c.source(), c.target(), options, perPair).withRelative(c.relative(), targetRelative);
            }
            ConsistencyRun.StaleChecked checked = run.check(c.source(), c.target(), before.forPage(c.relative()),
                    options, perPair);
            if (checked.withoutBefore() != null) {
                notes.add(c.target() + ": " + checked.withoutBefore());
            }
            return checked.result().withRelative(c.relative(), targetRelative);
        }, sourceDir, targetDir, threads, progress, problems);
        List<String> sortedNotes = new ArrayList<>(notes);
        sortedNotes.sort(null);
        return new DirectoryRun(withCorpusChecks(results, checks, times), problems, sortedNotes);
    }

    /**
     * A tree of translations whose sources are not at hand: every file under {@code targetDir} (hidden files and
     * symbolic links aside) checked alone ({@link ConsistencyRun#checkTarget}).
     */
    public static DirectoryRun checkTargets(Path targetDir, PairOptions options, Checks checks,
                                            int threads, Progress progress, StageTimes times) {
        ConsistencyRun run = new ConsistencyRun(times);
        List<Problem> problems = new ArrayList<>();
        List<Checked> results = runAll(PairFinder.targets(targetDir), c -> run.checkTarget(c.target(), options,
                checks).withRelative(null, c.relative()), null, targetDir, threads, progress, problems);
        return new DirectoryRun(results, problems, List.of());
    }

    /**
     * Checks every candidate with {@code check}, {@code threads} at once; the results in the candidates' order,
     * each candidate that fails added to {@code problems} instead, its files named relative to {@code sourceDir}
     * (null for none) and {@code targetDir}.
     */
    private static List<Checked> runAll(List<PairFinder.Candidate> candidates,
                                        java.util.function.Function<PairFinder.Candidate, PairResult> check,
                                        Path sourceDir, Path targetDir, int threads, Progress progress,
                                        List<Problem> problems) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        AtomicInteger done = new AtomicInteger();
        List<Future<PairResult>> futures = new ArrayList<>();
        try {
            for (PairFinder.Candidate c : candidates) {
                futures.add(pool.submit(() -> {
                    try {
                        return check.apply(c);
                    } finally {
                        progress.done(done.incrementAndGet(), candidates.size());
                    }
                }));
            }
            List<Checked> results = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                PairFinder.Candidate c = candidates.get(i);
                Path file = c.source() != null ? c.source() : c.target();
                try {
                    results.add(new Checked(c.relative(), futures.get(i).get()));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    String message = cause instanceof InputException ? cause.getMessage()
                            : file + ": internal error: " + cause;
                    problems.add(new Problem(file, relativeIn(message, c, sourceDir, targetDir)));
                }
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A problem's message ({@code FILE: PROBLEM}, {@link InputException#about}) naming the candidate's file by its
     * path relative to the directory given, as the reports of the tree do, after {@code source} or {@code target}
     * when there are two directories ({@code source guide/index.md: file is empty}); a message about another file
     * unchanged.
     */
    private static String relativeIn(String message, PairFinder.Candidate c, Path sourceDir, Path targetDir) {
        if (c.source() != null && sourceDir != null && message.startsWith(c.source() + ": ")) {
            return "source " + slashed(sourceDir.relativize(c.source()))
                    + message.substring(c.source().toString().length());
        }
        if (c.target() != null && message.startsWith(c.target() + ": ")) {
            return (sourceDir != null ? "target " : "") + slashed(targetDir.relativize(c.target()))
                    + message.substring(c.target().toString().length());
        }
        return message;
    }

    /** A relative path with {@code /} between its names, as the reports write it. */
    private static String slashed(Path relative) {
        StringBuilder sb = new StringBuilder();
        for (Path name : relative) {
            sb.append(sb.length() > 0 ? "/" : "").append(name);
        }
        return sb.toString();
    }
}
