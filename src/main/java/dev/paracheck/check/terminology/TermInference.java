package dev.paracheck.check.terminology;

import dev.paracheck.check.CheckContext;
import dev.paracheck.check.PairedText;
import dev.paracheck.internal.Text;
import dev.paracheck.model.Span;
import dev.paracheck.model.TermTable;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Infers the term table of aligned document pairs without a glossary.
 *
 * <ol>
 * <li>Every linked sentence pair is tokenised and tagged by LanguageTool ({@link Lemmatizer}); source and target
 * content words are reduced to their lemmas.</li>
 * <li>Target words are split into compound parts where a part is itself a word of the target text
 * ("Inspektionsausschuss" → "Ausschuss" + "Inspektion"), so that a compound can render a simple source word.</li>
 * <li>Source lemmas and target units are linked within each sentence pair by <em>competitive linking</em>
 * (Melamed, 2000): pairs scored by the Dice coefficient of their co-occurrence over all links are taken greedily,
 * best first, each word and each unit used once. A target word is so explained by the source word that explains
 * it best ("Partei" by "party", not by "committee"), which plain co-occurrence counts cannot do.</li>
 * <li>Terms are source nouns and noun phrases of two or three words (adjectives and nouns ending in a noun) seen
 * at least twice; a term's rendering in a link is the unit its noun is linked to, or, for a phrase, the target
 * words its words are linked to.</li>
 * <li>Renderings of one term that contain one another ("Komitee", "Parteikomitee") are one rendering.</li>
 * </ol>
 * Written here rather than taken from a library: the field's term extractors and word aligners (GIZA++,
 * fast_align, eflomal) are native programs without a Java API, and none knows LanguageTool's lemmas.
 *
 * <p>The work of each pair, and then of each link, is independent and done a thread a core (parallel streams, in
 * the common fork-join pool); the statistics over all links and the table are gathered in the order of the pairs
 * and links, so the table is the same as one thread would make it.
 */
public final class TermInference {
    /** A pair of words must co-occur in this many links before they can be linked. */
    static final int MIN_COOCCURRENCE = 2;
    /** The weakest association (Dice) that still links two words. */
    static final double MIN_DICE = 0.1;
    /** The longest noun phrase considered a term, in words. */
    static final int MAX_PHRASE = 3;
    /** The weakest association (Dice) of a term with a target word that makes the word its rendering. */
    static final double MIN_RENDERING = 0.2;

    private TermInference() {
    }

    /** The term table of one or more aligned pairs, {@code pairs.get(i)} being pair {@code i}. */
    public static TermTable infer(List<CheckContext> pairs) {
        // a thread a core: in directory mode this runs once over all pairs, after the last pair is checked (a
        // batch of 1,000 pages tagged them all on one thread while the other core idled)
        Map<String, Lemmatizer> lemmatizers = new ConcurrentHashMap<>();
        return inferFromWords(pairs.parallelStream().map(ctx -> words(ctx, lemmatizers)).toList());
    }

    /**
     * The first step of {@link #infer} for one pair: its links' words, tokenised and tagged (most of the work).
     * A run that checks pairs apart (a distributed one) takes each pair's words where it checks the pair and infers
     * the table of many pairs from them ({@link #inferFromWords}); the table is the same.
     */
    public static PairWords words(CheckContext ctx) {
        return words(ctx, new HashMap<>());
    }

    private static PairWords words(CheckContext ctx, Map<String, Lemmatizer> lemmatizers) {
        Lemmatizer s = lemmatizers.computeIfAbsent(ctx.source().lang(), Lemmatizer::new);
        Lemmatizer t = lemmatizers.computeIfAbsent(ctx.target().lang(), Lemmatizer::new);
        List<PairWords.Link> out = new ArrayList<>();
        for (PairedText p : PairedText.of(ctx)) {
            // link targets, URLs and code spans are no terms: "/en/news/…" made "en" a term of a page of links;
            // blanked in place, so that a word's place is its place in the location's text
            out.add(new PairWords.Link(p.source(), p.target(), s.tokens(Text.proseInPlace(p.source().text())),
                    t.tokens(Text.proseInPlace(p.target().text()))));
        }
        return new PairWords(ctx.source().label(), out);
    }

