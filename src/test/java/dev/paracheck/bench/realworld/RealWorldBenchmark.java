package dev.paracheck.bench.realworld;

import dev.paracheck.bench.realworld.Judgments.Verdict;
import dev.paracheck.bench.realworld.Planted.Kind;
import dev.paracheck.check.Checks;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Paragraph;
import dev.paracheck.model.RawDocument;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Sentence;
import dev.paracheck.pipeline.ConsistencyRun;
import dev.paracheck.pipeline.PairOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Precision and recall on real documents: the pairs of {@code bench/realworld/pairs.tsv} (fetched by
 * {@code bash bench/realworld/fetch.sh}), checked as {@code check --no-grammar} does.
 *
 * <p>Prints, per check and severity, the findings and how they were judged by hand
 * ({@code bench/realworld/judgments.tsv}, keyed by {@link Fingerprint}), the precision of errors and warnings, the
 * false alarms per 1,000 source sentences, and the recall of defects planted in copies of the targets
 * ({@link Planter}: a finding of the right check at the right sentence, at warning or above). Findings not judged
 * yet go to {@code target/realworld/unjudged.tsv}, all findings with their verdicts to
 * {@code target/realworld/findings.tsv}, each pair's text as read to {@code target/realworld/extracted/}.
 *
 * <pre>
 * bash bench/realworld/fetch.sh
 * mvn -B -q package -DskipTests
 * java -Xmx2g -cp "target/classes:target/test-classes:target/lib/*" dev.paracheck.bench.realworld.RealWorldBenchmark [--plants N] [--pair ID] [--draw N] [--lexicon LANG=FILE]
 * </pre>
 */
public final class RealWorldBenchmark {
    private static final Path MANIFEST = Path.of("bench/realworld/pairs.tsv");
    private static final Path JUDGMENTS = Path.of("bench/realworld/judgments.tsv");
    private static final Path WORK = Path.of("target/realworld");

    private record Clean(Corpus.Entry entry, RawDocument source, RawDocument target, PairResult result) {
    }

    private RealWorldBenchmark() {
    }

    /** Bilingual lexicons for the aligner by target language ({@code --lexicon de=FILE}); none by default. */
    private static final Map<String, dev.paracheck.model.Lexicon> LEXICONS = new java.util.HashMap<>();

    /** Which draw of planted defects: 0 is the one the judgments and figures refer to; others are fresh draws. */
    private static int draw;

