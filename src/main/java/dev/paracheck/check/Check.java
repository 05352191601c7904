package dev.paracheck.check;

import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Finding;
import java.util.List;

/**
 * One check: a small, stateless, thread-safe class that reads an aligned pair and returns findings.
 * Its id ({@code descriptor().id()}) is part of the command-line contract and never changes.
 */
public interface Check {
    CheckDescriptor descriptor();

    /** The findings for the pair, at {@code context.severity()}; never null. */
    List<Finding> run(CheckContext context);

    /** False for checks that judge whether the pair is parallel at all; the others are skipped when it is not. */
    default boolean needsParallelPair() {
        return true;
    }
}