    /** The term table of pairs whose words {@link #words} took, {@code pairs.get(i)} being pair {@code i}. */
    public static TermTable inferFromWords(List<PairWords> pairs) {
        List<LinkWords> links = IntStream.range(0, pairs.size()).parallel()
                .mapToObj(i -> pairs.get(i).links().stream().map(l -> new LinkWords(i, pairs.get(i).label(), l)))
                .flatMap(l -> l)
                .toList();
        Map<String, String> vocabulary = targetVocabulary(links);
        Set<String> nouns = new HashSet<>();
        links.forEach(l -> l.target.stream().filter(w -> w.wordClass() == WordClass.NOUN)
                .forEach(w -> nouns.add(key(w))));
        // a word's compound parts once a distinct word, the same set for all its occurrences
        Map<String, Set<String>> parts = new ConcurrentHashMap<>();
        links.parallelStream().forEach(l -> {
            l.setUnits(units(l.target, vocabulary, nouns, parts));
            l.terms = termInstances(l.source);
            l.source = null; // in the keys, units and terms now: the lists of a batch's words let go
            l.target = null;
        });
        Stats words = new Stats();
        Stats terms = new Stats();
        for (LinkWords l : links) {
            Set<String> nounUnits = new HashSet<>();
            l.units.stream().filter(Unit::noun).forEach(u -> nounUnits.add(u.key()));
            words.add(l.sourceKeys, l.unitKeys);
            Set<String> termKeys = new HashSet<>();
            l.terms.forEach(t -> termKeys.add(t.key()));
            terms.add(termKeys, nounUnits);
        }
        // each link's renderings of each of its terms, read from the finished statistics: for link k and its term j,
        // rendered.get(k).get(j)
        List<List<List<UnitOccurrence>>> rendered = links.parallelStream().map(l -> {
            Map<String, String> claimedBy = competitiveLinking(l, words);
            return l.terms.stream().map(t -> occurrences(l, t, claimedBy, terms)).toList();
        }).toList();
        Map<String, TermBuilder> table = new LinkedHashMap<>();
        for (int k = 0; k < links.size(); k++) {
            LinkWords l = links.get(k);
            for (int j = 0; j < l.terms.size(); j++) {
                TermInstance t = l.terms.get(j);
                TermBuilder b = table.computeIfAbsent(t.key(), key -> new TermBuilder());
                b.occurrences += t.count();
                b.spellings.merge(t.display(), t.count(), Integer::sum);
                for (UnitOccurrence o : rendered.get(k).get(j)) {
                    b.renderings.computeIfAbsent(o.unit(), key -> new RenderingBuilder())
                            .add(vocabulary.getOrDefault(o.unit(), o.unit()), o.occurrence());
                }
            }
        }
        // built apart, gathered in the table's order before the (stable) sort
        return new TermTable(table.values().parallelStream()
                .filter(b -> b.occurrences >= 2)
                .map(b -> b.build(vocabulary.keySet()))
                .toList().stream()
                .sorted(Comparator.comparingInt(TermTable.Term::occurrences).reversed()
                        .thenComparing(TermTable.Term::source))
                .toList());
    }

    /** A term's rendering in a link: the target unit, and the occurrence with the term's and the unit's spans. */
    private record UnitOccurrence(String unit, TermTable.Occurrence occurrence) {
    }

    /** The renderings of term {@code t} in link {@code l} ({@link #renderings}) as occurrences of the table. */
    private static List<UnitOccurrence> occurrences(LinkWords l, TermInstance t, Map<String, String> claimedBy,
                                                Stats terms) {
        List<Rendered> renderings = renderings(l, t, claimedBy, terms);
        if (renderings.isEmpty()) {
            return List.of();
        }
        List<Span> termSpans = TermMatcher.spans(l.sourceTokens, t.at(), Span.Side.SOURCE);
        List<UnitOccurrence> out = new ArrayList<>(renderings.size());
        for (Rendered r : renderings) {
            List<Span> spans = new ArrayList<>(termSpans);
            spans.addAll(TermMatcher.spans(l.targetTokens, List.of(new int[] {r.token(), r.token() + 1}),
                    Span.Side.TARGET));
            out.add(new UnitOccurrence(r.unit(), new TermTable.Occurrence(l.pair, l.label, l.link.source(),
                    l.link.target(), spans)));
        }
        return out;
    }