    public static void main(String[] args) throws Exception {
        int plants = 3;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--plants" -> plants = Integer.parseInt(args[++i]);
                case "--pair" -> only = args[++i];
                case "--draw" -> draw = Integer.parseInt(args[++i]);
                case "--lexicon" -> {
                    String[] langFile = args[++i].split("=", 2);
                    LEXICONS.put(langFile[0], dev.paracheck.config.LexiconLoader.load(Path.of(langFile[1])));
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Corpus corpus = Corpus.read(MANIFEST, WORK.resolve("pairs"));
        String pick = only;
        List<Corpus.Entry> entries = corpus.pairs().stream().filter(e -> pick == null || e.id().equals(pick)).toList();
        ConsistencyRun run = new ConsistencyRun();
        Checks checks = Checks.withoutGrammar();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Clean> cleans = cleanRuns(entries, run, checks, pool);
            Judgments judgments = Judgments.read(JUDGMENTS);
            printPrecision(cleans, judgments);
            writeUnjudged(cleans, judgments);
            if (plants > 0) {
                printRecall(cleans, plantAll(cleans, plants, run, checks, pool));
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<Clean> cleanRuns(List<Corpus.Entry> entries, ConsistencyRun run, Checks checks,
                                         ExecutorService pool) throws Exception {
        List<Future<Clean>> futures = new ArrayList<>();
        for (Corpus.Entry e : entries) {
            futures.add(pool.submit(() -> {
                RawDocument s = run.read(e.source());
                RawDocument t = run.read(e.target());
                return new Clean(e, s, t, run.check(s, t, options(e), checks));
            }));
        }
        List<Clean> out = new ArrayList<>();
        for (Future<Clean> f : futures) {
            out.add(f.get());
        }
        return out;
    }

    private static PairOptions options(Corpus.Entry e) {
        return new PairOptions(e.sourceLang(), e.targetLang(), false,
                LEXICONS.getOrDefault(e.targetLang(), dev.paracheck.model.Lexicon.EMPTY));
    }

    private static void printPrecision(List<Clean> cleans, Judgments judgments) {
        Map<String, Map<Severity, int[]>> table = new TreeMap<>();
        Map<Severity, int[]> totals = new EnumMap<>(Severity.class);
        int sentences = 0;
        for (Clean c : cleans) {
            sentences += c.result().source().sentences().size();
            for (Finding f : c.result().findings()) {
                Verdict v = judgments.of(Fingerprint.of(c.entry().id(), f));
                int column = v == null ? 3 : v.ordinal();
                table.computeIfAbsent(f.check(), k -> new EnumMap<>(Severity.class))
                        .computeIfAbsent(f.severity(), k -> new int[4])[column]++;
                totals.computeIfAbsent(f.severity(), k -> new int[4])[column]++;
            }
        }
        System.out.printf(Locale.ROOT, "%d pairs, %d source sentences (--no-grammar)%n%n", cleans.size(), sentences);
        System.out.printf(Locale.ROOT, "%-26s %-8s %6s %6s %6s %6s %6s   %s%n", "check", "severity", "found", "true",
                "false", "debat.", "unjud.", "precision (debatable as false / as true)");
        table.forEach((check, bySeverity) -> bySeverity.forEach((severity, n) ->
                row(check, severity, n)));
        System.out.println();
        for (Severity s : Severity.values()) {
            row("all", s, totals.getOrDefault(s, new int[4]));
        }
        int falseAlarms = totals.getOrDefault(Severity.ERROR, new int[4])[1]
                + totals.getOrDefault(Severity.WARNING, new int[4])[1];
        System.out.printf(Locale.ROOT, "%nfalse alarms at warning and above: %d, %.1f per 1,000 source sentences%n",
                falseAlarms, sentences == 0 ? 0 : 1000.0 * falseAlarms / sentences);
    }

    private static void row(String check, Severity severity, int[] n) {
        int found = n[0] + n[1] + n[2] + n[3];
        System.out.printf(Locale.ROOT, "%-26s %-8s %6d %6d %6d %6d %6d   %s / %s%n", check, severity.label(), found,
                n[0], n[1], n[2], n[3], ratio(n[0], n[0] + n[1] + n[2]), ratio(n[0] + n[2], n[0] + n[1] + n[2]));
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "  -  " : String.format(Locale.ROOT, "%.2f", (double) a / b);
    }

    private static void writeUnjudged(List<Clean> cleans, Judgments judgments) throws IOException {
        Files.createDirectories(WORK.resolve("extracted"));
        String header = "fingerprint\tpair\tfamily\tcheck\tseverity\tsource_line\ttarget_line"
                + "\tmessage\tsource_text\ttarget_text\n";
        StringBuilder out = new StringBuilder(header);
        StringBuilder all = new StringBuilder("verdict\t" + header);
        int n = 0;
        for (Clean c : cleans) {
            writeExtracted(c.result().source(), WORK.resolve("extracted/" + c.entry().id() + ".source.txt"));
            writeExtracted(c.result().target(), WORK.resolve("extracted/" + c.entry().id() + ".target.txt"));
            for (Finding f : c.result().findings()) {
                String fp = Fingerprint.of(c.entry().id(), f);
                String row = String.join("\t", fp, c.entry().id(), c.entry().family(), f.check(),
                        f.severity().label(), f.source() == null ? "" : String.valueOf(f.source().line()),
                        f.target() == null ? "" : String.valueOf(f.target().line()), cell(f.message()),
                        f.source() == null ? "" : cell(f.source().text()),
                        f.target() == null ? "" : cell(f.target().text())) + "\n";
                Verdict v = judgments.of(fp);
                all.append(v == null ? "unjudged" : v.name().toLowerCase(Locale.ROOT)).append('\t').append(row);
                if (v != null || f.severity() == Severity.INFO) {
                    continue;
                }
                n++;
                out.append(row);
            }
        }
        Files.writeString(WORK.resolve("unjudged.tsv"), out);
        Files.writeString(WORK.resolve("findings.tsv"), all);
        System.out.printf(Locale.ROOT, "unjudged findings at warning and above: %d (%s)%n", n,
                WORK.resolve("unjudged.tsv"));
    }

    /** One line a paragraph: {@code P12 S40-42 L118 [li] text}, for reading findings in context. */
    private static void writeExtracted(Document doc, Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        List<List<Integer>> byParagraph = doc.sentencesByParagraph();
        for (Paragraph p : doc.paragraphs()) {
            List<Integer> s = byParagraph.get(p.index());
            out.append('P').append(p.index()).append(s.isEmpty() ? "" : " S" + s.get(0)
                    + (s.size() > 1 ? "-" + s.get(s.size() - 1) : "")).append(" L").append(p.line())
                    .append(p.page() > 0 ? " p" + p.page() : "").append(" [").append(p.kind()).append("] ")
                    .append(p.text()).append('\n');
        }
        Files.writeString(file, out);
    }

    private static String cell(String s) {
        return s.replaceAll("[\\t\\n\\r]+", " ");
    }

    private record Outcome(Corpus.Entry entry, Planted planted, Severity found, PairResult result) {
    }

    private static List<Outcome> plantAll(List<Clean> cleans, int plants, ConsistencyRun run, Checks checks,
                                          ExecutorService pool) throws Exception {
        // each target's sentences and list items that may be planted into the others of its language
        Map<Clean, List<String>> sentences = new IdentityHashMap<>();
        Map<Clean, List<String>> items = new IdentityHashMap<>();
        for (Clean c : cleans) {
            Document t = c.result().target();
            List<String> ownSentences = new ArrayList<>();
            for (Sentence s : t.sentences()) {
                int words = s.text().split("\\s+").length;
                if (t.paragraphOf(s.index()).isProse() && words >= 6 && words <= 25 && s.text().endsWith(".")
                        && !s.text().matches(".*\\d.*")) {
                    ownSentences.add(s.text());
                }
            }
            List<String> ownItems = new ArrayList<>();
            for (Paragraph p : t.paragraphs()) {
                int words = p.text().split("\\s+").length;
                if (p.kind().equals("li") && p.isProse() && words >= 3 && words <= 15) {
                    ownItems.add(p.text());
                }
            }
            sentences.put(c, ownSentences);
            items.put(c, ownItems);
        }
        List<Future<Outcome>> futures = new ArrayList<>();
        Kind[] kinds = Kind.values();
        for (int i = 0; i < cleans.size(); i++) {
            Clean c = cleans.get(i);
            List<String> foreign = others(sentences, c);
            List<String> foreignItems = others(items, c);
            int planted = 0;
            for (int j = 0; j < kinds.length && planted < plants; j++) {
                Kind kind = kinds[(i * plants + j) % kinds.length];
                long seed = (c.entry().id() + "/" + kind + (draw == 0 ? "" : "/" + draw)).hashCode();
                Optional<Planted> p = new Planter(c.result(), c.target(), foreign, foreignItems, seed).plant(kind);
                if (p.isEmpty()) {
                    continue;
                }
                planted++;
                futures.add(pool.submit(() -> {
                    PairResult r = run.check(c.source(), p.get().target(), options(c.entry()), checks);
                    Severity best = null;
                    for (Finding f : r.findings()) {
                        if (p.get().foundBy(f) && (best == null || f.severity().atLeast(best))) {
                            best = f.severity();
                        }
                    }
                    return new Outcome(c.entry(), p.get(), best, r);
                }));
            }
        }
        List<Outcome> out = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            out.add(f.get());
        }
        return out;
    }

    /** The texts of the other pairs whose target is in the language of {@code c}'s, sorted. */
    private static List<String> others(Map<Clean, List<String>> byPair, Clean c) {
        List<String> out = new ArrayList<>();
        byPair.forEach((other, texts) -> {
            if (other != c && other.result().target().lang().equals(c.result().target().lang())) {
                out.addAll(texts);
            }
        });
        out.sort(null);
        return out;
    }

    /**
     * For each defect not found at warning or above: the links of the planted run around it (source and target
     * sentences, type, score) and every finding that touches them, to {@code target/realworld/missed.txt}.
     */
    private static void writeMissed(List<Outcome> outcomes) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Outcome o : outcomes) {
            if (o.found() != null && o.found().atLeast(Severity.WARNING)) {
                continue;
            }
            PairResult r = o.result();
            out.append("== ").append(o.entry().id()).append(" · ").append(o.planted().kind().label()).append(" · ")
                    .append(o.found() == null ? "missed" : o.found().label()).append('\n')
                    .append("   ").append(cell(o.planted().what())).append('\n');
            List<dev.paracheck.model.Link> links = r.alignment().sentences();
            int at = -1;
            String needle = o.planted().targetText();
            for (int k = 0; k < links.size() && at < 0; k++) {
                dev.paracheck.model.Link l = links.get(k);
                if (l.source().stream().anyMatch(o.planted().sourceAt()::contains) || needle != null
                        && l.target().stream().anyMatch(t -> r.target().sentences().get(t).text().contains(
                        needle.length() > 30 ? needle.substring(0, 30) : needle))) {
                    at = k;
                }
            }
            if (at < 0) {
                out.append("   (no link found)\n");
                continue;
            }
            window(out, r, at);
            if (o.planted().kind() == Kind.PARAGRAPH_MOVED) {
                // where the moved text went: the link holding the target sentence it starts with
                String head = o.planted().what().length() > 30 ? o.planted().what().substring(0, 30)
                        : o.planted().what();
                for (int k = 0; k < links.size(); k++) {
                    if (links.get(k).target().stream().anyMatch(t -> r.target().sentences().get(t).text()
                            .startsWith(head))) {
                        out.append("   at its new place:\n");
                        window(out, r, k);
                        break;
                    }
                }
            }
        }
        Files.writeString(WORK.resolve("missed.txt"), out);
    }

