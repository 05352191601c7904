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
import java.util.List;
import java.util.Map;

/**
 * Writes reports so that nothing is ever half-written: every report is rendered in memory first, then written to
 * a temporary file in the output directory and moved over the old one. If rendering or writing fails, the old
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
        Path top = root.toAbsolutePath().normalize();
        for (Path target : rendered.keySet()) {
            if (!target.toAbsolutePath().normalize().startsWith(top)) {
                throw InputException.about(target, "refusing to write outside the output directory " + root);
            }
        }
        prepare(root);
        for (Path target : rendered.keySet()) {
            prepare(target.getParent());
        }
        List<Path> temps = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> e : rendered.entrySet()) {
                Path tmp = temporaryFile(e.getKey());
                temps.add(tmp);
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    w.write(e.getValue());
                }
            }
            int k = 0;
            for (Path target : rendered.keySet()) {
                move(temps.get(k++), target);
            }
        } catch (IOException e) {
            throw InputException.about(root, "cannot write reports: " + e.getMessage(), e);
        } finally {
            for (Path tmp : temps) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named .tmp
                }
            }
        }
        return List.copyOf(rendered.keySet());
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
