package dev.paracheck.align;

import dev.paracheck.internal.Text;
import dev.paracheck.model.Lexicon;
import dev.paracheck.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexicon ({@code --lexicon}) turned into anchor keys: a source word and a target word that one entry
 * translates into each other share the key {@code @entry}. Which column of the lexicon is the source language is
 * found from the documents (the column whose words the source document uses more often), so one German–English
 * dictionary serves both directions. Immutable.
 */
final class LexiconIndex {
    static final LexiconIndex NONE = new LexiconIndex(Map.of(), Map.of());
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    /** Entries a word contributes at most (a frequent word is in hundreds of entries). */
    private static final int MAX_ENTRIES_A_WORD = 4;

    private final Map<String, List<Integer>> source;
    private final Map<String, List<Integer>> target;

    private LexiconIndex(Map<String, List<Integer>> source, Map<String, List<Integer>> target) {
        this.source = source;
        this.target = target;
    }

    static LexiconIndex of(Lexicon lexicon, List<Sentence> sourceSentences, List<Sentence> targetSentences) {
        if (lexicon.isEmpty()) {
            return NONE;
        }
        Map<String, List<Integer>> first = new HashMap<>();
        Map<String, List<Integer>> second = new HashMap<>();
        for (int e = 0; e < lexicon.entries().size(); e++) {
            Lexicon.Entry entry = lexicon.entries().get(e);
            for (String w : entry.first()) {
                add(first, w, e);
            }
            for (String w : entry.second()) {
                add(second, w, e);
            }
        }
        long forward = hits(sourceSentences, first) + hits(targetSentences, second);
        long backward = hits(sourceSentences, second) + hits(targetSentences, first);
        return forward >= backward ? new LexiconIndex(first, second) : new LexiconIndex(second, first);
    }

    private static void add(Map<String, List<Integer>> index, String word, int entry) {
        List<Integer> ids = index.computeIfAbsent(word, k -> new ArrayList<>(1));
        if (ids.size() < MAX_ENTRIES_A_WORD) {
            ids.add(entry);
        }
    }

    private static long hits(List<Sentence> sentences, Map<String, List<Integer>> index) {
        long n = 0;
        for (Sentence s : sentences) {
            Matcher m = WORD.matcher(s.text());
            while (m.find()) {
                n += index.containsKey(Text.lower(m.group())) ? 1 : 0;
            }
        }
        return n;
    }

    /** The lexicon keys of a word on the source (or target) side: {@code @entry} for each entry it is in. */
    void keys(String word, boolean sourceSide, List<String> out) {
        List<Integer> ids = (sourceSide ? source : target).get(Text.lower(word));
        if (ids != null) {
            for (int id : ids) {
                out.add("@" + id);
            }
        }
    }
}
