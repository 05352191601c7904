package dev.paracheck.cli;

import dev.paracheck.internal.InputException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on the two input paths that come before any reading. */
final class Inputs {
    private Inputs() {
    }

    static void requireFiles(Path source, Path target) {
        boolean sd = Files.isDirectory(source);
        boolean td = Files.isDirectory(target);
        if (sd && td) {
            throw InputException.about(source, "is a directory; directory mode (SOURCE_DIR TARGET_DIR) is not "
                    + "available in this version, give two files");
        }
        if (sd) {
            throw InputException.about(source, "is a directory but " + target + " is not: give two files");
        }
        if (td) {
            throw InputException.about(target, "is a directory but " + source + " is not: give two files");
        }
    }
}
