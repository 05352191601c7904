package dev.paracheck.beam;

import dev.paracheck.check.Checks;
import dev.paracheck.check.terminology.PairWords;
import dev.paracheck.check.terminology.TermDriftCheck;
import dev.paracheck.check.terminology.TermInference;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Severity;
import dev.paracheck.pipeline.ConsistencyRun;
import dev.paracheck.pipeline.DirectoryRun;
import dev.paracheck.pipeline.PairFinder;
import dev.paracheck.pipeline.PairOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The pipeline on the DirectRunner against directory mode, on the same pairs of {@code ../shared/corpora}: the 200
 * WMT24 + FLORES-200 pairs of the root's DirectoryBenchmark (170 WMT24 EN–DE documents, reference A, and 30 FLORES
 * articles, one paragraph a line) and the ruby-lang.org and CNCF glossary docs trees. Without grammar, EN→DE given.
 * Each set: one warm-up of each, then {@code ROUNDS} rounds of directory mode and pipeline one after the other;
 * the ratio of each round is reported (the machine is shared: ratios of one round, not times, compare). Also the
 * peak heap while each runs, the CPU time a pair costs, and the encoded size of what a pair sends through the
 * shuffles — the inputs of the capacity plan in docs/beam.md.
 *
 * <pre>
 * mvn -B -q -f beam/pom.xml test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp "beam/target/classes:beam/target/test-classes:$(cat beam/target/cp.txt)" \
 *     dev.paracheck.beam.BeamBenchmark ../shared/corpora [ROUNDS [SET]]
 * </pre>
 */
