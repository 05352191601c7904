package dev.paracheck.pipeline;

import dev.paracheck.model.Severity;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the source as it was when the translation was made comes from, and the severity of the stale findings it
 * gives: a file (or, in directory mode, a tree whose files stand at the same relative paths as the source's), or
 * git history ({@code path} null).
 *
 * @param path     the file or tree; null for git history
 * @param severity the severity of {@code outdated}, {@code missing-new} and {@code obsolete}
 */
public record SourceBefore(Path path, Severity severity) {
    public SourceBefore {
        Objects.requireNonNull(severity, "severity");
    }

    /** The before-versions from git history. */
    public static SourceBefore git(Severity severity) {
        return new SourceBefore(null, severity);
    }

    public boolean fromGit() {
        return path == null;
    }

    /** For the page at {@code relative} of a tree: its file in the tree before; git history stays git history. */
    SourceBefore forPage(Path relative) {
        return fromGit() ? this : new SourceBefore(path.resolve(relative.toString()), severity);
    }
}
