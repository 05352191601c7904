package dev.paracheck.cli;

import dev.paracheck.pipeline.Baseline;
import dev.paracheck.report.ReportFiles;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code paracheck baseline SOURCE TARGET --output FILE}: accepts today's findings. Takes every option of
 * {@code check}; later runs with {@code --baseline FILE} neither show nor fail on these findings.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write the fingerprints of today's findings to a baseline file for 'check --baseline'.")
public final class BaselineCommand extends CheckCommand {
    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The baseline file to write.")
    Path output;

    @Override
    public Integer call() {
        times = options.stageTimes();
        Outcome outcome = run();
        Baseline baseline = Baseline.of(outcome.report().pairs());
        Path parent = output.toAbsolutePath().getParent();
        times.time("reports", () -> ReportFiles.writeAll(Map.of(output.toAbsolutePath(),
                baseline.toJson(Version.get())), parent));
        spec.commandLine().getOut().println("wrote " + output + ": " + baseline.size() + " accepted finding(s)");
        ReportOutput.printTimes(times, outcome.report().pairs().size(), spec.commandLine().getErr());
        return ExitCodes.OK;
    }
}
