package dev.paracheck.bench;

import dev.paracheck.align.DocumentAligner;
import dev.paracheck.model.Alignment;
import dev.paracheck.config.LexiconLoader;
import dev.paracheck.model.Document;
import dev.paracheck.model.Lexicon;
import dev.paracheck.model.Link;
import dev.paracheck.segment.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The alignment benchmark: strict / lax precision, recall and F1 and null-link F1 on the gold sets of
 * {@code ../shared/corpora} (Bleualign DE–FR dev and test, OPUS Books Tom Sawyer DE–EN val and test; FLORES-200
 * and WMT24 EN–DE, parallel line by line, each document aligned on its own), then a
 * scaling table on 1k, 10k and 100k sentence pairs made by concatenating the book's two halves (best of three runs,
 * with strict and lax F1 against the concatenated gold).
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -Xmx1g -cp "target/classes:target/test-classes:target/lib/*" dev.paracheck.bench.AlignBenchmark [CORPORA_DIR]
 * </pre>
 */
public final class AlignBenchmark {
    private static final DocumentAligner ALIGNER = new DocumentAligner();
    /** Sentences of a passage taken out of one side in the robustness runs. */
    private static final int GAP = 600;
    /** The lexicon of {@code --lexicon FILE} for the Tom Sawyer (German–English) sets; none by default. */
    private static Lexicon lexicon = Lexicon.EMPTY;

