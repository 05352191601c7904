package dev.paracheck.pipeline;

import dev.paracheck.model.Severity;
import dev.paracheck.config.Config;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the source as it was when the translation was made comes from, and the severity of the stale findings it
 * gives: a file (or, in directory mode, a tree whose files stand at the same relative paths as the source's), or
 * git history ({@code path} null).
 *
 * @param path     the file or tree; null for git history
 * @param severity the severity of {@code outdated}, {@code missing-new} and {@code obsolete}
 * @param rules    with git history: the project's rules naming the commit translations were made from
 */
public record SourceBefore(Path path, Severity severity, List<Config.SourceCommit> rules) {
    public SourceBefore {
        Objects.requireNonNull(severity, "severity");
        rules = List.copyOf(rules);
    }

    /** A file or tree before. */
    public SourceBefore(Path path, Severity severity) {
        this(path, severity, List.of());
    }

    /** The before-versions from git history, with the project's {@code source-commits} rules. */
    public static SourceBefore git(Severity severity, List<Config.SourceCommit> rules) {
        return new SourceBefore(null, severity, rules);
    }

    /** The commit a project rule names for {@code target}, or null. */
    String ruleFor(Path target) {
        return rules.stream().filter(r -> r.matches(target)).map(Config.SourceCommit::commit).findFirst()
                .orElse(null);
    }

    public boolean fromGit() {
        return path == null;
    }

    /** For the page at {@code relative} of a tree: its file in the tree before; git history stays git history. */
    SourceBefore forPage(Path relative) {
        return fromGit() ? this : new SourceBefore(path.resolve(relative.toString()), severity, rules);
    }
}
