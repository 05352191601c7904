package dev.paracheck.bench;

import dev.paracheck.check.Checks;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Severity;
import dev.paracheck.pipeline.DirectoryRun;
import dev.paracheck.pipeline.PairOptions;
import dev.paracheck.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What paracheck reports on professional translations: the 171 WMT24 EN–DE documents, once with each of the two
 * independent German references, checked as a directory ({@code --no-grammar}). A good translation has few true
 * findings, so what is reported at {@code error} and {@code warning} here is mostly false alarm — the noise a
 * reviewer wades through (read by hand, the number errors left are largely real: a changed amount, a rank
 * rendered wrongly). Prints, per check, the findings at each severity for either reference, and the sentences
 * checked.
 *
 * <pre>
 * java -Xmx1g -cp "target/classes:target/test-classes:target/lib/*" dev.paracheck.bench.ReferenceFindingsBenchmark [CORPORA_DIR]
 * </pre>
 */
public final class ReferenceFindingsBenchmark {
    private ReferenceFindingsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        // --show CHECK: print that check's findings at warning and above
        String show = args.length > 2 && args[1].equals("--show") ? args[2] : null;
        Map<String, Map<Severity, Integer>> a = run(corpora, "refA", show);
        Map<String, Map<Severity, Integer>> b = run(corpora, "refB", show);
        System.out.printf(Locale.ROOT, "%-26s %22s   %22s%n", "check (error/warning/info)", "WMT24 reference A",
                "WMT24 reference B");
        TreeSet<String> checks = new TreeSet<>(a.keySet());
        checks.addAll(b.keySet());
        for (String check : checks) {
            System.out.printf(Locale.ROOT, "%-26s %22s   %22s%n", check, cell(a.get(check)), cell(b.get(check)));
        }
    }

    private static String cell(Map<Severity, Integer> m) {
        if (m == null) {
            return "0 / 0 / 0";
        }
        return m.getOrDefault(Severity.ERROR, 0) + " / " + m.getOrDefault(Severity.WARNING, 0) + " / "
                + m.getOrDefault(Severity.INFO, 0);
    }

    private static Map<String, Map<Severity, Integer>> run(Path corpora, String reference, String show)
            throws IOException {
        Path root = Files.createTempDirectory("paracheck-refbench");
        int sentences = 0;
        DirectoryRun result;
        try {
            DirectoryBenchmark.writeWmt(corpora, reference, root);
            result = DirectoryRun.check(root.resolve("en"), root.resolve("de"), new PairOptions("en", "de", false),
                    Checks.withoutGrammar(), Runtime.getRuntime().availableProcessors(), (n, total) -> { });
        } finally {
            TestFiles.deleteTree(root);
        }
        Map<String, Map<Severity, Integer>> out = new TreeMap<>();
        for (DirectoryRun.Checked c : result.pairs()) {
            sentences += c.result().target().sentences().size();
            for (Finding f : c.result().findings()) {
                out.computeIfAbsent(f.check(), k -> new LinkedHashMap<>()).merge(f.severity(), 1, Integer::sum);
                if (f.check().equals(show) && f.severity() != Severity.INFO) {
                    System.out.printf(Locale.ROOT, "%s\t%s\t%s%n", reference, c.relative(), f.message());
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d documents, %d German sentences%n", reference, result.pairs().size(),
                sentences);
        return out;
    }
}
