package dev.paracheck.internal;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.List;

/** The word-level difference of two texts (java-diff-utils), one line: deletions {@code [-…-]}, insertions {+…+}. */
public final class WordDiff {
    private static final DiffRowGenerator DIFF = DiffRowGenerator.create()
            .showInlineDiffs(true).inlineDiffByWord(true).mergeOriginalRevised(true)
            .oldTag(open -> open ? "[-" : "-]").newTag(open -> open ? "{+" : "+}")
            .lineNormalizer(java.util.function.Function.identity())
            .build();

    private WordDiff() {
    }

    /** {@code before} turned into {@code after}: "Auf der Konferenz [-stellte-]{+präsentierte+} …". */
    public static String of(String before, String after) {
        List<DiffRow> rows = DIFF.generateDiffRows(List.of(before), List.of(after));
        return rows.isEmpty() ? after : rows.get(0).getOldLine();
    }
}
