package dev.paracheck.cli;

import dev.paracheck.internal.InputException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on the two input paths that come before any reading. */
final class Inputs {
    private Inputs() {
    }

    /** True when both are directories (directory mode). */
    static boolean bothDirectories(Path source, Path target) {
        return Files.isDirectory(source) && Files.isDirectory(target);
    }

    static void requireFiles(Path source, Path target) {
        boolean sd = Files.isDirectory(source);
        boolean td = Files.isDirectory(target);
        if (sd && td) {
            throw InputException.about(source, "is a directory; 'align' takes two files (directory mode is "
                    + "'paracheck check SOURCE_DIR TARGET_DIR')");
        }
        if (sd) {
            throw InputException.about(source, "is a directory but " + target + " is not: give two files or two "
                    + "directories");
        }
        if (td) {
            throw InputException.about(target, "is a directory but " + source + " is not: give two files or two "
                    + "directories");
        }
        try {
            if (Files.exists(source) && Files.exists(target) && Files.isSameFile(source, target)) {
                throw InputException.about(target, "is the same file as the source " + source
                        + "; give the source and its translation");
            }
        } catch (java.io.IOException e) {
            // unreadable: the reader reports it with its reason
        }
    }
}
