package dev.paracheck.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a piece of work with a time limit. The work runs on a daemon thread of its own; when the limit passes it
 * is interrupted and abandoned (a parser stuck in a malformed document may not stop at once, but it no longer
 * holds the run up, and a daemon thread does not keep the JVM alive). Exceptions and errors of the work are
 * rethrown as they are.
 */
final class TimeLimit {
    /** The limit passed before the work was done. */
    static final class Exceeded extends Exception {
        Exceeded(Duration limit) {
            super("took longer than " + limit);
        }
    }

    private TimeLimit() {
    }

    static <T> T run(Duration limit, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "paracheck-parse");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<T> future = pool.submit(work);
            try {
                return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw new Exceeded(limit);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Error err) {
                    throw err;
                }
                throw (Exception) cause;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                throw new Exceeded(limit);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