    /** One link's words: source words, target words, the target units and the source terms. */
    private static final class LinkWords {
        final int pair;
        /** How the pair's source is named among several ({@link PairWords#label}). */
        final String label;
        final PairWords.Link link;
        final List<Lemmatizer.Token> sourceTokens;
        final List<Lemmatizer.Token> targetTokens;
        /** The source's words; null once the terms are found. */
        List<Lemmatizer.Word> source;
        /** The target's words; null once the units are found. */
        List<Lemmatizer.Word> target;
        /**
         * The distinct lemmas of the source's content words, in the order first met (a list, not a hash set a link:
         * they are only counted, or paired and sorted by a total order).
         */
        final List<String> sourceKeys;
        List<Unit> units = List.of();
        /** The distinct keys of {@link #units}, in the order first met. */
        List<String> unitKeys = List.of();
        List<TermInstance> terms = List.of();

        LinkWords(int pair, String label, PairWords.Link link) {
            this.pair = pair;
            this.label = label;
            this.link = link;
            this.sourceTokens = link.sourceTokens();
            this.targetTokens = link.targetTokens();
            this.source = sourceTokens.stream().map(Lemmatizer.Token::word).toList();
            this.target = targetTokens.stream().map(Lemmatizer.Token::word).toList();
            this.sourceKeys = distinct(source.stream().filter(w -> w.wordClass().isContent())
                    .map(TermInference::key));
        }

        void setUnits(List<Unit> units) {
            this.units = units;
            this.unitKeys = distinct(units.stream().map(Unit::key));
        }
    }

    /** A unit of the target: a word's lemma or a part of it, and whether it stands in a noun. */
    private record Unit(String key, int token, boolean noun) {
    }

    /**
     * A term in a source sentence: its key (lemmas), its spelling, the lemma keys of its words, and where it stands,
     * as word ranges ({@code {from, to}}, one a use).
     */
    private record TermInstance(String key, String display, List<String> words, List<int[]> at) {
        int count() {
            return at.size();
        }
    }

    /** A rendering of a term in a link: the target unit, and the index of the target word it stands in. */
    private record Rendered(String unit, int token) {
    }

    /** The lower-cased lemma of a word, which the statistics and the table compare (made once a distinct word). */
    static String key(Lemmatizer.Word w) {
        return w.key();
    }

