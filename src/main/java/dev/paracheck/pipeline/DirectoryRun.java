package dev.paracheck.pipeline;

import dev.paracheck.check.Checks;
import dev.paracheck.internal.InputException;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Problem;
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
 */
public record DirectoryRun(List<Checked> pairs, List<Problem> problems) {
    /** Told after each pair how many of how many pairs are done. */
    @FunctionalInterface
    public interface Progress {
        void done(int done, int total);
    }

    /** A checked pair and its path relative to the source directory. */
    public record Checked(java.nio.file.Path relative, PairResult result) {
    }

    public static DirectoryRun check(java.nio.file.Path sourceDir, java.nio.file.Path targetDir, PairOptions options,
                                     Checks checks, int threads, Progress progress) {
        List<PairFinder.Candidate> candidates = PairFinder.find(sourceDir, targetDir);
        List<Problem> problems = new ArrayList<>();
        List<PairFinder.Candidate> complete = new ArrayList<>();
        for (PairFinder.Candidate c : candidates) {
            if (c.target() == null) {
                problems.add(new Problem(c.source(), c.source() + ": no counterpart in " + targetDir));
            } else if (c.source() == null) {
                problems.add(new Problem(c.target(), c.target() + ": no counterpart in " + sourceDir));
            } else {
                complete.add(c);
            }
        }
        ConsistencyRun run = new ConsistencyRun();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        AtomicInteger done = new AtomicInteger();
        List<Future<PairResult>> futures = new ArrayList<>();
        try {
            for (PairFinder.Candidate c : complete) {
                futures.add(pool.submit(() -> {
                    try {
                        return run.check(c.source(), c.target(), options, checks);
                    } finally {
                        progress.done(done.incrementAndGet(), complete.size());
                    }
                }));
            }
            List<Checked> results = new ArrayList<>();
            for (int i = 0; i < complete.size(); i++) {
                try {
                    results.add(new Checked(complete.get(i).relative(), futures.get(i).get()));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    String message = cause instanceof InputException ? cause.getMessage()
                            : complete.get(i).source() + ": internal error: " + cause;
                    problems.add(new Problem(complete.get(i).source(), message));
                }
            }
            return new DirectoryRun(results, problems);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted");
        } finally {
            pool.shutdownNow();
        }
    }
}
