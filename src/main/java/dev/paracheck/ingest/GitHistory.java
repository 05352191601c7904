package dev.paracheck.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The source as it stood when its translation was made, read from git history with JGit (no git binary): at the
 * commit the target declares in its front matter ({@code source-commit: SHA}), else at the last commit that
 * changed the target ({@code translation-of: SHA} is read as {@code source-commit}). When that cannot be known — no git work tree, a target never committed, a shallow clone that
 * ends before it, a source that did not exist then — the answer says why, and the caller checks now against now.
 */
public final class GitHistory {
    private static final Pattern DECLARED = Pattern.compile(
            "(?m)^\\s*(?:source-commit|translation-of)\\s*:\\s*[\"']?([0-9a-fA-F]{4,40})(?![\\w.])");

    /**
     * The source before, written to {@code file}, the commit it is from, and how far the source has moved on since
     * (commits that changed it, days from that commit to the last of them); or why there is none.
     */
    public record Before(Path file, String commit, String why, int commitsBehind, long daysBehind) {
        Before(String why) {
            this(null, null, why, -1, -1);
        }

        public boolean found() {
            return file != null;
        }
    }

    private GitHistory() {
    }

    /**
     * Writes the source as it was when {@code target} was translated into a temporary file whose name ends in the
     * source's file name (so that its format is known) and returns it, for the caller to delete; or returns why it
     * cannot.
     */
    public static Before sourceBefore(Path source, Path target) {
        return sourceBefore(source, target, null);
    }

    /**
     * As above, {@code ruleCommit} (a project's rule for this target, or null) naming the commit the translation
     * was made from when the target's front matter declares none.
     */
    public static Before sourceBefore(Path source, Path target, String ruleCommit) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(target.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return new Before("not in a git work tree");
        }
        try (Repository repo = builder.build(); Git git = new Git(repo); RevWalk walk = new RevWalk(repo)) {
            Path root = repo.getWorkTree().toPath().toRealPath();
            String targetPath = relative(root, target);
            String sourcePath = relative(root, source);
            if (targetPath == null || sourcePath == null) {
                return new Before("outside the git work tree " + root);
            }
            RevCommit commit;
            String fromFrontMatter = declaredCommit(target);
            String declared = fromFrontMatter != null ? fromFrontMatter : ruleCommit;
            if (declared != null) {
                ObjectId id = repo.resolve(declared);
                if (id == null) {
                    return new Before((fromFrontMatter != null ? "declares source-commit " : "the project's "
                            + "source-commits rule names ") + declared + ", which this repository does not have");
                }
                commit = walk.parseCommit(id);
            } else {
                Iterator<RevCommit> log = git.log().addPath(targetPath).setMaxCount(1).call().iterator();
                if (!log.hasNext()) {
                    return new Before("never committed");
                }
                commit = log.next();
                if (repo.getObjectDatabase().getShallowCommits().contains(commit.getId())) {
                    return new Before("shallow clone: the history may end before the commit that "
                            + "translated it (fetch with more depth)");
                }
            }
            try (TreeWalk tree = TreeWalk.forPath(repo, sourcePath, commit.getTree())) {
                if (tree == null) {
                    return new Before("the source " + sourcePath + " did not exist at "
                            + commit.abbreviate(7).name());
                }
                byte[] content = repo.open(tree.getObjectId(0)).getBytes();
                int behind = 0;
                long last = commit.getCommitTime();
                ObjectId head = repo.resolve("HEAD");
                for (RevCommit c : git.log().add(head).not(commit).addPath(sourcePath).call()) {
                    behind++;
                    last = Math.max(last, c.getCommitTime());
                }
                Path file = Files.createTempFile("paracheck-before-", "-" + source.getFileName());
                Files.write(file, content);
                return new Before(file, commit.getName(), null, behind, (last - commit.getCommitTime()) / 86_400);
            }
        } catch (IOException | GitAPIException e) {
            return new Before("cannot read git history: " + e.getMessage());
        }
    }

    private static String declaredCommit(Path target) throws IOException {
        List<String> head;
        try (var lines = Files.lines(target)) {
            head = lines.limit(40).toList();
        } catch (java.io.UncheckedIOException e) {
            return null; // not text (a DOCX): no front matter to declare in
        }
        Matcher m = DECLARED.matcher(String.join("\n", head));
        return m.find() ? m.group(1) : null;
    }

    private static String relative(Path root, Path file) throws IOException {
        Path real = file.toRealPath();
        if (!real.startsWith(root)) {
            return null;
        }
        return root.relativize(real).toString().replace('\\', '/');
    }
}
