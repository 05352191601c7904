package dev.paracheck.bench;

import dev.paracheck.check.Checks;
import dev.paracheck.cli.Main;
import dev.paracheck.pipeline.DirectoryRun;
import dev.paracheck.pipeline.PairOptions;
import dev.paracheck.testing.TestFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Directory mode on 200 document pairs made from {@code ../shared/corpora}: the 170 WMT24 EN–DE documents
 * (paragraph lines, reference A) and 30 FLORES-200 articles, written as {@code en/NAME.en.txt} and
 * {@code de/NAME.de.txt} in a temporary folder. Prints the time of the whole command ({@code --no-grammar},
 * JSON and HTML reports) and of the checking alone with one worker and with one worker a core.
 *
 * <pre>
 * java -Xmx1g -cp "target/classes:target/test-classes:target/lib/*" dev.paracheck.bench.DirectoryBenchmark [CORPORA_DIR]
 * </pre>
 */
public final class DirectoryBenchmark {
    private DirectoryBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        Path root = Files.createTempDirectory("paracheck-dirbench");
        try {
            measure(corpora, root);
        } finally {
            TestFiles.deleteTree(root);
        }
    }

    private static void measure(Path corpora, Path root) throws IOException {
        int pairs = make(corpora, root);
        System.out.printf(Locale.ROOT, "%d pairs, %d cores%n", pairs, Runtime.getRuntime().availableProcessors());
        PairOptions options = new PairOptions("en", "de", false);
        Checks checks = Checks.withoutGrammar();
        DirectoryRun.check(root.resolve("en"), root.resolve("de"), options, checks, 2, (n, total) -> { });
        long t0 = System.nanoTime();
        DirectoryRun.check(root.resolve("en"), root.resolve("de"), options, checks, 1, (n, total) -> { });
        double one = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        DirectoryRun.check(root.resolve("en"), root.resolve("de"), options, checks,
                Runtime.getRuntime().availableProcessors(), (n, total) -> { });
        double all = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        int code = Main.commandLine().setOut(new PrintWriter(new StringWriter())).execute("check",
                root.resolve("en").toString(), root.resolve("de").toString(), "--no-grammar", "--source-lang", "en",
                "--target-lang", "de", "--format", "json,html", "--output-dir", root.resolve("out").toString());
        double command = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "checking, 1 worker (reference)   %6.2f s   1.00x   %5.1f ms/pair%n", one,
                one * 1000 / pairs);
        System.out.printf(Locale.ROOT, "checking, 1 worker a core        %6.2f s   %.2fx%n", all, all / one);
        System.out.printf(Locale.ROOT, "whole command with reports       %6.2f s   %.2fx   (exit %d)%n", command,
                command / one, code);
    }

    private static int make(Path corpora, Path root) throws IOException {
        int n = writeWmt(corpora, "refA", root);
        Path flores = corpora.resolve("flores200-devtest-ende");
        List<String> meta = Files.readAllLines(flores.resolve("metadata_devtest.tsv"), StandardCharsets.UTF_8);
        List<String> fen = Files.readAllLines(flores.resolve("eng_Latn.devtest"), StandardCharsets.UTF_8);
        List<String> fde = Files.readAllLines(flores.resolve("deu_Latn.devtest"), StandardCharsets.UTF_8);
        Map<String, List<Integer>> byUrl = new LinkedHashMap<>();
        for (int i = 1; i < meta.size(); i++) {
            byUrl.computeIfAbsent(meta.get(i).split("\t")[0], k -> new ArrayList<>()).add(i - 1);
        }
        for (List<Integer> lines : byUrl.values()) {
            if (n >= 200) {
                break;
            }
            write(root, "flores" + n, lines, fen, fde);
            n++;
        }
        return n;
    }

    /**
     * Writes each WMT24 EN–DE document as {@code en/wmtN.en.txt} and {@code de/wmtN.de.txt} (a paragraph a line),
     * the German of {@code reference} ({@code refA} or {@code refB}); returns how many.
     */
    static int writeWmt(Path corpora, String reference, Path root) throws IOException {
        Path wmt = corpora.resolve("wmt24-general-ende");
        List<String> docs = Files.readAllLines(wmt.resolve("en-de.docs"), StandardCharsets.UTF_8);
        List<String> en = Files.readAllLines(wmt.resolve("en-de.src.en"), StandardCharsets.UTF_8);
        List<String> de = Files.readAllLines(wmt.resolve("en-de." + reference + ".de"), StandardCharsets.UTF_8);
        Map<String, List<Integer>> byDoc = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            byDoc.computeIfAbsent(docs.get(i).split("\t")[1], k -> new ArrayList<>()).add(i);
        }
        Files.createDirectories(root.resolve("en"));
        Files.createDirectories(root.resolve("de"));
        int n = 0;
        for (List<Integer> lines : byDoc.values()) {
            write(root, "wmt" + n, lines, en, de);
            n++;
        }
        return n;
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
