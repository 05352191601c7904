package dev.paracheck.cli;

import dev.paracheck.check.Checks;
import dev.paracheck.internal.InputException;
import dev.paracheck.model.CheckDescriptor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code paracheck} command. {@link #commandLine()} builds the configured picocli command line, shared by
 * {@link #main} and the tests; only {@code main} calls {@link System#exit}.
 */
@Command(name = "paracheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks a translation against its source: aligns them, flags omissions, additions, "
                + "reordering and more, and writes reports for review and CI.",
        subcommands = {CheckCommand.class, AlignCommand.class, BaselineCommand.class, TermsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** No command: the usage, on standard error, and exit code 2 (a script that forgot the command fails). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    public static void main(String[] args) {
        // Log4j's own status lines ("could not find a logging provider", when the heap runs out while a library
        // loads it) would be a second line beside paracheck's one; the libraries' logging goes to slf4j-nop anyway
        if (System.getProperty("log4j2.StatusLogger.level") == null) {
            System.setProperty("log4j2.StatusLogger.level", "OFF");
        }
        // threads started ahead (language profiles, taggers, grammar checkers) are only a head start: what fails
        // on them fails again where the run needs it, and is reported there, once
        // (the heap running out there leaves classes half-initialised, which the run then fails on)
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                outOfMemoryAhead = true;
            }
        });
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            code = outOfMemory();
        } catch (Error e) {
            if (outOfMemoryAhead) {
                code = outOfMemory();
            } else {
                System.err.println("paracheck: internal error: " + e);
                code = ExitCodes.BAD_INPUT;
            }
        }
        System.exit(code);
    }

    /** Whether a thread started ahead ran out of memory. */
    private static volatile boolean outOfMemoryAhead;

    private static int outOfMemory() {
        // nothing was half-written: reports go to temporary files, moved into place only at the end
        System.err.println("paracheck: out of memory: the documents are too large for this heap (raise it: "
                + "PARACHECK_JAVA_OPTS=-Xmx4g bin/paracheck …, or java -Xmx4g -jar …)");
        return ExitCodes.BAD_INPUT;
    }

    /** The command line with paracheck's error handling: one line on standard error, exit code 2. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handleExecutionException);
        cl.setParameterExceptionHandler(Main::handleParameterException);
        CommandLine check = cl.getSubcommands().get("check");
        List<String> footer = new ArrayList<>(List.of(check.getCommandSpec().usageMessage().footer()));
        footer.add("");
        footer.add("Checks (id, default severity; --checks, --skip-checks, .paracheck.yml):");
        for (CheckDescriptor d : Checks.descriptors()) {
            footer.add(String.format(java.util.Locale.ROOT, "  %-25s %-8s %s", d.id(), d.defaultSeverity().label(),
                    d.title()));
        }
        check.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
        return cl;
    }

    private static int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose") || parsed.subcommands().stream()
                .anyMatch(p -> p.hasMatchedOption("--verbose"));
        if (e instanceof InputException) {
            err.println("paracheck: " + e.getMessage());
        } else if (outOfMemoryAhead) {
            err.flush();
            return outOfMemory();
        } else {
            err.println("paracheck: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        if (e instanceof CommandLine.UnmatchedArgumentException u && cl.getParent() == null
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            err.println("paracheck: unknown command '" + u.getUnmatched().get(0) + "' (commands: "
                    + String.join(", ", cl.getSubcommands().keySet()) + "; see 'paracheck --help')");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println("paracheck: " + e.getMessage() + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
