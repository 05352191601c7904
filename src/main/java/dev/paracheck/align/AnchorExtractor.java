package dev.paracheck.align;

import dev.paracheck.internal.Text;
import dev.paracheck.model.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Extracts the dictionary-free lexical anchors of sentences: numbers (digit runs, so {@code 1,000.5} and
 * {@code 1.000,5} share theirs), and words reduced to a cognate key (folded to ASCII lower case, {@code c} read
 * as {@code k}, doubled letters single, first five letters: "Committee" and "Komitee" both give {@code komit}).
 * Words frequent on their own side (function words) are dropped, so what remains are names, numbers and
 * content words that often keep their shape across European languages.
 *
 * <p>One extractor serves one document pair, so both sides share key ids. Not thread-safe.
 */
final class AnchorExtractor {
    private static final Pattern TOKEN = Pattern.compile("\\p{N}+|\\p{L}[\\p{L}\\p{M}]*");
    private static final int PREFIX = 5;
    private static final int MIN_WORD = 4;
    /** A key in more than this share of a side's sentences is a function word there. */
    private static final double MAX_DOCUMENT_FREQUENCY = 0.08;

    /** A short token in this many sentences with longer words is a word of the language ("No", "Ja", "à"). */
    private static final int MIN_SHORT_WORD_SENTENCES = 2;
    /**
     * A line of marks alone is debris from this many visible characters on ({@code .....}, {@code .-^ !}); shorter
     * ones ({@code !}, {@code » .}, {@code :-)}) are mostly the tail of the sentence before, cut off by a splitter.
     */
    private static final int MIN_MARKS = 4;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]{2,}");
    private static final String OPENING_MARKS = "\"“„”«»‹›‚‘";
    private static final String CLOSING_MARKS = "\"“”»«‹›";
    private static final String DASHES = "-–—";

    private final LexiconIndex lexicon;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, Integer> wordIds = new HashMap<>();

    AnchorExtractor() {
        this(LexiconIndex.NONE);
    }

    /** An extractor that also gives a word and its lexicon translations a shared key. */
    AnchorExtractor(LexiconIndex lexicon) {
        this.lexicon = lexicon;
    }

    /** Number of key ids handed out so far; learned keys are numbered from here on. */
    int keyCount() {
        return ids.size();
    }

    List<Unit> units(List<Sentence> sentences, String side) {
        boolean sourceSide = side.startsWith("s");
        // tokenising and folding is the expensive part and needs no shared state, so it runs on all cores; ids
        // are handed out afterwards in sentence order, so they do not depend on the scheduling
        String[][] keysPerSentence = new String[sentences.size()][];
        String[][] wordsPerSentence = new String[sentences.size()][];
        IntStream.range(0, sentences.size()).parallel().forEach(i -> {
            keysPerSentence[i] = keys(sentences.get(i).text(), sourceSide);
            wordsPerSentence[i] = words(sentences.get(i).text());
        });
        boolean[] debris = debris(sentences);
        Map<String, Integer> df = new HashMap<>();
        for (String[] keys : keysPerSentence) {
            for (String k : keys) {
                df.merge(k, 1, Integer::sum);
            }
        }
        int limit = Math.max(3, (int) Math.ceil(sentences.size() * MAX_DOCUMENT_FREQUENCY));
        List<Unit> units = new ArrayList<>(sentences.size());
        int previousParagraph = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            int[] kept = Arrays.stream(keysPerSentence[i])
                    .filter(k -> k.charAt(0) == '#' || df.get(k) <= limit)
                    .mapToInt(k -> ids.computeIfAbsent(k, x -> ids.size()))
                    .sorted().distinct().toArray();
            int[] numbers = Arrays.stream(keysPerSentence[i]).filter(k -> k.charAt(0) == '#')
                    .mapToInt(ids::get).sorted().distinct().toArray();
            int[] words = Arrays.stream(wordsPerSentence[i])
                    .mapToInt(w -> wordIds.computeIfAbsent(side + w, x -> wordIds.size())).sorted().distinct().toArray();
            units.add(new Unit(Text.visibleLength(s.text()), kept, numbers, words, s.paragraph() != previousParagraph,
                    opensQuote(s.text()), closesQuote(s.text()), debris[i]));
            previousParagraph = s.paragraph();
        }
        return units;
    }

    /**
     * Which sentences are debris: OCR noise and stray marks ({@code V}, {@code ■ iv V V .}, {@code .-^ !}), which a
     * translation rarely has a counterpart for. A sentence is debris when it is wordless — no number, no letter of
     * a script written without spaces (Chinese, Japanese, Thai…), no run of three letters or more — and none of
     * its one- or two-letter tokens is a word of the document: one found in at least
     * {@value #MIN_SHORT_WORD_SENTENCES} sentences that have longer words too, so dialogue like {@code "No!"},
     * {@code ,,Ja."} or {@code "Oh, my!"} is not, nor is a cry or question ({@code Au, au!!}). Character scans, no
     * regular expression: the first stops at a sentence's first longer word (almost every sentence); only when
     * some sentence is wordless are the others scanned for its tokens.
     */
    static boolean[] debris(List<Sentence> sentences) {
        int n = sentences.size();
        boolean[] wordless = new boolean[n];
        IntStream.range(0, n).parallel().forEach(i -> wordless[i] = shortTokens(sentences.get(i).text(), null));
        Map<Integer, List<String>> tokensOfWordless = new HashMap<>();
        Map<String, Integer> inSentences = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (wordless[i]) {
                List<String> tokens = new ArrayList<>();
                shortTokens(sentences.get(i).text(), tokens::add);
                tokensOfWordless.put(i, tokens);
                tokens.forEach(t -> inSentences.put(t, 0));
            }
        }
        if (!inSentences.isEmpty()) {
            Set<String> candidates = Set.copyOf(inSentences.keySet());
            List<Set<String>> found = IntStream.range(0, n).parallel().mapToObj(i -> {
                Set<String> hits = new HashSet<>();
                if (!wordless[i]) {
                    shortTokens(sentences.get(i).text(), t -> {
                        if (candidates.contains(t)) {
                            hits.add(t);
                        }
                    });
                }
                return hits;
            }).toList();
            found.forEach(hits -> hits.forEach(t -> inSentences.merge(t, 1, Integer::sum)));
        }
        boolean[] out = new boolean[n];
        tokensOfWordless.forEach((i, tokens) -> {
            String text = sentences.get(i).text();
            boolean word = tokens.stream().anyMatch(t -> inSentences.get(t) >= MIN_SHORT_WORD_SENTENCES);
            out[i] = !word && (tokens.isEmpty() ? Text.visibleLength(text) >= MIN_MARKS : !exclaimsOrAsks(text));
        });
        return out;
    }

    /**
     * Whether a text opens a quotation or ends in {@code !} or {@code ?} (closing marks aside): a cry or a question
     * in dialogue ({@code Au, au!!}, {@code ,,Wa -- a -- as?}), however short its words.
     */
    private static boolean exclaimsOrAsks(String text) {
        String t = text.strip();
        int end = t.length();
        while (end > 0 && CLOSING_MARKS.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return opensQuote(t) || (end > 0 && (t.charAt(end - 1) == '!' || t.charAt(end - 1) == '?'));
    }

    /**
     * Scans a text for its tokens of one or two letters, handing each, folded, to {@code sink}; returns whether
     * the text is wordless (no digit, no letter of a script written without spaces, no run of three letters or
     * more). With a null sink it stops at the first sign that the text is not wordless.
     */
    static boolean shortTokens(String text, Consumer<String> sink) {
        boolean wordless = true;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Character.isDigit(c) || (c >= 0x80 && writtenWithoutSpaces(c))) {
                wordless = false;
                if (sink == null) {
                    return false;
                }
                i += Character.charCount(c);
            } else if (Character.isLetter(c)) {
                int start = i;
                int letters = 0;
                while (i < text.length()) {
                    int d = text.codePointAt(i);
                    if (Character.isLetter(d)) {
                        letters++;
                    } else if (Character.getType(d) != Character.NON_SPACING_MARK) {
                        break;
                    }
                    i += Character.charCount(d);
                }
                if (letters > 2) {
                    wordless = false;
                    if (sink == null) {
                        return false;
                    }
                } else if (sink != null) {
                    sink.accept(Text.fold(text.substring(start, i)));
                }
            } else {
                i += Character.charCount(c);
            }
        }
        return wordless;
    }

    /**
     * Whether a letter is of a script written without spaces between words (Chinese, Japanese, Thai…): there a
     * short run of letters is no sign of debris ({@code はい。} is "yes").
     */
    private static boolean writtenWithoutSpaces(int c) {
        if (Character.isIdeographic(c)) {
            return true;
        }
        return switch (Character.UnicodeScript.of(c)) {
            case HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        };
    }

    /**
     * Whether a sentence opens a quotation or a turn of dialogue: a quotation mark of any language (or the two
     * commas that stand for „ in plain-text German), or a dash and a space. Not an apostrophe: German "'s war"
     * elides.
     */
    static boolean opensQuote(String text) {
        String t = text.stripLeading();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return OPENING_MARKS.indexOf(c) >= 0 || t.startsWith(",,")
                || (DASHES.indexOf(c) >= 0 && t.length() > 1 && Character.isWhitespace(t.charAt(1)));
    }

    /** Whether a sentence ends a quotation: a closing mark of any language, or two apostrophes. */
    static boolean closesQuote(String text) {
        String t = text.stripTrailing();
        return !t.isEmpty() && (CLOSING_MARKS.indexOf(t.charAt(t.length() - 1)) >= 0 || t.endsWith("''"));
    }

    /** The folded words of a text, in order. */
    private static String[] words(String text) {
        Matcher m = WORD.matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(Text.fold(m.group()));
        }
        return out.toArray(String[]::new);
    }

    static String[] keys(String text) {
        return new AnchorExtractor().keys(text, true);
    }

    private String[] keys(String text, boolean sourceSide) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String tok = m.group();
            if (Character.isDigit(tok.charAt(0))) {
                out.add("#" + stripLeadingZeros(tok));
            } else {
                if (tok.length() >= MIN_WORD || (tok.length() >= 2 && Character.isUpperCase(tok.charAt(0))
                        && m.start() > 0)) {
                    out.add(cognateKey(tok));
                }
                lexicon.keys(tok, sourceSide, out);
            }
        }
        return out.toArray(String[]::new);
    }

    static String cognateKey(String word) {
        String folded = Text.fold(word).replace('c', 'k').replace("ph", "f").replace("th", "t");
        StringBuilder sb = new StringBuilder(PREFIX);
        for (int i = 0; i < folded.length() && sb.length() < PREFIX; i++) {
            char ch = folded.charAt(i);
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != ch) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
