package dev.paracheck.cli;

import dev.paracheck.internal.InputException;
import java.io.PrintWriter;
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
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // nothing was half-written: reports are rendered in memory and moved into place at the end
            System.err.println("paracheck: out of memory: the documents are too large for this heap (raise -Xmx)");
            code = ExitCodes.BAD_INPUT;
        } catch (Error e) {
            System.err.println("paracheck: internal error: " + e);
            code = ExitCodes.BAD_INPUT;
        }
        System.exit(code);
    }

    /** The command line with paracheck's error handling: one line on standard error, exit code 2. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handleExecutionException);
        cl.setParameterExceptionHandler(Main::handleParameterException);
        return cl;
    }

    private static int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose") || parsed.subcommands().stream()
                .anyMatch(p -> p.hasMatchedOption("--verbose"));
        if (e instanceof InputException) {
            err.println("paracheck: " + e.getMessage());
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
        err.println("paracheck: " + e.getMessage() + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
