package dev.paracheck.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.paracheck.check.CheckContext;
import dev.paracheck.check.Checks;
import dev.paracheck.check.structure.NotParallelCheck;
import dev.paracheck.check.terminology.TermInference;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Severity;
import dev.paracheck.model.TermTable;
import dev.paracheck.pipeline.DirectoryRun;
import dev.paracheck.pipeline.PairOptions;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tree-wide term inference of directory mode alone, in one process: the pairs of {@code TREE/en} and
 * {@code TREE/de} are read and aligned (only the {@code not-parallel} check, which decides which pairs take
 * part), then {@link TermInference#infer} runs over them {@code REPS} times (default 3). Prints each run's wall
 * time, the process's CPU time over it (2.0: both cores busy), the number of terms and of their occurrences (the
 * same for builds that infer the same table) and the load average. For a before/after, run it on the classes of
 * either build.
 *
 * <pre>
 * java -Xmx1g -XX:TieredStopAtLevel=1 -cp "target/classes:target/test-classes:target/lib/*" \
 *     dev.paracheck.bench.TermInferenceBenchmark TREE [REPS]
 * </pre>
 *
 * A tree of 1,000 pairs is what {@link DirectoryScaleBenchmark} {@code --keep} leaves in {@code n1000}.
 */
public final class TermInferenceBenchmark {
    private TermInferenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path tree = Path.of(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        DirectoryRun run = DirectoryRun.check(tree.resolve("en"), tree.resolve("de"), new PairOptions(null, null,
                false), Checks.select(Set.of(NotParallelCheck.ID), Set.of(), Map.of()), 2, (n, total) -> { });
        List<CheckContext> contexts = new ArrayList<>();
        for (DirectoryRun.Checked c : run.pairs()) {
            PairResult r = c.result();
            if (r.findings().stream().noneMatch(f -> f.check().equals(NotParallelCheck.ID))) {
                contexts.add(new CheckContext(r.source(), r.target(), r.alignment(), Severity.ERROR));
            }
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < reps; i++) {
            System.gc(); // what the reading left is not this run's collection
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            TermTable table = TermInference.infer(contexts);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "%d pairs, run %d: %.2f s, CPU %.2f s (%.2f), %d terms, %d occurrences,"
                            + " load average %s%n", contexts.size(), i + 1, wall, cpu, cpu / wall,
                    table.terms().size(), table.terms().stream().mapToInt(TermTable.Term::occurrences).sum(),
                    Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }
}
