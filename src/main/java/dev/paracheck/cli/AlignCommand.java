package dev.paracheck.cli;

import dev.paracheck.internal.StageTimes;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.pipeline.ConsistencyRun;
import dev.paracheck.pipeline.PairOptions;
import dev.paracheck.report.Reporter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paracheck align SOURCE TARGET}: the alignment only, no checks. */
@Command(name = "align", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Align two documents paragraph by paragraph and sentence by sentence; run no check.")
public final class AlignCommand implements Callable<Integer> {
    @Mixin
    PairOptionsMixin options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StageTimes times = options.stageTimes();
        List<Reporter> reporters = ReportOutput.validate(options);
        options.requireTwo("align");
        Inputs.requireFiles(options.source, options.target);
        var config = options.loadConfig();
        PairResult pair = new ConsistencyRun(times).align(options.source, options.target,
                options.pairOptions(config));
        Report report = new Report(Version.get(), List.of(pair), List.of());
        times.time("reports", () -> {
            ReportOutput.emit(report, reporters, options, ReportOutput.baseName(options.source, options.target),
                    spec.commandLine().getOut(), spec.commandLine().getErr());
            return null;
        });
        ReportOutput.printTimes(times, 1, spec.commandLine().getErr());
        return ExitCodes.OK;
    }
}
