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

    /** A line of a table of contents or an index: an entry, dot leaders, page numbers ("\\midrule . . . 4, 39"). */
    private static final java.util.regex.Pattern LEADERS =
            java.util.regex.Pattern.compile("(?s).*(?:\\.\\s?){4,}\\s*" + Pages.LIST + "$");
    /** An index's entry and its pages without leaders ("\\newcount 25, 26, 29, 30"), or its pages alone. */
    private static final java.util.regex.Pattern PAGES_AFTER =
            java.util.regex.Pattern.compile("(?s)(?:.*\\s)?" + Pages.LIST + "$");
    /** A letter heading a group of an index's entries ("M", "N"). */
    private static final java.util.regex.Pattern LETTER = java.util.regex.Pattern.compile("\\p{Lu}");
    /** How many lines with leaders make a page one of contents or of an index. */
    static final int MIN_LEADERS = 3;

    private static final class Pages {
        /** Page numbers, arabic or roman, single or ranges, separated by commas ("5–14, 27, 28", "xii"). */
        static final String LIST = "(?:\\d+|[ivxlc]+)(?:[–-]\\d+)?(?:,\\s*\\d+(?:[–-]\\d+)?)*";
    }

    /**
     * The blocks without the pages of a table of contents or an index: on a page with {@value #MIN_LEADERS} lines of
     * entries with dot leaders or more, those lines, an entry followed by its pages, page numbers alone and the
     * letters that head groups of entries. A translation sets them with its own pages and order: as text they
     * were hundreds of one-line "sentences" ("." "65" "P") the other side lacked.
     */
    static List<ParagraphCollector.Block> withoutNavigation(List<ParagraphCollector.Block> blocks) {
        Map<Integer, Integer> leaders = new HashMap<>();
        for (ParagraphCollector.Block b : blocks) {
            if (LEADERS.matcher(b.text()).matches()) {
                leaders.merge(b.page(), 1, Integer::sum);
            }
        }
        if (leaders.values().stream().noneMatch(n -> n >= MIN_LEADERS)) {
            return blocks;
        }
        List<ParagraphCollector.Block> out = new ArrayList<>(blocks.size());
        for (ParagraphCollector.Block b : blocks) {
            boolean navigationPage = leaders.getOrDefault(b.page(), 0) >= MIN_LEADERS;
            String t = b.text().strip();
            if (!(navigationPage && (LEADERS.matcher(t).matches() || PAGES_AFTER.matcher(t).matches()
                    || LETTER.matcher(t).matches()))) {
                out.add(b);
            }
        }
        return out;
    }

    private static String key(String text) {
        return text.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}