    /** The links {@code at - 2 .. at + 2} of the run's alignment, their sentences and the findings touching them. */
    private static void window(StringBuilder out, PairResult r, int at) {
        List<dev.paracheck.model.Link> links = r.alignment().sentences();
        for (int k = Math.max(0, at - 2); k <= Math.min(links.size() - 1, at + 2); k++) {
            dev.paracheck.model.Link l = links.get(k);
            out.append(k == at ? " > " : "   ").append(l.type()).append(String.format(Locale.ROOT, " %.2f ",
                    l.score())).append(l.source()).append(l.target()).append('\n');
            for (int i : l.source()) {
                out.append("      S ").append(abbrev(r.source().sentences().get(i).text())).append('\n');
            }
            for (int j : l.target()) {
                out.append("      T ").append(abbrev(r.target().sentences().get(j).text())).append('\n');
            }
            for (Finding f : r.findings()) {
                boolean touches = f.source() != null && f.source().sentences().stream()
                        .anyMatch(l.source()::contains) || f.target() != null && f.target().sentences()
                        .stream().anyMatch(l.target()::contains);
                if (touches) {
                    out.append("      ! ").append(f.check()).append(' ').append(f.severity().label())
                            .append(": ").append(abbrev(f.message())).append('\n');
                }
            }
        }
    }