public final class BeamBenchmark {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private BeamBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("paracheck-beambench");
        try {
            System.out.printf(Locale.ROOT, "%d cores, max heap %d MB, %d rounds%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, rounds);
            Path wmt = work.resolve("wmt-flores");
            makeWmtFlores(corpora, wmt);
            Map<String, Path[]> sets = new LinkedHashMap<>();
            sets.put("WMT24 + FLORES-200", new Path[] {wmt.resolve("en"), wmt.resolve("de")});
            sets.put("ruby-lang.org docs", new Path[] {corpora.resolve("rubylang-docs-ende/en"),
                corpora.resolve("rubylang-docs-ende/de")});
            sets.put("CNCF glossary docs", new Path[] {corpora.resolve("cncf-glossary-ende/en"),
                corpora.resolve("cncf-glossary-ende/de")});
            String only = args.length > 2 ? args[2] : "";
            for (Map.Entry<String, Path[]> set : sets.entrySet()) {
                if (!set.getKey().toLowerCase(Locale.ROOT).startsWith(only)) {
                    continue;
                }
                measure(set.getKey(), set.getValue()[0], set.getValue()[1], work, rounds);
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void measure(String name, Path en, Path de, Path work, int rounds) throws Exception {
        List<PairFinder.Candidate> pairs = PairFinder.find(en, de).stream()
                .filter(c -> c.source() != null && c.target() != null).toList();
        List<String> rows = new ArrayList<>();
        for (PairFinder.Candidate c : pairs) {
            rows.add(TestPairs.row(c.relative().toString().replace('\\', '/'), c.source(), c.target()));
        }
        Path manifest = Files.write(work.resolve(name.replaceAll("\\W+", "-") + ".jsonl"), rows,
                StandardCharsets.UTF_8);
        int n = pairs.size();
        System.out.printf(Locale.ROOT, "%n%s: %d pairs%n", name, n);
        System.out.println("| round | directory mode | pipeline (DirectRunner) | pipeline / directory | "
                + "peak heap directory / pipeline | CPU s a pair directory / pipeline |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (int r = 0; r <= rounds; r++) {
            Run dir = timed(() -> DirectoryRun.check(en, de, new PairOptions("en", "de", false),
                    Checks.withoutGrammar(), Runtime.getRuntime().availableProcessors(), (d, t) -> { }));
            Path out = work.resolve("out-" + r);
            // without the DirectRunner's checks that every element survives encoding unchanged, which cost a run
            // as much again and which no cluster runner makes
            Run beam = timed(() -> TestPairs.beam("--manifest=" + manifest, "--output=" + out, "--noGrammar",
                    "--sourceLang=en", "--targetLang=de", "--enforceImmutability=false",
                    "--enforceEncodability=false"));
            System.out.printf(Locale.ROOT, "| %s | %.2f s | %.2f s | %.2f× | %d / %d MB | %.4f / %.4f |%n",
                    r == 0 ? "warm-up" : String.valueOf(r), dir.seconds, beam.seconds, beam.seconds / dir.seconds,
                    dir.peakHeap >> 20, beam.peakHeap >> 20, dir.cpuSeconds / n, beam.cpuSeconds / n);
        }
        sizes(pairs);
    }

    /** What a pair sends through the shuffles, encoded as the pipeline encodes it; and the corpus step's cost. */
    private static void sizes(List<PairFinder.Candidate> pairs) throws IOException {
        ConsistencyRun run = new ConsistencyRun();
        Checks checks = Checks.withoutGrammar().deferringCorpusChecks();
        long outcomes = 0;
        long words = 0;
        long rows = 0;
        List<PairWords> all = new ArrayList<>();
        long cpu = 0;
        for (PairFinder.Candidate c : pairs) {
            long cpuBefore = OS.getProcessCpuTime();
            PairResult r = run.check(c.source(), c.target(), new PairOptions("en", "de", false), checks);
            String id = c.relative().toString();
            outcomes += size(JsonCoder.of(PairOutcome.class), PairOutcome.of(id, c.source().toString(),
                    c.target().toString(), r));
            PairWords w = TermInference.words(checks.contextOf(r, Severity.ERROR));
            all.add(new PairWords(id, w.links()));
            cpu += OS.getProcessCpuTime() - cpuBefore;
            words += size(JsonCoder.of(PairTermWords.class), new PairTermWords(id, all.get(all.size() - 1)));
            rows += size(JsonCoder.of(PairRow.class), new PairRow("manifest.jsonl", 1, id, c.source().toString(),
                    c.target().toString(), null, null, null, null, null));
        }
        long t0 = System.nanoTime();
        long cpu0 = OS.getProcessCpuTime();
        TermDriftCheck.runOnWords(all, Severity.INFO);
        double corpus = (System.nanoTime() - t0) / 1e9;
        double corpusCpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
        int n = pairs.size();
        System.out.printf(Locale.ROOT, "a pair's own step (check + words), one at a time: %.1f ms CPU a pair%n",
                cpu / 1e6 / n);
        System.out.printf(Locale.ROOT, "encoded a pair: manifest row %d B, checked pair %d B, words %d B; "
                + "term drift across the %d pairs %.2f s (%.1f ms CPU a pair)%n", rows / n, outcomes / n, words / n,
                n, corpus, corpusCpu * 1000 / n);
    }

    private static <T> long size(JsonCoder<T> coder, T value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        coder.encode(value, out);
        return out.size();
    }

    private record Run(double seconds, double cpuSeconds, long peakHeap) {
    }

    private interface Job {
        void run() throws Exception;
    }

    /** Runs {@code job} after a GC, sampling the heap in use every 50 ms. */
    private static Run timed(Job job) throws Exception {
        System.gc();
        AtomicLong peak = new AtomicLong(MEMORY.getHeapMemoryUsage().getUsed());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long cpu0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        try {
            job.run();
        } finally {
            sampler.interrupt();
        }
        return new Run((System.nanoTime() - t0) / 1e9, (OS.getProcessCpuTime() - cpu0) / 1e9, peak.get());
    }

    /** The root DirectoryBenchmark's 200 pairs: the WMT24 documents, then FLORES articles up to 200. */
    private static void makeWmtFlores(Path corpora, Path root) throws IOException {
        Files.createDirectories(root.resolve("en"));
        Files.createDirectories(root.resolve("de"));
        Path wmt = corpora.resolve("wmt24-general-ende");
        List<String> docs = Files.readAllLines(wmt.resolve("en-de.docs"), StandardCharsets.UTF_8);
        List<String> en = Files.readAllLines(wmt.resolve("en-de.src.en"), StandardCharsets.UTF_8);
        List<String> de = Files.readAllLines(wmt.resolve("en-de.refA.de"), StandardCharsets.UTF_8);
        int n = 0;
        for (List<Integer> lines : groups(docs, 1, 0).values()) {
            write(root, "wmt" + n++, lines, en, de);
        }
        Path flores = corpora.resolve("flores200-devtest-ende");
        List<String> meta = Files.readAllLines(flores.resolve("metadata_devtest.tsv"), StandardCharsets.UTF_8);
        List<String> fen = Files.readAllLines(flores.resolve("eng_Latn.devtest"), StandardCharsets.UTF_8);
        List<String> fde = Files.readAllLines(flores.resolve("deu_Latn.devtest"), StandardCharsets.UTF_8);
        for (List<Integer> lines : groups(meta.subList(1, meta.size()), 0, 0).values()) {
            if (n >= 200) {
                break;
            }
            write(root, "flores" + n++, lines, fen, fde);
        }
    }

    /** Line numbers (plus {@code offset}) by the tab-separated {@code column} of each line, in order. */
    private static Map<String, List<Integer>> groups(List<String> lines, int column, int offset) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            out.computeIfAbsent(lines.get(i).split("\t")[column], k -> new ArrayList<>()).add(i + offset);
        }
        return out;
    }

    private static void write(Path root, String name, List<Integer> lines, List<String> en, List<String> de)
            throws IOException {
        StringBuilder s = new StringBuilder();
        StringBuilder t = new StringBuilder();
        for (int i : lines) {
            s.append(en.get(i)).append('\n');
            t.append(de.get(i)).append('\n');
        }
        Files.writeString(root.resolve("en/" + name + ".en.txt"), s);
        Files.writeString(root.resolve("de/" + name + ".de.txt"), t);
    }
}