    /** Lower-cased lemma of every target content word → its most frequent spelling. */
    private static Map<String, String> targetVocabulary(List<LinkWords> links) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (LinkWords l : links) {
            for (Lemmatizer.Word w : l.target) {
                if (w.wordClass().isContent()) {
                    spellings.computeIfAbsent(key(w), k -> new HashMap<>()).merge(w.lemma(), 1, Integer::sum);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        spellings.forEach((k, v) -> out.put(k, mostFrequent(v)));
        return out;
    }

    /**
     * The units of a target's words; {@code parts} holds each word's compound parts once made (shared across
     * threads).
     */
    private static List<Unit> units(List<Lemmatizer.Word> words, Map<String, String> vocabulary, Set<String> nouns,
                                    Map<String, Set<String>> parts) {
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Lemmatizer.Word w = words.get(i);
            if (!w.wordClass().isContent()) {
                continue;
            }
            String k = key(w);
            boolean noun = w.wordClass() == WordClass.NOUN;
            out.add(new Unit(k, i, noun));
            for (String part : parts.computeIfAbsent(k, key -> Compounds.parts(key, vocabulary.keySet()))) {
                out.add(new Unit(part, i, noun && nouns.contains(part)));
            }
        }
        return out;
    }

    /** Nouns, and phrases of adjectives and nouns ending in a noun, up to {@link #MAX_PHRASE} words. */
    private static List<TermInstance> termInstances(List<Lemmatizer.Word> words) {
        List<TermInstance> out = new ArrayList<>();
        for (int end = 0; end < words.size(); end++) {
            if (words.get(end).wordClass() != WordClass.NOUN || !isWord(words.get(end))) {
                continue;
            }
            for (int len = 1; len <= MAX_PHRASE && end - len + 1 >= 0; len++) {
                if (len > 1 && !words.get(end).onlyNoun()) {
                    break; // "draft working" is no phrase: a phrase ends in a word that can only be a noun
                }
                int start = end - len + 1;
                WordClass first = words.get(start).wordClass();
                if ((first != WordClass.NOUN && first != WordClass.ADJECTIVE) || !isWord(words.get(start))) {
                    break;
                }
                List<Lemmatizer.Word> phrase = words.subList(start, end + 1);
                String key = len == 1 ? key(words.get(end))
                        : String.join(" ", phrase.stream().map(TermInference::key).toList());
                String display = String.join(" ", phrase.subList(0, len - 1).stream().map(Lemmatizer.Word::form)
                        .toList()) + (len > 1 ? " " : "") + words.get(end).lemma();
                int at = -1;
                for (int k = 0; k < out.size() && at < 0; k++) {
                    at = out.get(k).key().equals(key) ? k : -1;
                }
                int[] place = {start, end + 1};
                if (at < 0) {
                    out.add(new TermInstance(key, display, distinct(phrase.stream().map(TermInference::key)),
                            List.of(place)));
                } else {
                    TermInstance t = out.get(at);
                    List<int[]> places = new ArrayList<>(t.at());
                    places.add(place);
                    out.set(at, new TermInstance(key, t.display(), t.words(), places));
                }
            }
        }
        return out;
    }

    /** How often keys of either side and their pairs occur, counted once a link. */
    private static final class Stats {
        /** Each key's number, shared by the source and target keys (fastutil: no boxed counts, no map a row). */
        private final Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>();
        private final IntArrayList source = new IntArrayList();
        private final IntArrayList target = new IntArrayList();
        /** Co-occurrences by the source key's number in the high half and the target key's in the low half. */
        private final Long2IntOpenHashMap both = new Long2IntOpenHashMap();
        int links;

        Stats() {
            ids.defaultReturnValue(-1);
        }

        /** Counts one link of distinct keys {@code s} and {@code t}. */
        void add(Collection<String> s, Collection<String> t) {
            links++;
            int[] sourceIds = new int[s.size()];
            int[] targetIds = new int[t.size()];
            int i = 0;
            for (String k : s) {
                sourceIds[i] = id(k);
                source.set(sourceIds[i], source.getInt(sourceIds[i]) + 1);
                i++;
            }
            i = 0;
            for (String k : t) {
                targetIds[i] = id(k);
                target.set(targetIds[i], target.getInt(targetIds[i]) + 1);
                i++;
            }
            for (int a : sourceIds) {
                for (int b : targetIds) {
                    both.addTo(pair(a, b), 1);
                }
            }
        }

        private int id(String key) {
            int id = ids.getInt(key);
            if (id < 0) {
                id = ids.size();
                ids.put(key, id);
                source.add(0);
                target.add(0);
            }
            return id;
        }

        private static long pair(int source, int target) {
            return ((long) source << 32) | target;
        }

        /**
         * The Dice coefficient of {@code s} and {@code t}; 0 when they co-occur fewer than
         * {@link #MIN_COOCCURRENCE} times or no more often than chance would have them (a word found in nearly
         * every sentence co-occurs with everything).
         */
        double dice(String s, String t) {
            int a = ids.getInt(s);
            int b = ids.getInt(t);
            int c = a < 0 || b < 0 ? 0 : both.get(pair(a, b));
            if (c < MIN_COOCCURRENCE) {
                return 0;
            }
            int cs = source.getInt(a);
            int ct = target.getInt(b);
            return (long) c * links <= (long) cs * ct ? 0 : 2.0 * c / (cs + ct);
        }
    }

    /**
     * Competitive linking of the link's distinct source lemmas and target units: the target unit → the source
     * lemma that claims it.
     */
    private static Map<String, String> competitiveLinking(LinkWords l, Stats stats) {
        record Candidate(double score, String source, String target) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (String s : l.sourceKeys) {
            for (String t : l.unitKeys) {
                double d = stats.dice(s, t);
                if (d >= MIN_DICE) {
                    candidates.add(new Candidate(d, s, t));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Candidate::source).thenComparing(Candidate::target));
        // one unit a lemma even when it is used twice in the link: letting a frequent word take a second unit
        // makes it take the leftovers ("party" taking the "Arbeit" that "work" should explain)
        Map<String, String> claimedBy = new HashMap<>();
        Set<String> linked = new HashSet<>();
        for (Candidate c : candidates) {
            if (!linked.contains(c.source()) && !claimedBy.containsKey(c.target())) {
                claimedBy.put(c.target(), c.source());
                linked.add(c.source());
            }
        }
        return claimedBy;
    }

    /**
     * The renderings of a term in a link: the target words the term's own words are linked to are its candidates
     * (all their units: a compound renders a phrase); of those, the noun units most associated with the whole
     * term over all links (Dice at least {@link #MIN_RENDERING}, above chance, and not better explained by another
     * term of the link), as many as the term occurs in the link, one a compound family ("Komitee" and
     * "Parteikomitee" are one). Empty when there is none.
     */
    private static List<Rendered> renderings(LinkWords l, TermInstance term, Map<String, String> claimedBy,
                                             Stats terms) {
        Set<Integer> tokens = new HashSet<>();
        for (Unit u : l.units) {
            String claimer = claimedBy.get(u.key());
            if (claimer != null && term.words().contains(claimer)) {
                tokens.add(u.token());
            }
        }
        record Scored(String unit, int token, double score) {
        }
        List<Scored> candidates = new ArrayList<>();
        for (Unit u : l.units) {
            if (!u.noun() || !tokens.contains(u.token())) {
                continue;
            }
            double d = terms.dice(term.key(), u.key());
            if (d >= MIN_RENDERING && !explainedByAnother(l, term, u.key(), d, terms)) {
                candidates.add(new Scored(u.key(), u.token(), d));
            }
        }
        candidates.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::unit));
        // one rendering a target word, the best of its units
        List<Rendered> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (Scored c : candidates) {
            if (out.size() < term.count() && used.add(c.token())
                    && out.stream().noneMatch(o -> o.unit().contains(c.unit()) || c.unit().contains(o.unit()))) {
                out.add(new Rendered(c.unit(), c.token()));
            }
        }
        return out;
    }

