package dev.paracheck.internal;

/**
 * Bad input that the user can fix: an unreadable file, an unknown format, a bad option value.
 * The command line prints {@link #getMessage()} as its one error line and exits with code 2.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error about one file: {@code FILE: PROBLEM}. */
    public static InputException about(Object file, String problem) {
        return new InputException(file + ": " + problem);
    }

    public static InputException about(Object file, String problem, Throwable cause) {
        return new InputException(file + ": " + problem, cause);
    }
}
