package dev.paracheck.cli;

/** The exit codes of the command-line contract. */
public final class ExitCodes {
    /** Nothing at or above {@code --fail-on}. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** Bad usage or unreadable input. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
