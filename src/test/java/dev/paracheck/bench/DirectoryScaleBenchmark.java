package dev.paracheck.bench;

import dev.paracheck.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Directory mode as a user runs it, at 10, 100 and 1,000 page pairs: {@code paracheck check SRC_DIR TGT_DIR}
 * (default formats: console, HTML, JSON) in a fresh process through {@code bin/paracheck}, with and without
 * {@code --no-grammar}. Measures the wall time, pairs per minute, the peak resident set of the process, the largest
 * heap occupancy after a collection ({@code -Xlog:gc}; what G1 had not yet freed included), its CPU time (user +
 * system) and that over the wall time (2.0 is both cores of the development machine busy all the time), and the
 * mean number of its threads running or ready to run, sampled every 100 ms: what it asks of the cores, whatever
 * other processes on a shared machine take of them.
 *
 * <p>The pairs are the 57 real documentation pages of {@code ../shared/corpora} (38 ruby-lang.org and 19 CNCF
 * glossary EN/DE Markdown pages, 540 B – 15 KB of English), in a fixed shuffled order and cycled under distinct
 * folders ({@code c0/…}, {@code c1/…}) in a temporary directory, so that any number of pairs exists with the same
 * mix of sizes. The rate at 10 pairs is the reference of each mode's rows (the fixed costs — a JVM and
 * LanguageTool starting — weigh most there); the marginal rate, pairs per minute from the previous size to this
 * one, is what stays flat when nothing grows with the number of pairs.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp "target/classes:target/test-classes:target/lib/*" dev.paracheck.bench.DirectoryScaleBenchmark ../shared/corpora
 * </pre>
 *
 * Options: {@code --sizes 10,100,1000} (pairs, without grammar), {@code --grammar-sizes 10,100} (with grammar; the
 * grammar check takes about a minute a hundred pairs on two cores, so 1,000 pairs is left out unless asked for;
 * {@code none} for no row),
 * {@code --runs N} (each figure N times, the median; default 1), {@code --launcher PATH} (another build's
 * {@code bin/paracheck}, measured alternately with this one's, for a before/after table), {@code --timeout S} (a
 * run longer than S seconds is stopped and reported as such; default 1,800), {@code --keep} (keep the trees and
 * the reports of the last run of each row, printing where).
 *
 * <p>Peak RSS and CPU come from {@code /usr/bin/time} (GNU time: the kernel's resource usage of the finished
 * process) when present, else from polling {@code /proc/PID/status} ({@code VmHWM}) and {@code /proc/PID/stat}
 * while it runs.
 */
public final class DirectoryScaleBenchmark {
    private static final Path TIME = Path.of("/usr/bin/time");

    private DirectoryScaleBenchmark() {
    }

    /**
     * One measured run: wall and CPU seconds, peak resident set and peak heap after a collection (KB, MB), the mean
     * number of its threads running or ready to run, the exit code (-1: stopped at the time limit) and the load
     * average when it ended.
     */
    private record Run(double wall, double cpu, long peakKb, double heapMb, double runnable, int exit, String load) {
    }

