package dev.paracheck.check;

import dev.paracheck.model.Finding;
import java.util.List;

/**
 * A check whose evidence spans documents: in directory mode it runs once over all pairs together instead of once
 * a pair. Run on one pair it is an ordinary {@link Check}.
 */
public interface CorpusCheck extends Check {
    /** The findings for each of {@code pairs}, in their order; never null. */
    List<List<Finding>> runAll(List<CheckContext> pairs);

    @Override
    default List<Finding> run(CheckContext context) {
        return runAll(List.of(context)).get(0);
    }
}
