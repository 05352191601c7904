package dev.paracheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a user waits for: each command in a fresh JVM through {@code bin/paracheck}, beside a reference measured in
 * the same run, the two alternating so that a change of load hits both. Wall-clock medians of {@code --runs}
 * (default 3); the load average before and after.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp "target/classes:target/test-classes:target/lib/*" dev.paracheck.bench.StartupBenchmark ../shared/corpora
 * </pre>
 *
 * {@code --runs N} times each figure N times; {@code --launcher PATH} measures another build's launcher (its
 * {@code bin/paracheck}) against the same references, for a before/after table.
 *
 * <ul>
 * <li>the seed pair, {@code check --no-grammar}, against a JVM that starts paracheck and prints its version;</li>
 * <li>the seed pair, {@code check} with grammar, against {@link LanguageToolAlone} (LanguageTool creating its
 *     German checker and checking the German text paragraph by paragraph, in a fresh JVM);</li>
 * <li>the grammar check alone on 50 KB of German (Tom Sawyer, target-only mode), against {@link LanguageToolAlone}
 *     on the same text;</li>
 * <li>{@code align --segmented} of 1,000 and 100,000 sentence pairs (Tom Sawyer lines of the OPUS books set,
 *     repeated), {@code -Xmx1g};</li>
 * <li>{@code check --no-grammar} of documents of 100,000 such lines a side, five lines a paragraph.</li>
 * </ul>
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpora = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/corpora");
        int runs = 3;
        String launcher = Path.of("bin/paracheck").toAbsolutePath().toString();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[i + 1]);
            } else if (args[i].equals("--launcher")) {
                launcher = Path.of(args[i + 1]).toAbsolutePath().toString(); // another build's, for before/after
            }
        }
        Path out = Files.createTempDirectory("paracheck-startup");
        String classpath = "target/classes:target/test-classes:target/lib/*";
        System.out.printf(Locale.ROOT, "load average before: %s%n", load());
        List<String> pair = List.of("samples/article.en.txt", "samples/article.de.txt");

        row("seed pair, check --no-grammar", runs,
                cmd(launcher, "check", pair.get(0), pair.get(1), "--no-grammar", "--format", "json", "--output-dir",
                        out.toString()),
                "paracheck --version", cmd(launcher, "--version"));
        row("seed pair, check with grammar", runs,
                cmd(launcher, "check", pair.get(0), pair.get(1), "--format", "json", "--output-dir", out.toString()),
                "LanguageTool alone", cmd("java", "-Xmx1g", "-cp", classpath,
                        LanguageToolAlone.class.getName(), pair.get(1)));
        Path books = corpora.resolve("opus-books-deen-crocoalign/plain");
        if (Files.isDirectory(books)) {
            Path german = fiftyKilobytes(books.resolve("test.de"), out.resolve("50k.de.txt"));
            row("grammar alone, 50 KB German", runs,
                    cmd(launcher, "check", german.toString(), "--target-lang", "de", "--checks", "grammar",
                            "--format", "json", "--output-dir", out.toString()),
                    "LanguageTool alone", cmd("java", "-Xmx1g", "-cp", classpath,
                            LanguageToolAlone.class.getName(), german.toString()));
            for (int n : new int[] {1_000, 100_000}) {
                Path s = repeated(books.resolve("test.en"), n, out.resolve(n + ".en"));
                Path t = repeated(books.resolve("test.de"), n, out.resolve(n + ".de"));
                row("align --segmented, " + n + " pairs", n > 1_000 ? 1 : runs,
                        cmd(launcher, "align", s.toString(), t.toString(), "--segmented", "--source-lang", "en",
                                "--target-lang", "de", "--format", "ladder", "--output-dir", out.toString()),
                        "paracheck --version", cmd(launcher, "--version"));
            }
            Path source = paragraphs(books.resolve("test.en"), 100_000, out.resolve("100k.en.txt"));
            Path target = paragraphs(books.resolve("test.de"), 100_000, out.resolve("100k.de.txt"));
            row("check --no-grammar, 100,000 lines", 1,
                    cmd(launcher, "check", source.toString(), target.toString(), "--no-grammar", "--format", "json",
                            "--output-dir", out.toString()),
                    "paracheck --version", cmd(launcher, "--version"));
        }
        System.out.printf(Locale.ROOT, "load average after: %s%n", load());
    }

    private static List<String> cmd(String... words) {
        return Arrays.asList(words);
    }

    /** Times {@code command} and {@code reference} alternately, {@code runs} times each; prints both medians. */
    private static void row(String name, int runs, List<String> command, String referenceName, List<String> reference)
            throws IOException, InterruptedException {
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            a.add(wall(command));
            b.add(wall(reference));
        }
        double ma = median(a);
        double mb = median(b);
        System.out.printf(Locale.ROOT, "%-36s %7.2f s   %-22s %7.2f s   ratio %5.2f%n", name, ma, referenceName, mb,
                ma / mb);
    }

    private static double wall(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        if (code > 1) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
        }
        return s;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }

    /** About 50 KB of {@code file}'s lines, five to a line (one paragraph each, as both tools read it). */
    private static Path fiftyKilobytes(Path file, Path to) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 5 <= lines.size() && text.length() < 50_000; i += 5) {
            text.append(String.join(" ", lines.subList(i, i + 5))).append('\n');
        }
        return Files.writeString(to, text, StandardCharsets.UTF_8);
    }

    /**
     * {@code n} lines of {@code file}, over and over, five to a paragraph (a blank line between): documents of
     * about {@code n} sentences (a line of the book's sentence-aligned set is mostly one sentence).
     */
    private static Path paragraphs(Path file, int n, Path to) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i += 5) {
            for (int j = i; j < i + 5 && j < n; j++) {
                text.append(j > i ? " " : "").append(lines.get(j % lines.size()));
            }
            text.append("\n\n");
        }
        return Files.writeString(to, text, StandardCharsets.UTF_8);
    }

    /** {@code n} lines: the lines of {@code file} over and over. */
    private static Path repeated(Path file, int n, Path to) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(lines.get(i % lines.size()));
        }
        return Files.write(to, out, StandardCharsets.UTF_8);
    }

    private static String load() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).strip() : "unknown";
    }
}
