package dev.paracheck.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file paracheck could not check: unreadable, or without a counterpart in directory mode. Not a finding (no
 * check raised it), but it fails the run like an error.
 *
 * @param path the file concerned
 * @param message what is wrong, one sentence
 */
public record Problem(Path path, String message) {
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
