package dev.paracheck.bench;

import dev.paracheck.check.Checks;
import dev.paracheck.pipeline.ConsistencyRun;
import dev.paracheck.pipeline.PairOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The cost of the grammar check: a check of the sample pair without grammar (the reference), the first check
 * with grammar in a fresh JVM (LanguageTool's cold start), then warm checks; figures as ratios to the
 * reference and as target characters per second.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -Xmx1g -cp "target/classes:target/test-classes:target/lib/*" dev.paracheck.bench.GrammarBenchmark [SOURCE TARGET]
 * </pre>
 */
public final class GrammarBenchmark {
    private GrammarBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path src = Path.of(args.length > 1 ? args[0] : "samples/article.en.txt");
        Path tgt = Path.of(args.length > 1 ? args[1] : "samples/article.de.txt");
        long chars = Files.readString(tgt).length();
        ConsistencyRun run = new ConsistencyRun();
        PairOptions options = new PairOptions(null, null, false);
        run.check(src, tgt, options, Checks.withoutGrammar());
        double reference = median(() -> run.check(src, tgt, options, Checks.withoutGrammar()), 5);
        long t0 = System.nanoTime();
        run.check(src, tgt, options, Checks.all());
        double cold = (System.nanoTime() - t0) / 1e6;
        double warm = median(() -> run.check(src, tgt, options, Checks.all()), 5);
        System.out.printf(Locale.ROOT, "target %s: %d characters%n", tgt, chars);
        System.out.printf(Locale.ROOT, "check without grammar (reference)  %8.0f ms   1.0x%n", reference);
        System.out.printf(Locale.ROOT, "first check with grammar (cold)    %8.0f ms %5.1fx%n", cold, cold / reference);
        System.out.printf(Locale.ROOT, "later checks with grammar (warm)   %8.0f ms %5.1fx   grammar alone %.0f chars/s%n",
                warm, warm / reference, chars / ((warm - reference) / 1000));
    }

    private static double median(Runnable r, int times) {
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return ms[times / 2];
    }
}