    public static void main(String[] args) throws Exception {
        Path corpora = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/corpora");
        int[] sizes = {10, 100, 1_000};
        int[] grammarSizes = {10, 100};
        int runs = 1;
        long timeout = 1_800;
        boolean keep = false;
        List<String> launchers = new ArrayList<>(List.of(Path.of("bin/paracheck").toAbsolutePath().toString()));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = ints(args[++i]);
                case "--grammar-sizes" -> grammarSizes = ints(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--timeout" -> timeout = Long.parseLong(args[++i]);
                case "--launcher" -> launchers.add(Path.of(args[++i]).toAbsolutePath().toString());
                case "--keep" -> keep = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i]);
                    }
                }
            }
        }
        List<Page> pages = pages(corpora);
        Path root = Files.createTempDirectory("paracheck-dirscale");
        System.out.printf(Locale.ROOT, "%d distinct page pairs, %d cores, measured with %s%n", pages.size(),
                Runtime.getRuntime().availableProcessors(), Files.isExecutable(TIME) ? TIME : "/proc polling");
        System.out.printf(Locale.ROOT, "load average before: %s%n", load());
        System.out.printf(Locale.ROOT, "%-8s %6s %-10s %9s %9s %7s %9s %8s %8s %7s %6s %9s  %s%n", "mode",
                "pairs", "build", "wall s", "pairs/min", "vs 10", "marginal", "RSS MB", "heap MB", "CPU s", "CPU",
                "runnable", "load average after");
        try {
            // unmeasured: the first check after a build writes the launcher's class-data archive
            Path warm = root.resolve("warm-up");
            make(pages, 2, warm);
            for (String launcher : launchers) {
                run(List.of(launcher, "check", warm.resolve("en").toString(), warm.resolve("de").toString(),
                        "--no-grammar", "--output-dir", warm.resolve("out").toString()), timeout, root);
            }
            for (boolean grammar : new boolean[] {false, true}) {
                int[] modeSizes = grammar ? grammarSizes : sizes;
                double[] referenceRate = new double[launchers.size()];
                double[] previousWall = new double[launchers.size()];
                int previousPairs = 0;
                for (int n : modeSizes) {
                    Path tree = root.resolve("n" + n);
                    if (!Files.isDirectory(tree)) {
                        make(pages, n, tree);
                    }
                    List<List<Run>> measured = new ArrayList<>();
                    launchers.forEach(l -> measured.add(new ArrayList<>()));
                    for (int r = 0; r < runs; r++) {
                        for (int l = 0; l < launchers.size(); l++) {
                            Path out = root.resolve("out-" + (grammar ? "g" : "ng") + n + "-" + l);
                            if (Files.exists(out)) {
                                TestFiles.deleteTree(out);
                            }
                            List<String> command = new ArrayList<>(List.of(launchers.get(l), "check",
                                    tree.resolve("en").toString(), tree.resolve("de").toString(), "--output-dir",
                                    out.toString(), "--fail-on", "never"));
                            if (!grammar) {
                                command.add("--no-grammar");
                            }
                            Run one = run(command, timeout, root);
                            measured.get(l).add(one);
                            if (runs > 1) {
                                System.out.printf(Locale.ROOT, "  run %d, %s: %.2f s, CPU %.1f s, load %s%n", r + 1,
                                        l == 0 ? "this" : "launcher" + l, one.wall(), one.cpu(), one.load());
                            }
                            if (!keep) {
                                TestFiles.deleteTree(out);
                            }
                        }
                    }
                    for (int l = 0; l < launchers.size(); l++) {
                        Run m = median(measured.get(l));
                        double rate = n * 60 / m.wall();
                        if (referenceRate[l] == 0) {
                            referenceRate[l] = rate;
                        }
                        String marginal = previousPairs == 0 ? "" : String.format(Locale.ROOT, "%.0f",
                                (n - previousPairs) * 60 / (m.wall() - previousWall[l]));
                        previousWall[l] = m.wall();
                        System.out.printf(Locale.ROOT,
                                "%-8s %6d %-10s %9.2f %9.0f %7.2f %9s %8.0f %8.0f %7.1f %6.2f %9.2f  %s%s%n",
                                grammar ? "grammar" : "none", n, l == 0 ? "this" : "launcher" + l, m.wall(), rate,
                                rate / referenceRate[l], marginal, m.peakKb() / 1024.0, m.heapMb(), m.cpu(),
                                m.cpu() / m.wall(), m.runnable(), m.load(), m.exit() == 0 ? ""
                                        : m.exit() < 0 ? "  (stopped at the time limit)" : "  (exit " + m.exit() + ")");
                    }
                    previousPairs = n;
                }
            }
        } finally {
            if (keep) {
                System.out.println("trees and reports kept in " + root);
            } else {
                TestFiles.deleteTree(root);
            }
        }
        System.out.printf(Locale.ROOT, "load average after: %s%n", load());
    }

    /** A page pair: its two files and the path under which the trees hold it. */
    private record Page(Path en, Path de, String relative) {
    }

    /** The ruby-lang.org and CNCF glossary page pairs, in a fixed shuffled order (sizes mixed from the start). */
    private static List<Page> pages(Path corpora) throws IOException {
        List<Page> out = new ArrayList<>();
        for (String set : List.of("rubylang-docs-ende", "cncf-glossary-ende")) {
            Path en = corpora.resolve(set).resolve("en");
            Path de = corpora.resolve(set).resolve("de");
            try (Stream<Path> files = Files.walk(en)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String rel = en.relativize(f).toString();
                    if (Files.isRegularFile(de.resolve(rel))) {
                        out.add(new Page(f, de.resolve(rel), set.substring(0, set.indexOf('-')) + "/" + rel));
                    }
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no page pairs under " + corpora);
        }
        Collections.shuffle(out, new Random(1));
        return out;
    }

    /** {@code n} pairs: the pages over and over, the k-th round under {@code ck/}, in {@code tree/en}, {@code tree/de}. */
    private static void make(List<Page> pages, int n, Path tree) throws IOException {
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            Page p = pages.get(i % pages.size());
            String rel = "c" + (i / pages.size()) + "/" + p.relative();
            Path en = tree.resolve("en").resolve(rel);
            Path de = tree.resolve("de").resolve(rel);
            Files.createDirectories(en.getParent());
            Files.createDirectories(de.getParent());
            Files.copy(p.en(), en);
            Files.copy(p.de(), de);
            bytes += Files.size(en);
        }
        System.out.printf(Locale.ROOT, "tree of %d pairs: %.1f KB of English a pair on average%n", n,
                bytes / 1024.0 / n);
    }

    /**
     * Runs {@code command}, its output discarded, measuring it; stops it after {@code timeout} seconds. The JVM logs
     * its collections to a file in {@code work} ({@code PARACHECK_JAVA_OPTS}, which {@code bin/paracheck} adds).
     */
    private static Run run(List<String> command, long timeout, Path work) throws IOException,
            InterruptedException {
        Path timeFile = work.resolve("time.txt");
        Path gcLog = work.resolve("gc.log");
        Files.deleteIfExists(gcLog);
        boolean gnuTime = Files.isExecutable(TIME);
        List<String> full = new ArrayList<>();
        if (gnuTime) {
            Files.deleteIfExists(timeFile);
            full.addAll(List.of(TIME.toString(), "-f", "%e %U %S %M", "-o", timeFile.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        // added to the options the caller may have given the launcher
        builder.environment().merge("PARACHECK_JAVA_OPTS", "-Xlog:gc:file=" + gcLog, (a, b) -> a + " " + b);
        long t0 = System.nanoTime();
        Process p = builder.start();
        long peakKb = 0;
        double cpu = 0;
        long runnable = 0;
        long samples = 0;
        long deadline = t0 + TimeUnit.SECONDS.toNanos(timeout);
        boolean stopped = false;
        while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
            // bin/paracheck execs java: the JVM is the process started, or GNU time's child
            long jvm = gnuTime ? p.children().findFirst().map(ProcessHandle::pid).orElse(-1L) : p.pid();
            if (jvm > 0) {
                runnable += runnableThreads(jvm);
                samples++;
                if (!gnuTime) {
                    peakKb = Math.max(peakKb, hwm(jvm));
                    cpu = Math.max(cpu, cpuSeconds(jvm));
                }
            }
            if (System.nanoTime() > deadline) {
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
                p.waitFor();
                stopped = true;
                break;
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        int exit = stopped ? -1 : p.exitValue();
        if (gnuTime && Files.exists(timeFile)) {
            // GNU time writes "Command exited with non-zero status N" first when it did
            List<String> lines = Files.readAllLines(timeFile);
            String[] f = lines.get(lines.size() - 1).trim().split(" ");
            wall = Double.parseDouble(f[0]);
            cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
            peakKb = Long.parseLong(f[3]);
        }
        if (exit > 1) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
        return new Run(wall, cpu, peakKb, heapAfterCollections(gcLog), samples == 0 ? 0 : (double) runnable / samples,
                exit, load());
    }

    /**
     * The threads of a process running or ready to run (state R in {@code /proc/PID/task/TID/stat}): what it asks
     * of the cores, whatever other processes take of them. 2.0 on average is both cores' worth of work.
     */
    private static int runnableThreads(long pid) {
        int n = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    if (stat.charAt(stat.lastIndexOf(')') + 2) == 'R') {
                        n++;
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread has just ended
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just ended
        }
        return n;
    }

    /** The largest heap occupancy after a collection in a {@code -Xlog:gc} file ({@code 512M->230M(1024M)}), in MB. */
    private static double heapAfterCollections(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return 0;
        }
        double max = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("->(\\d+)([KMG])\\(")
                .matcher(Files.readString(gcLog));
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            max = Math.max(max, m.group(2).equals("K") ? v / 1024 : m.group(2).equals("G") ? v * 1024 : v);
        }
        return max;
    }

    private static long hwm(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just ended
        }
        return 0;
    }

    /** User and system time of a running process, from {@code /proc/PID/stat} (clock ticks of 1/100 s). */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime and stime, fields 14 and 15
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The run of median wall time. */
    private static Run median(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> Double.compare(a.wall(), b.wall()));
        return sorted.get(sorted.size() / 2);
    }

    private static int[] ints(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty() && !s.equals("none"))
                .mapToInt(Integer::parseInt).toArray();
    }

    private static String load() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.exists(loadavg)) {
            return "unknown";
        }
        String[] f = Files.readString(loadavg).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }
}
