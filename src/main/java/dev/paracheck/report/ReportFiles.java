package dev.paracheck.report;

import dev.paracheck.internal.InputException;
import dev.paracheck.model.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes reports so that nothing is ever half-written: every report is rendered into a temporary file in the
 * output directory first, and all are moved over the old ones at the end. If rendering or writing fails, the old
 * reports stay as they were and the temporary files are removed.
 */
public final class ReportFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReportFiles() {
    }

    /** Renders {@code report} with one reporter. */
    public static String render(Reporter reporter, Report report) {
        StringWriter w = new StringWriter();
        try {
            reporter.write(report, w);
        } catch (IOException e) {
            throw new IllegalStateException("rendering to memory failed", e);
        }
        return w.toString();
    }

    /**
     * Writes {@code report} in every format to {@code dir/baseName.EXT}; returns the files written.
     * The directory is created when missing.
     */
    public static List<Path> write(Report report, List<Reporter> reporters, Path dir, String baseName) {
        Map<Path, String> rendered = new LinkedHashMap<>();
        for (Reporter r : reporters) {
            rendered.put(dir.resolve(baseName + "." + r.extension()), render(r, report));
        }
        return writeAll(rendered, dir);
    }

    /**
     * Writes already rendered files, each under {@code root}: every file goes to a temporary file first and all
     * are moved into place at the end. A path that would leave {@code root} is refused.
     */
    public static List<Path> writeAll(Map<Path, String> rendered, Path root) {
        List<Job> jobs = new ArrayList<>();
        rendered.forEach((target, content) -> jobs.add(new Job(target, out -> out.write(content))));
        return writeAll(jobs, root, 1);
    }

    /** What writes one file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** A file to write: where it goes and what writes it. */
    public record Job(Path target, Content content) {
    }

    /**
     * Writes files under {@code root}, {@code threads} at once, each rendered straight into a temporary file beside
     * its target (no file's content is held in memory), and moves all into place at the end, in the order given;
     * returns their paths in that order. A path that would leave {@code root} is refused before anything is
     * written. If rendering or writing any of them fails, no file is moved, the temporary files are removed and the
     * first failure in the order given is thrown (an {@link InputException} for a failed write).
     */
    public static List<Path> writeAll(List<Job> jobs, Path root, int threads) {
        Path top = root.toAbsolutePath().normalize();
        for (Job job : jobs) {
            if (!job.target().toAbsolutePath().normalize().startsWith(top)) {
                throw InputException.about(job.target(), "refusing to write outside the output directory " + root);
            }
        }
        prepare(root);
        Set<Path> parents = new LinkedHashSet<>();
        jobs.forEach(job -> parents.add(job.target().getParent()));
        parents.forEach(ReportFiles::prepare);
        List<Path> temps = new ArrayList<>(java.util.Collections.nCopies(jobs.size(), null));
        List<Throwable> failures = new ArrayList<>(java.util.Collections.nCopies(jobs.size(), null));
        try {
            if (threads <= 1 || jobs.size() <= 1) {
                for (int i = 0; i < jobs.size(); i++) {
                    temps.set(i, writeTemporary(jobs.get(i)));
                }
            } else {
                ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()));
                try {
                    List<Future<Path>> futures = new ArrayList<>();
                    for (Job job : jobs) {
                        futures.add(pool.submit(() -> writeTemporary(job)));
                    }
                    for (int i = 0; i < futures.size(); i++) {
                        try {
                            temps.set(i, futures.get(i).get());
                        } catch (ExecutionException e) {
                            failures.set(i, e.getCause());
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    pool.shutdownNow();
                    awaitQuietly(pool);
                    throw new InputException("interrupted while writing reports");
                } finally {
                    pool.shutdown();
                }
                for (Throwable t : failures) {
                    if (t instanceof IOException io) {
                        throw io;
                    } else if (t instanceof RuntimeException r) {
                        throw r;
                    } else if (t instanceof Error err) {
                        throw err;
                    } else if (t != null) {
                        throw new IllegalStateException(t);
                    }
                }
            }
            for (int i = 0; i < jobs.size(); i++) {
                move(temps.get(i), jobs.get(i).target());
            }
        } catch (IOException e) {
            throw InputException.about(root, "cannot write reports: " + e.getMessage(), e);
        } finally {
            for (Path tmp : temps) {
                try {
                    if (tmp != null) {
                        Files.deleteIfExists(tmp);
                    }
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named .tmp
                }
            }
        }
        return jobs.stream().map(Job::target).toList();
    }

    /** Renders {@code job} into a new temporary file beside its target; the file is removed again if that fails. */
    private static Path writeTemporary(Job job) throws IOException {
        Path tmp = temporaryFile(job.target());
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            job.content().writeTo(w);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void prepare(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw InputException.about(dir, "--output-dir is a file, not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw InputException.about(dir, "cannot create the output directory: " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw InputException.about(dir, "the output directory is not writable");
        }
    }

    /**
     * A new hidden temporary file beside {@code target}, created with the permissions any new file gets (the
     * umask's: usually rw-r--r--). {@link Files#createTempFile} makes it rw------- on POSIX systems, and the move
     * kept that, so reports were unreadable to the web server or the CI user that publishes them.
     */
    private static Path temporaryFile(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
