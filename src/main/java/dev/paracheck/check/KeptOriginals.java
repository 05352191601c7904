package dev.paracheck.check;

import dev.paracheck.internal.Text;
import dev.paracheck.model.Document;
import dev.paracheck.model.Link;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Target paragraphs that keep the source's original beside its translation: a pull-quote, a motto or a song given
 * in the original language under (or over) its translation, as opensource.guide's German pages give every quote.
 * The aligner pairs the source with the copy, so the copy looks untranslated and the translation added. Found
 * where a target paragraph linked to source text has the same words as that text (the copy) and a target
 * paragraph beside it has no link at all and the length of that source text (the translation). Stateless.
 */
public final class KeptOriginals {
    /** The share of their distinct words (Jaccard) the copy and the source text have in common at the least. */
    static final double MIN_SAME_WORDS = 0.7;
    /** The translation's visible length against the source text's: within this factor either way. */
    static final double MAX_LENGTH_FACTOR = 1.8;
    /** Fewer words than this in the source text say too little to call the copy one. */
    static final int MIN_WORDS = 5;

    private KeptOriginals() {
    }

    /**
     * The kept originals of the pair: each target paragraph that is a copy of the source text it is linked to,
     * mapped to the paragraph beside it that translates that text; empty when there are none.
     */
    public static Map<Integer, Integer> of(CheckContext ctx) {
        Document tgt = ctx.target();
        Document src = ctx.source();
        Set<Integer> linkedParagraphs = new HashSet<>();
        Map<Integer, Set<Integer>> sourcesOf = new HashMap<>();
        for (Link l : ctx.alignment().sentences()) {
            if (l.isAddition() || l.isOmission()) {
                continue;
            }
            for (int j : l.target()) {
                int p = tgt.sentences().get(j).paragraph();
                linkedParagraphs.add(p);
                sourcesOf.computeIfAbsent(p, k -> new TreeSet<>()).addAll(l.source());
            }
        }
        Map<Integer, Integer> out = new HashMap<>();
        List<List<Integer>> byParagraph = tgt.sentencesByParagraph();
        for (Map.Entry<Integer, Set<Integer>> e : sourcesOf.entrySet()) {
            int p = e.getKey();
            StringBuilder source = new StringBuilder();
            e.getValue().forEach(i -> source.append(src.sentences().get(i).text()).append(' '));
            int sourceLength = Math.max(1, Text.visibleLength(source.toString().strip()));
            // the cheap test first: most linked paragraphs have no unlinked one of that length beside them
            for (int q : new int[] {p - 1, p + 1}) {
                if (q < 0 || q >= byParagraph.size() || byParagraph.get(q).isEmpty() || linkedParagraphs.contains(q)) {
                    continue;
                }
                double factor = Text.visibleLength(tgt.paragraphs().get(q).text()) / (double) sourceLength;
                if (factor <= MAX_LENGTH_FACTOR && factor >= 1 / MAX_LENGTH_FACTOR) {
                    Set<String> sourceWords = words(source.toString());
                    if (sourceWords.size() >= MIN_WORDS
                            && sameWords(sourceWords, words(tgt.paragraphs().get(p).text())) >= MIN_SAME_WORDS) {
                        out.put(p, q);
                    }
                    break;
                }
            }
        }
        return out;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Text.lower(text).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2) {
                out.add(w);
            }
        }
        return out;
    }

    private static double sameWords(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long common = a.stream().filter(b::contains).count();
        return union.isEmpty() ? 0 : common / (double) union.size();
    }
}
