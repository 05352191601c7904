package dev.paracheck.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Running heads and feet of a paged document (PDF): the first or last block of a page whose text, digits aside,
 * is the first or last block of another page too ("WATCH(1) User Commands WATCH(1)", "procps-ng 2021-04-24 2").
 * They are layout, not text: a translation typesets its pages otherwise, so their page numbers and their place
 * between two halves of a sentence only made number errors and split sentences.
 */
final class PageFurniture {
    private PageFurniture() {
    }

    /** The blocks without running heads and feet; all of them when the document has fewer than two pages. */
    static List<ParagraphCollector.Block> without(List<ParagraphCollector.Block> blocks) {
        Map<Integer, List<Integer>> byPage = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            byPage.computeIfAbsent(blocks.get(i).page(), p -> new ArrayList<>()).add(i);
        }
        if (byPage.size() < 2) {
            return blocks;
        }
        // each page's edges: its first two and last two blocks (a head may take two lines, as a foot may)
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        Map<Integer, String> edgeKey = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> page : byPage.entrySet()) {
            List<Integer> on = page.getValue();
            for (int k = 0; k < on.size(); k++) {
                if (k < 2 || k >= on.size() - 2) {
                    String key = key(blocks.get(on.get(k)).text());
                    edgeKey.put(on.get(k), key);
                    pagesOf.computeIfAbsent(key, x -> new HashSet<>()).add(page.getKey());
                }
            }
        }
        List<ParagraphCollector.Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            String key = edgeKey.get(i);
            if (key == null || key.isBlank() || pagesOf.get(key).size() < 2) {
                out.add(blocks.get(i));
            }
        }
        return out;
    }

    private static String key(String text) {
        return text.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}