    private AlignBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        Path bleu = corpora.resolve("bleualign-defr");
        Path books = corpora.resolve("opus-books-deen-crocoalign/plain");
        List<String> options = List.of(args).subList(Math.min(1, args.length), args.length);
        int lex = options.indexOf("--lexicon");
        if (lex >= 0 && lex + 1 < options.size()) {
            long t0 = System.nanoTime();
            lexicon = LexiconLoader.load(Path.of(options.get(lex + 1)));
            System.out.printf(Locale.ROOT, "lexicon %s: %d entries, read in %d ms (used on the DE-EN sets)%n",
                    options.get(lex + 1), lexicon.entries().size(), (System.nanoTime() - t0) / 1_000_000);
        }
        System.out.println("set                        docs  strictP strictR strictF   laxP    laxR    laxF  nullP  nullR nullF1    ms");
        evaluate("bleualign de-fr dev", List.of(bleu.resolve("dev/dev")), "de", "fr", "defr");
        List<Path> tests = new ArrayList<>();
        for (int i = 0; i <= 6; i++) {
            tests.add(bleu.resolve("test/test" + i));
        }
        evaluate("bleualign de-fr test", tests, "de", "fr", "defr");
        evaluate("tom sawyer de-en val", List.of(books.resolve("val")), "de", "en", "deen",
                GoldAudit.resource("/bench/tom-sawyer-val.audit"));
        evaluate("tom sawyer de-en test", List.of(books.resolve("test")), "de", "en", "deen",
                GoldAudit.resource("/bench/tom-sawyer-test.audit"));
        Path flores = corpora.resolve("flores200-devtest-ende");
        if (Files.isDirectory(flores)) {
            List<String> urls = lines(flores.resolve("metadata_devtest.tsv")).stream().skip(1)
                    .map(row -> row.split("\t", 2)[0]).toList();
            oneToOne("flores-200 en-de articles", lines(flores.resolve("eng_Latn.devtest")),
                    lines(flores.resolve("deu_Latn.devtest")), urls, "en", "de");
        }
        Path wmt = corpora.resolve("wmt24-general-ende");
        if (Files.isDirectory(wmt)) {
            List<String> docs = lines(wmt.resolve("en-de.docs")).stream().map(row -> row.split("\t", 2)[1]).toList();
            oneToOne("wmt24 en-de paragraphs", lines(wmt.resolve("en-de.src.en")), lines(wmt.resolve("en-de.refA.de")),
                    docs, "en", "de");
        }
        if (!options.contains("--no-scaling")) {
            scaling(books);
        }
    }

    private static void evaluate(String name, List<Path> stems, String sl, String tl, String goldExt)
            throws IOException {
        evaluate(name, stems, sl, tl, goldExt, null);
    }

    /**
     * Scores the alignment of each stem's two files against its gold; with an audit (of a single stem's gold), also
     * against the gold as the audit corrects it, with the audit's verdicts and how many of the alignment's links
     * disagree with the gold outside the regions the audit read (those it cannot judge).
     */
    private static void evaluate(String name, List<Path> stems, String sl, String tl, String goldExt,
                                 GoldAudit audit) throws IOException {
        AlignmentScore score = new AlignmentScore();
        AlignmentScore auditedScore = new AlignmentScore();
        long unaudited = 0;
        long nanos = 0;
        for (Path stem : stems) {
            Document src = load(Path.of(stem + "." + sl), sl);
            Document tgt = load(Path.of(stem + "." + tl), tl);
            long t0 = System.nanoTime();
            Alignment a = ALIGNER.align(src, tgt, sl.equals("de") && tl.equals("en") ? lexicon : Lexicon.EMPTY);
            nanos += System.nanoTime() - t0;
            List<Ladder.Bead> gold = Ladder.read(Path.of(stem + "." + goldExt));
            List<Ladder.Bead> found = beads(a);
            score.add(gold, found);
            if (audit != null) {
                auditedScore.add(audit.apply(gold), found);
                unaudited += audit.unaudited(gold, found);
            }
        }
        print(name, stems.size(), score, nanos);
        if (audit != null) {
            print(name.replace(" de-en", "") + ", audited", stems.size(), auditedScore, 0);
            System.out.printf(Locale.ROOT, "  (audit of the regions where aligner and gold disagreed: %s; links now "
                    + "disagreeing outside them: %d)%n", audit.verdicts().entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")), unaudited);
        }
    }

    /**
     * A set parallel line by line (FLORES-200 sentences, WMT24 paragraphs): each document, its consecutive lines
     * of one id, aligned on its own and scored against the 1-1 gold of its lines.
     */
    private static void oneToOne(String name, List<String> src, List<String> tgt, List<String> docIds, String sl,
                                 String tl) {
        AlignmentScore score = new AlignmentScore();
        long nanos = 0;
        int docs = 0;
        for (int from = 0, to; from < src.size(); from = to) {
            to = from + 1;
            while (to < src.size() && docIds.get(to).equals(docIds.get(from))) {
                to++;
            }
            List<Ladder.Bead> gold = new ArrayList<>();
            for (int i = 0; i < to - from; i++) {
                gold.add(new Ladder.Bead(List.of(i), List.of(i)));
            }
            long t0 = System.nanoTime();
            Alignment a = ALIGNER.align(Segmenter.fromLines(Path.of(sl), src.subList(from, to), sl),
                    Segmenter.fromLines(Path.of(tl), tgt.subList(from, to), tl));
            nanos += System.nanoTime() - t0;
            score.add(gold, beads(a));
            docs++;
        }
        print(name, docs, score, nanos);
    }

    private static void print(String name, int docs, AlignmentScore score, long nanos) {
        String nulls = score.hasNullLinks()
                ? String.format(Locale.ROOT, "%5.3f  %5.3f %6.3f", score.nullPrecision(), score.nullRecall(), score.nullF1())
                : "    -      -      -";
        System.out.printf(Locale.ROOT, "%-26s %4d  %7.4f %7.4f %7.4f  %6.4f %6.4f %6.4f  %s %6d%n",
                name, docs, score.strictPrecision(), score.strictRecall(), score.strictF1(),
                score.laxPrecision(), score.laxRecall(), score.laxF1(), nulls, nanos / 1_000_000);
    }

    private static void scaling(Path books) throws IOException {
        List<String> de = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<Ladder.Bead> gold = new ArrayList<>();
        List<String> bookDe = new ArrayList<>(lines(books.resolve("val.de")));
        List<String> bookEn = new ArrayList<>(lines(books.resolve("val.en")));
        List<Ladder.Bead> bookGold = new ArrayList<>(Ladder.read(books.resolve("val.deen")));
        bookGold.addAll(Ladder.shifted(Ladder.read(books.resolve("test.deen")), bookDe.size(), bookEn.size()));
        bookDe.addAll(lines(books.resolve("test.de")));
        bookEn.addAll(lines(books.resolve("test.en")));
        while (de.size() < 100_000) {
            gold.addAll(Ladder.shifted(bookGold, de.size(), en.size()));
            de.addAll(bookDe);
            en.addAll(bookEn);
        }
        System.out.println();
        System.out.println("scaling (Tom Sawyer DE-EN concatenated)   sentences de/en   ms     us/sentence  x of 1k per sentence  strictF  laxF");
        double base = 0;
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            Document src = Segmenter.fromLines(Path.of("de"), de.subList(0, n), "de");
            int m = (int) Math.round(n * (double) bookEn.size() / bookDe.size());
            Document tgt = Segmenter.fromLines(Path.of("en"), en.subList(0, m), "en");
            ALIGNER.align(src, tgt);
            // the machine is shared and noisy: the best of three runs after a warm-up one
            long ms = Long.MAX_VALUE;
            Alignment a = null;
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                a = ALIGNER.align(src, tgt);
                ms = Math.min(ms, (System.nanoTime() - t0) / 1_000_000);
            }
            double perSentence = ms * 1000.0 / n;
            if (base == 0) {
                base = perSentence;
            }
            AlignmentScore score = new AlignmentScore();
            score.add(inside(gold, n, m), inside(beads(a), n, m));
            System.out.printf(Locale.ROOT, "%-40s %7d/%-7d %6d %10.1f %8.2f %20.4f %6.4f%n", "", n, m, ms, perSentence,
                    perSentence / base, score.strictF1(), score.laxF1());
        }
        robustness(de, en, gold);
    }

    /** A document pair made from the book by leaving out or moving passages: the original indices, in order. */
    private record Perturbation(String name, List<Integer> de, List<Integer> en) {
    }

    /**
     * Long passages missing or moved in a book-length pair: 24,000 German sentences of the concatenated book against
     * their English, with passages taken out of one side (or moved) as a careless translation or a lost page would
     * have it. The gold is the book's, with the sentences taken out removed from its links (so their counterparts
     * become null links); alignment and gold are compared in the original numbering. The null-link figures say how
     * much of a missing passage the aligner reports as omitted or added; a moved passage counts as found when its
     * links are right.
     */
    private static void robustness(List<String> de, List<String> en, List<Ladder.Bead> gold) {
        int n = 24_000;
        int m = (int) Math.round(n * (double) en.size() / de.size());
        List<Integer> allDe = range(0, n);
        List<Integer> allEn = range(0, m);
        List<Ladder.Bead> bookGold = inside(gold, n, m);
        int third = m / 3;
        List<Perturbation> cases = List.of(
                new Perturbation(GAP + " English sentences missing a third of the way in", allDe,
                        without(allEn, third, third + GAP)),
                new Perturbation(GAP + " German sentences missing a third of the way in",
                        without(allDe, n / 3, n / 3 + GAP), allEn),
                new Perturbation("the first " + GAP + " English sentences missing", allDe, without(allEn, 0, GAP)),
                new Perturbation("300 and 800 English sentences missing at 1/5 and 3/5", allDe,
                        without(without(allEn, 3 * m / 5, 3 * m / 5 + 800), m / 5, m / 5 + 300)),
                new Perturbation("300 English sentences moved from 1/3 to 2/3", allDe, moved(allEn, third, 300, 2 * m / 3)));
        System.out.println();
        System.out.println("long passages missing or moved (24,000 sentences)        strictF  laxF   nullP  nullR nullF1     ms");
        for (Perturbation p : cases) {
            List<String> src = p.de().stream().map(de::get).toList();
            List<String> tgt = p.en().stream().map(en::get).toList();
            long t0 = System.nanoTime();
            Alignment a = ALIGNER.align(Segmenter.fromLines(Path.of("de"), src, "de"),
                    Segmenter.fromLines(Path.of("en"), tgt, "en"));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Set<Integer> keptDe = new HashSet<>(p.de());
            Set<Integer> keptEn = new HashSet<>(p.en());
            List<Ladder.Bead> expected = new ArrayList<>();
            for (Ladder.Bead b : bookGold) {
                List<Integer> s = b.source().stream().filter(keptDe::contains).toList();
                List<Integer> t = b.target().stream().filter(keptEn::contains).toList();
                if (!s.isEmpty() || !t.isEmpty()) {
                    expected.add(new Ladder.Bead(s, t));
                }
            }
            List<Ladder.Bead> found = beads(a).stream()
                    .map(b -> new Ladder.Bead(b.source().stream().map(p.de()::get).toList(),
                            b.target().stream().map(p.en()::get).toList()))
                    .toList();
            AlignmentScore score = new AlignmentScore();
            score.add(expected, inside(found, n, m));
            System.out.printf(Locale.ROOT, "%-56s %7.4f %6.4f  %5.3f  %5.3f %6.3f %6d%n", p.name(), score.strictF1(),
                    score.laxF1(), score.nullPrecision(), score.nullRecall(), score.nullF1(), ms);
        }
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    /** The list without its elements at positions {@code [from, to)}. */
    private static List<Integer> without(List<Integer> list, int from, int to) {
        List<Integer> out = new ArrayList<>(list.subList(0, from));
        out.addAll(list.subList(to, list.size()));
        return out;
    }

    /** The list with {@code count} elements from position {@code from} moved to stand before position {@code to}. */
    private static List<Integer> moved(List<Integer> list, int from, int count, int to) {
        List<Integer> block = list.subList(from, from + count);
        List<Integer> rest = without(list, from, from + count);
        int at = to - count;
        List<Integer> out = new ArrayList<>(rest.subList(0, at));
        out.addAll(block);
        out.addAll(rest.subList(at, rest.size()));
        return out;
    }

    /**
     * The beads that lie wholly before sentence n (source) and m (target), less a margin of 50 sentences: the cut
     * through the book at n and m is arbitrary, so the last few gold beads are not comparable.
     */
    private static List<Ladder.Bead> inside(List<Ladder.Bead> beads, int n, int m) {
        return beads.stream().filter(b -> b.source().stream().allMatch(i -> i < n - 50)
                && b.target().stream().allMatch(j -> j < m - 50)).toList();
    }

    private static List<Ladder.Bead> beads(Alignment a) {
        List<Ladder.Bead> out = new ArrayList<>();
        for (Link l : a.sentences()) {
            out.add(new Ladder.Bead(l.source(), l.target()));
        }
        return out;
    }

    private static Document load(Path file, String lang) throws IOException {
        return Segmenter.fromLines(file, lines(file), lang);
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
