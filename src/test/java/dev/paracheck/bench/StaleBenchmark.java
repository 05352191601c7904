package dev.paracheck.bench;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.paracheck.check.Checks;
import dev.paracheck.model.Finding;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Paragraph;
import dev.paracheck.model.Severity;
import dev.paracheck.pipeline.ConsistencyRun;
import dev.paracheck.pipeline.PairOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stale translations on real history: the ruby-lang.org and CNCF glossary trees of {@code ../shared/corpora}, whose
 * {@code en-at-de-commit/} holds the English as it was when each German page was last translated. The gold is
 * independent of paracheck's sentence diff: the lines of the English file added or changed since (a line diff of
 * the two files), taken to the paragraphs that hold them. Prints, per tree, the paragraphs changed, those that an
 * {@code outdated} or {@code missing-new} finding names (recall; prose paragraphs only, code and metadata are no
 * translation work), and the findings that name a paragraph not changed (precision).
 *
 * <pre>
 * java -Xmx2g -cp "target/classes:target/test-classes:target/lib/*" dev.paracheck.bench.StaleBenchmark [CORPORA_DIR]
 * </pre>
 */
public final class StaleBenchmark {
    private StaleBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        // --missed: list the changed paragraphs no finding names
        boolean showMissed = List.of(args).contains("--missed");
        ConsistencyRun run = new ConsistencyRun();
        System.out.printf(Locale.ROOT, "%-26s %6s %9s %7s %8s %9s %9s%n", "tree", "pairs", "changed", "found",
                "recall", "findings", "precision");
        for (String tree : List.of("rubylang-docs-ende", "cncf-glossary-ende")) {
            Path root = corpora.resolve(tree);
            List<Path> befores;
            try (Stream<Path> files = Files.walk(root.resolve("en-at-de-commit"))) {
                befores = files.filter(Files::isRegularFile).sorted().toList();
            }
            int pairs = 0;
            int gold = 0;
            int found = 0;
            int findings = 0;
            int right = 0;
            for (Path before : befores) {
                Path relative = root.resolve("en-at-de-commit").relativize(before);
                Path now = root.resolve("en").resolve(relative.toString());
                Path target = root.resolve("de").resolve(relative.toString());
                if (!Files.isRegularFile(now) || !Files.isRegularFile(target)) {
                    continue;
                }
                pairs++;
                PairResult r = run.checkAgainstBefore(before, now, target, new PairOptions("en", "de", false),
                        Checks.withoutGrammar(), Severity.WARNING);
                Set<Integer> changedLines = changedLines(before, now);
                List<Paragraph> paragraphs = r.source().paragraphs();
                Set<Integer> changed = new HashSet<>();
                Set<Integer> changedProse = new HashSet<>();
                for (int p = 0; p < paragraphs.size(); p++) {
                    int from = paragraphs.get(p).line();
                    int to = p + 1 < paragraphs.size() ? Math.max(from, paragraphs.get(p + 1).line() - 1) : from;
                    for (int line = from; line <= to; line++) {
                        if (changedLines.contains(line)) {
                            changed.add(p);
                            if (paragraphs.get(p).isProse()) {
                                changedProse.add(p);
                            }
                        }
                    }
                }
                Set<Integer> named = new HashSet<>();
                for (Finding f : r.findings()) {
                    if ((f.check().equals("outdated") || f.check().equals("missing-new")) && f.source() != null) {
                        findings++;
                        Set<Integer> its = new HashSet<>();
                        f.source().sentences().forEach(s -> its.add(r.source().sentences().get(s).paragraph()));
                        named.addAll(its);
                        if (its.stream().anyMatch(changed::contains)) {
                            right++;
                        }
                    }
                }
                if (showMissed) {
                    changedProse.stream().filter(p -> !named.contains(p)).sorted().forEach(p -> System.out.println(
                            "missed\t" + tree + "/" + relative + "\tline " + paragraphs.get(p).line() + "\t"
                                    + paragraphs.get(p).text().substring(0, Math.min(150, paragraphs.get(p).text()
                                    .length()))));
                }
                gold += changedProse.size();
                found += (int) changedProse.stream().filter(named::contains).count();
            }
            System.out.printf(Locale.ROOT, "%-26s %6d %9d %7d %8.2f %9d %9.2f%n", tree, pairs, gold, found,
                    gold == 0 ? 0 : (double) found / gold, findings, findings == 0 ? 0 : (double) right / findings);
        }
    }

    /**
     * The 1-based lines of {@code now} added or changed since {@code before}: a line diff with white space
     * collapsed, minus the lines of blank-line-separated blocks whose text, white space collapsed, stands in
     * {@code before} too (a paragraph re-wrapped or stripped of trailing blanks is no change to translate).
     */
    private static Set<Integer> changedLines(Path before, Path now) throws IOException {
        List<String> a = Files.readAllLines(before).stream().map(StaleBenchmark::collapse).toList();
        List<String> b = Files.readAllLines(now).stream().map(StaleBenchmark::collapse).toList();
        Set<Integer> out = new HashSet<>();
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            for (int i = 0; i < d.getTarget().size(); i++) {
                if (!b.get(d.getTarget().getPosition() + i).isBlank()) {
                    out.add(d.getTarget().getPosition() + i + 1);
                }
            }
        }
        Set<String> blocksBefore = new HashSet<>(blocks(a).values());
        blocks(b).forEach((lines, text) -> {
            if (blocksBefore.contains(text)) {
                lines.forEach(out::remove);
            }
        });
        return out;
    }

    /** Blank-line-separated blocks: their 1-based lines, and their text joined by single spaces. */
    private static java.util.Map<List<Integer>, String> blocks(List<String> lines) {
        java.util.Map<List<Integer>, String> out = new java.util.LinkedHashMap<>();
        List<Integer> block = new java.util.ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).isEmpty()) {
                if (!block.isEmpty()) {
                    out.put(List.copyOf(block), String.join(" ", block.stream().map(l -> lines.get(l - 1)).toList()));
                    block.clear();
                }
            } else {
                block.add(i + 1);
            }
        }
        return out;
    }

    private static String collapse(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }
}