    private static String abbrev(String s) {
        String c = cell(s);
        return c.length() > 150 ? c.substring(0, 150) + "…" : c;
    }

    private static void printRecall(List<Clean> cleans, List<Outcome> outcomes) throws IOException {
        Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
        StringBuilder log = new StringBuilder("pair\tkind\tfound\tplanted\n");
        for (Outcome o : outcomes) {
            int[] n = byKind.computeIfAbsent(o.planted().kind(), k -> new int[3]);
            n[0]++;
            if (o.found() != null && o.found().atLeast(Severity.WARNING)) {
                n[1]++;
            } else if (o.found() != null) {
                n[2]++;
            }
            log.append(o.entry().id()).append('\t').append(o.planted().kind().label()).append('\t')
                    .append(o.found() == null ? "missed" : o.found().label()).append('\t')
                    .append(cell(o.planted().what())).append('\n');
        }
        Files.writeString(WORK.resolve("planted.tsv"), log);
        writeMissed(outcomes);
        System.out.printf(Locale.ROOT, "%nplanted defects (%s): found at the right sentence%n",
                WORK.resolve("planted.tsv"));
        System.out.printf(Locale.ROOT, "%-24s %7s %9s %9s%n", "kind", "planted", "≥warning", "only info");
        int all = 0;
        int found = 0;
        for (Map.Entry<Kind, int[]> e : byKind.entrySet()) {
            int[] n = e.getValue();
            all += n[0];
            found += n[1];
            System.out.printf(Locale.ROOT, "%-24s %7d %9d %9d   %s%n", e.getKey().label(), n[0], n[1], n[2],
                    ratio(n[1], n[0]));
        }
        System.out.printf(Locale.ROOT, "%-24s %7d %9d %9s   %s%n", "all", all, found, "", ratio(found, all));
    }
}
