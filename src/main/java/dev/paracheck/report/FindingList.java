package dev.paracheck.report;

import dev.paracheck.model.PairResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A review page section's findings (template {@code findings}): the numbered list, then the document-level ones
 * again with their controls. Immutable.
 *
 * @param all every finding of the pair, in the pair's order
 */
record FindingList(List<FindingView> all) {
    FindingList {
        all = List.copyOf(all);
    }

    /**
     * The findings of {@code pair} (section {@code pairId}); {@code rowOf[k]} is where finding {@code k} stands in the
     * section's table, negative for none; a row's cell spans {@code columns} columns.
     */
    static FindingList of(PairResult pair, String pairId, int[] rowOf, int columns) {
        List<FindingView> out = new ArrayList<>();
        for (int k = 0; k < pair.findings().size(); k++) {
            out.add(FindingView.of(pair.findings().get(k), pair.target().path(), pairId, k, rowOf[k] >= 0, columns));
        }
        return new FindingList(out);
    }

    int count() {
        return all.size();
    }

    /** The findings that stand in no row. */
    List<FindingView> documentLevel() {
        return all.stream().filter(f -> !f.linked()).toList();
    }
}
