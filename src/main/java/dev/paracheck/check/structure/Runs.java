package dev.paracheck.check.structure;

import dev.paracheck.model.Document;
import dev.paracheck.model.Link;
import dev.paracheck.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Groups the sentences of selected links into runs of consecutive sentences within one paragraph, so that a
 * deleted paragraph is one finding, not one per sentence.
 */
final class Runs {
    private Runs() {
    }

    static List<List<Integer>> of(List<Link> links, Predicate<Link> selected, Function<Link, List<Integer>> side,
                                  Document doc) {
        List<Integer> ids = new ArrayList<>();
        for (Link l : links) {
            if (selected.test(l)) {
                ids.addAll(side.apply(l));
            }
        }
        ids.sort(null);
        return doc.runs(ids);
    }

    /**
     * The runs with each series of whole paragraphs of code next to each other joined into one run (a code block
     * is a paragraph a line); other runs as they were. {@code runs} in document order.
     */
    static List<List<Integer>> joinCode(List<List<Integer>> runs, Document doc) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> joined = null;
        for (List<Integer> run : runs) {
            boolean code = isWholeParagraph(run, doc) && doc.paragraphOf(run.get(0)).kind().equals(Paragraph.CODE);
            if (code && joined != null && joined.get(joined.size() - 1) + 1 == run.get(0)) {
                joined.addAll(run);
                continue;
            }
            if (joined != null) {
                out.add(List.copyOf(joined));
                joined = null;
            }
            if (code) {
                joined = new ArrayList<>(run);
            } else {
                out.add(run);
            }
        }
        if (joined != null) {
            out.add(List.copyOf(joined));
        }
        return out;
    }

    /** True when the run is every sentence of its paragraph. */
    static boolean isWholeParagraph(List<Integer> run, Document doc) {
        // a document's sentences are in order, so a paragraph's are consecutive
        var sentences = doc.sentences();
        int first = run.get(0);
        int p = sentences.get(first).paragraph();
        int last = run.get(run.size() - 1);
        if (last - first + 1 == run.size() && sentences.get(last).paragraph() == p) {
            // consecutive sentences of one paragraph: whole when no neighbour shares it (a book as one paragraph
            // of segmented lines is not walked for every run)
            return (first == 0 || sentences.get(first - 1).paragraph() != p)
                    && (last + 1 == sentences.size() || sentences.get(last + 1).paragraph() != p);
        }
        int from = first;
        while (from > 0 && sentences.get(from - 1).paragraph() == p) {
            from--;
        }
        int to = first;
        while (to + 1 < sentences.size() && sentences.get(to + 1).paragraph() == p) {
            to++;
        }
        return to - from + 1 == run.size();
    }

    /** "has" or "have", agreeing with {@link #describe}. */
    static String has(List<Integer> run, Document doc) {
        return verb(run, doc, "has", "have");
    }

    /** {@code singular} or {@code plural} ("goes"/"go", "is"/"are"), agreeing with {@link #describe}. */
    static String verb(List<Integer> run, Document doc, String singular, String plural) {
        return run.size() == 1 || isWholeParagraph(run, doc) ? singular : plural;
    }

    /** "sentence 12", "sentences 12–14", or "paragraph 3 (sentences 12–14)": 1-based for people. */
    static String describe(List<Integer> run, Document doc) {
        int p = doc.sentences().get(run.get(0)).paragraph() + 1;
        String sentences = run.size() == 1 ? "sentence " + (run.get(0) + 1)
                : "sentences " + (run.get(0) + 1) + "–" + (run.get(run.size() - 1) + 1);
        return isWholeParagraph(run, doc) ? "paragraph " + p + " (" + sentences + ")" : sentences;
    }
}