    /** True when a term of the link that shares no word with {@code term} is more associated with the unit. */
    private static boolean explainedByAnother(LinkWords l, TermInstance term, String unit, double score,
                                              Stats terms) {
        for (TermInstance other : l.terms) {
            if (java.util.Collections.disjoint(other.words(), term.words()) && terms.dice(other.key(), unit) > score) {
                return true;
            }
        }
        return false;
    }

    /** The distinct strings of {@code keys}, in the order first met. */
    private static List<String> distinct(Stream<String> keys) {
        return List.copyOf(keys.collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static boolean isWord(Lemmatizer.Word w) {
        return w.form().codePoints().filter(Character::isLetter).count() >= 2;
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }

    private static final class RenderingBuilder {
        final Map<String, Integer> spellings = new HashMap<>();
        final List<TermTable.Occurrence> occurrences = new ArrayList<>();

        void add(String spelling, TermTable.Occurrence o) {
            spellings.merge(spelling, 1, Integer::sum);
            occurrences.add(o);
        }
    }

    private static final class TermBuilder {
        int occurrences;
        final Map<String, Integer> spellings = new HashMap<>();
        final Map<String, RenderingBuilder> renderings = new LinkedHashMap<>();

        TermTable.Term build(Set<String> vocabulary) {
            // renderings that contain one another are one: "Komitee" within "Parteikomitee", "Zentralkomitee" and
            // "Zentral Komitee"; the more frequent one absorbs the other
            List<Map.Entry<String, RenderingBuilder>> list = new ArrayList<>(renderings.entrySet());
            list.sort(Comparator.comparingInt((Map.Entry<String, RenderingBuilder> e) ->
                    e.getValue().occurrences.size()).reversed());
            List<String> keys = new ArrayList<>();
            List<RenderingBuilder> merged = new ArrayList<>();
            for (Map.Entry<String, RenderingBuilder> e : list) {
                String k = e.getKey().replace(" ", "");
                int into = -1;
                for (int i = 0; i < keys.size() && into < 0; i++) {
                    if (Compounds.sameFamily(keys.get(i), k, vocabulary)) {
                        into = i;
                    }
                }
                if (into < 0) {
                    keys.add(k);
                    RenderingBuilder copy = new RenderingBuilder();
                    copy.spellings.putAll(e.getValue().spellings);
                    copy.occurrences.addAll(e.getValue().occurrences);
                    merged.add(copy);
                } else {
                    merged.get(into).occurrences.addAll(e.getValue().occurrences);
                }
            }
            List<TermTable.Rendering> out = new ArrayList<>();
            for (RenderingBuilder r : merged) {
                r.occurrences.sort(Comparator.comparingInt(TermTable.Occurrence::pair)
                        .thenComparingInt(o -> o.source().sentences().get(0)));
                out.add(new TermTable.Rendering(mostFrequent(r.spellings), r.occurrences));
            }
            out.sort(Comparator.comparingInt(TermTable.Rendering::count).reversed());
            return new TermTable.Term(mostFrequent(spellings), occurrences, out);
        }
    }
}
