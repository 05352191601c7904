package dev.paracheck.bench;

import dev.paracheck.check.language.SourceLanguageSentences;
import dev.paracheck.internal.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * How well {@link SourceLanguageSentences} finds target sentences left in the source language. Real translations
 * from {@code ../shared/corpora} get source sentences planted in them — every {@value #EVERY}th target sentence is
 * replaced by a source sentence from half a document away, as a sentence left untranslated in a text that was
 * since revised — and the detector is asked about every sentence. A planted sentence found is a hit; any other
 * sentence found is a false flag (so a sentence the corpus itself left in the source language, like an
 * advertisement of the original edition, counts against the detector).
 *
 * <pre>java -cp "target/classes:target/test-classes:target/lib/*" dev.paracheck.bench.UntranslatedBenchmark
 *     ../shared/corpora [--sweep]</pre>
 */
public final class UntranslatedBenchmark {
    private static final int EVERY = 20;

    private UntranslatedBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        boolean sweep = List.of(args).contains("--sweep");
        Map<String, List<List<String>[]>> sets = new LinkedHashMap<>();
        Path books = corpora.resolve("opus-books-deen-crocoalign/plain");
        for (String half : List.of("val", "test")) {
            List<String> de = lines(books.resolve(half + ".de"));
            List<String> en = lines(books.resolve(half + ".en"));
            sets.put("tom sawyer " + half + " de->en", List.<List<String>[]>of(pair(de, en)));
            sets.put("tom sawyer " + half + " en->de", List.<List<String>[]>of(pair(en, de)));
        }
        Path bleu = corpora.resolve("bleualign-defr");
        List<List<String>[]> defr = new ArrayList<>();
        List<List<String>[]> frde = new ArrayList<>();
        for (Path stem : List.of(bleu.resolve("dev/dev"), bleu.resolve("test/test0"), bleu.resolve("test/test1"),
                bleu.resolve("test/test2"), bleu.resolve("test/test3"), bleu.resolve("test/test4"),
                bleu.resolve("test/test5"), bleu.resolve("test/test6"))) {
            List<String> de = lines(Path.of(stem + ".de"));
            List<String> fr = lines(Path.of(stem + ".fr"));
            defr.add(pair(de, fr));
            frde.add(pair(fr, de));
        }
        sets.put("bleualign articles de->fr", defr);
        sets.put("bleualign articles fr->de", frde);
        Path wmt = corpora.resolve("wmt24-general-ende");
        if (Files.isDirectory(wmt)) {
            sets.put("wmt24 documents en->de", documents(lines(wmt.resolve("en-de.docs")),
                    lines(wmt.resolve("en-de.src.en")), lines(wmt.resolve("en-de.refA.de"))));
        }
        double[] thresholds = sweep ? new double[] {0.25, 0.5, 0.75, 1.0, 1.5} : new double[] {-1};
        System.out.printf(Locale.ROOT, "%-28s %5s %7s %7s %6s %6s %7s %7s %6s %10s%n", "set", "docs", "target",
                "planted", "found", "false", "recall", "precis", "F1", "false/1000");
        for (double threshold : thresholds) {
            if (sweep) {
                System.out.printf(Locale.ROOT, "threshold %.2f%n", threshold);
            }
            for (Map.Entry<String, List<List<String>[]>> set : sets.entrySet()) {
                evaluate(set.getKey(), set.getValue(), threshold);
            }
        }
    }

    private static void evaluate(String name, List<List<String>[]> pairs, double threshold) {
        long sentences = 0;
        long planted = 0;
        long found = 0;
        long falseFlags = 0;
        for (List<String>[] pair : pairs) {
            List<String> source = pair[0].stream().map(Text::prose).toList();
            List<String> target = new ArrayList<>(pair[1].stream().map(Text::prose).toList());
            boolean[] plantedHere = new boolean[target.size()];
            for (int k = EVERY / 2; k < target.size() && !source.isEmpty(); k += EVERY) {
                String s = source.get((int) (((long) k * source.size() / target.size() + source.size() / 2)
                        % source.size()));
                if (SourceLanguageSentences.judgeable(s)) {
                    target.set(k, s);
                    plantedHere[k] = true;
                    planted++;
                }
            }
            List<Integer> all = IntStream.range(0, target.size()).boxed().toList();
            SourceLanguageSentences models = SourceLanguageSentences.of(source, target);
            boolean[] flagged = threshold < 0 ? models.find(all) : models.find(all, threshold);
            for (int k = 0; k < target.size(); k++) {
                if (flagged[k] && plantedHere[k]) {
                    found++;
                } else if (flagged[k]) {
                    falseFlags++;
                }
            }
            sentences += target.size();
        }
        double recall = planted == 0 ? 0 : (double) found / planted;
        double precision = found + falseFlags == 0 ? 0 : (double) found / (found + falseFlags);
        double f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
        System.out.printf(Locale.ROOT, "%-28s %5d %7d %7d %6d %6d %7.3f %7.3f %6.3f %10.2f%n", name, pairs.size(),
                sentences, planted, found, falseFlags, recall, precision, f1, 1000.0 * falseFlags / sentences);
    }

    /** The WMT documents, each a pair of line lists, from the line-parallel files and their document ids. */
    private static List<List<String>[]> documents(List<String> ids, List<String> src, List<String> tgt) {
        List<List<String>[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= ids.size(); i++) {
            if (i == ids.size() || !ids.get(i).equals(ids.get(start))) {
                out.add(pair(src.subList(start, i), tgt.subList(start, i)));
                start = i;
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] pair(List<String> source, List<String> target) {
        return new List[] {source, target};
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
