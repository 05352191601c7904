package dev.paracheck.cli;

import dev.paracheck.config.Config;
import dev.paracheck.internal.InputException;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.TermTable;
import dev.paracheck.pipeline.ConsistencyRun;
import dev.paracheck.pipeline.PairFinder;
import dev.paracheck.pipeline.PairOptions;
import dev.paracheck.pipeline.TermRun;
import dev.paracheck.report.ReportFiles;
import dev.paracheck.report.TermTableCsv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paracheck terms SOURCE TARGET}: the inferred term table as CSV in the glossary format, to be edited into
 * a glossary. Two directories give one table over every pair found in them.
 */
@Command(name = "terms", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write the inferred term table (source term, renderings, counts, locations) as CSV in the "
                + "glossary format.")
public final class TermsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SOURCE", description = "The source document, or a directory of them.")
    Path source;

    @Parameters(index = "1", paramLabel = "TARGET", description = "Its translation, or a directory of them.")
    Path target;

    @Mixin
    LanguageOptions languages;

    @Option(names = "--output", paramLabel = "FILE",
            description = "The CSV file to write (default: standard output).")
    Path output;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces on standard error.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Config cfg = languages.loadConfig();
        PairOptions options = new PairOptions(languages.sourceLang(cfg), languages.targetLang(cfg),
                languages.segmented);
        ConsistencyRun run = new ConsistencyRun();
        List<PairResult> pairs = new ArrayList<>();
        boolean batch = Inputs.bothDirectories(source, target);
        if (batch) {
            for (PairFinder.Candidate c : PairFinder.find(source, target)) {
                if (c.source() == null || c.target() == null) {
                    Path alone = c.source() != null ? c.source() : c.target();
                    spec.commandLine().getErr().println("paracheck: " + alone + ": no counterpart; left out");
                    continue;
                }
                pairs.add(run.align(c.source(), c.target(), options).withRelative(c.relative(),
                        target.relativize(c.target())));
            }
            if (pairs.isEmpty()) {
                throw InputException.about(source, "no document pairs found in it and " + target);
            }
        } else {
            Inputs.requireFiles(source, target);
            pairs.add(run.align(source, target, options));
        }
        TermTable table = TermRun.infer(pairs, PairOptionsMixin.boilerplate(cfg));
        String csv = TermTableCsv.render(table, batch);
        if (output == null) {
            spec.commandLine().getOut().print(csv);
            spec.commandLine().getOut().flush();
        } else {
            Path file = output.toAbsolutePath();
            ReportFiles.writeAll(Map.of(file, csv), file.getParent());
            long terms = table.terms().stream().filter(t -> !t.renderings().isEmpty()).count();
            long drifting = table.terms().stream().filter(TermTable.Term::drifts).count();
            spec.commandLine().getErr().println("wrote " + output + ": " + terms + " terms, " + drifting
                    + " rendered more than one way");
        }
        return ExitCodes.OK;
    }
}
