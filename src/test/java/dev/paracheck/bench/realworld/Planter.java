package dev.paracheck.bench.realworld;

import dev.paracheck.bench.realworld.Planted.Kind;
import dev.paracheck.check.entity.ReplacedNames;
import dev.paracheck.check.numbers.NumberExtractor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Link;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Paragraph;
import dev.paracheck.model.RawDocument;
import dev.paracheck.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plants one defect of a kind in a copy of a pair's target, where the clean pair's alignment says a one-to-one
 * translation stands (so that the right place is known). Deterministic: the same pair, kind and seed give the
 * same defect. Defects are made in the target only; the source and its sentence indices stay as they were.
 */
final class Planter {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,:/_-])\\d{1,4}(?![\\p{L}\\p{N}_]|[.,:/-]\\d)");
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}_./-])\\p{Lu}\\p{Ll}{2,}(?![\\p{L}\\p{N}_/-])");
    private static final List<String> OTHER_NAMES = List.of("Tanenbaum", "Xfce", "Wojcik", "Heidelberg", "Nakamura",
            "Lindqvist", "Marseille", "Okonkwo");
    private static final Map<String, List<String>> NUMBER_WORDS = Map.of(
            "de", List.of("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf"),
            "fr", List.of("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "douze"));
    private static final List<String> ENGLISH_NUMBER_WORDS = List.of("two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "twelve");

    private final PairResult clean;
    private final RawDocument target;
    private final List<String> foreignSentences;
    private final List<String> foreignItems;
    private final Random random;
    private final Map<Integer, Link> linkOfTarget = new HashMap<>();

    /**
     * @param foreignSentences prose sentences in the target language from other documents (for additions)
     * @param foreignItems     list items in the target language from other documents (for replacements)
     */
    Planter(PairResult clean, RawDocument target, List<String> foreignSentences, List<String> foreignItems,
            long seed) {
        this.clean = clean;
        this.target = target;
        this.foreignSentences = foreignSentences;
        this.foreignItems = foreignItems;
        this.random = new Random(seed);
        for (Link l : clean.alignment().sentences()) {
            l.target().forEach(t -> linkOfTarget.put(t, l));
        }
    }

    Optional<Planted> plant(Kind kind) {
        return switch (kind) {
            case SENTENCE_DELETED -> deleteSentence();
            case SENTENCE_ADDED -> addSentence();
            case PARAGRAPH_MOVED -> moveParagraph();
            case LIST_ITEM_REPLACED -> replaceListItem();
            case NUMBER_CHANGED -> changeNumber();
            case NAME_REPLACED -> replaceName();
            case PARAGRAPH_UNTRANSLATED -> leaveUntranslated();
            case SENTENCE_CUT -> cutSentence();
        };
    }

    private Document tgt() {
        return clean.target();
    }

    private Document src() {
        return clean.source();
    }

    /** Target sentences of prose paragraphs in a one-to-one, unmoved link, in a random order. */
    private List<Sentence> oneToOne(int minWords) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : tgt().sentences()) {
            Link l = linkOfTarget.get(s.index());
            if (l != null && l.source().size() == 1 && l.target().size() == 1 && !l.moved()
                    && tgt().paragraphOf(s.index()).isProse() && words(s.text()) >= minWords
                    && paragraph(s).text().contains(s.text())) {
                out.add(s);
            }
        }
        java.util.Collections.shuffle(out, random);
        return out;
    }

    private Paragraph paragraph(Sentence s) {
        return target.paragraphs().get(s.paragraph());
    }

    private Optional<Planted> deleteSentence() {
        for (Sentence s : oneToOne(4)) {
            if (tgt().sentencesByParagraph().get(s.paragraph()).size() < 2) {
                continue;
            }
            String text = paragraph(s).text().replace(s.text(), "").replaceAll("\\s{2,}", " ").strip();
            return Optional.of(new Planted(Kind.SENTENCE_DELETED, s.text(), withText(s.paragraph(), text),
                    Set.of("omission"), sourceOf(s), null));
        }
        return Optional.empty();
    }

    private Optional<Planted> addSentence() {
        if (foreignSentences.isEmpty()) {
            return Optional.empty();
        }
        String added = foreignSentences.get(random.nextInt(foreignSentences.size()));
        // half of the time next to a sentence the translator split (a 1-n link), else after any linked sentence
        boolean split = random.nextBoolean();
        List<Sentence> candidates = new ArrayList<>();
        for (Sentence s : tgt().sentences()) {
            Link l = linkOfTarget.get(s.index());
            if (l != null && !l.source().isEmpty() && tgt().paragraphOf(s.index()).isProse()
                    && paragraph(s).text().contains(s.text()) && (!split || l.target().size() > 1)) {
                candidates.add(s);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Sentence s = candidates.get(random.nextInt(candidates.size()));
        String text = paragraph(s).text().replace(s.text(), s.text() + " " + added);
        return Optional.of(new Planted(Kind.SENTENCE_ADDED, added + (split ? " (next to a split sentence)" : ""),
                withText(s.paragraph(), text), Set.of("addition"), Set.of(), added));
    }

    /**
     * Prose paragraphs of the target of {@code minLength} characters or more whose sentences all stand in links to
     * the source, none of them moved.
     */
    private List<Integer> linkedParagraphs(int minLength) {
        List<Integer> out = new ArrayList<>();
        List<List<Integer>> byParagraph = tgt().sentencesByParagraph();
        for (int p = 0; p < byParagraph.size(); p++) {
            List<Integer> sentences = byParagraph.get(p);
            if (!sentences.isEmpty() && target.paragraphs().get(p).isProse()
                    && target.paragraphs().get(p).text().length() >= minLength
                    && sentences.stream().allMatch(t -> linked(t) && !linkOfTarget.get(t).moved())) {
                out.add(p);
            }
        }
        return out;
    }

    /** The source sentences that the target paragraph's sentences translate, in order. */
    private Set<Integer> sourcesOf(int paragraph) {
        Set<Integer> out = new java.util.TreeSet<>();
        tgt().sentencesByParagraph().get(paragraph).forEach(t -> out.addAll(linkOfTarget.get(t).source()));
        return out;
    }

    private Optional<Planted> moveParagraph() {
        List<Integer> candidates = linkedParagraphs(60);
        if (candidates.size() < 6) {
            return Optional.empty();
        }
        int from = candidates.get(random.nextInt(candidates.size()));
        int to = candidates.get(random.nextInt(candidates.size()));
        for (int tries = 0; Math.abs(to - from) < 4 && tries < 50; tries++) {
            to = candidates.get(random.nextInt(candidates.size()));
        }
        if (Math.abs(to - from) < 4) {
            return Optional.empty();
        }
        List<Paragraph> paragraphs = new ArrayList<>(target.paragraphs());
        Paragraph moved = paragraphs.remove(from);
        paragraphs.add(to > from ? to - 1 : to, moved);
        return Optional.of(new Planted(Kind.PARAGRAPH_MOVED, moved.text(), renumbered(paragraphs),
                Set.of("reorder"), sourcesOf(from), null));
    }

    private Optional<Planted> replaceListItem() {
        if (foreignItems.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> items = new ArrayList<>();
        List<List<Integer>> byParagraph = tgt().sentencesByParagraph();
        for (int p = 0; p < byParagraph.size(); p++) {
            Paragraph para = target.paragraphs().get(p);
            if (para.kind().equals("li") && para.isProse() && words(para.text()) >= 3 && !byParagraph.get(p).isEmpty()
                    && byParagraph.get(p).stream().allMatch(this::linked)) {
                items.add(p);
            }
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        int p = items.get(random.nextInt(items.size()));
        String item = foreignItems.get(random.nextInt(foreignItems.size()));
        return Optional.of(new Planted(Kind.LIST_ITEM_REPLACED, target.paragraphs().get(p).text() + " → " + item,
                withText(p, item), Set.of("omission", "addition"), sourcesOf(p), item));
    }

    private Optional<Planted> changeNumber() {
        for (Sentence s : oneToOne(3)) {
            String source = src().sentences().get(linkOfTarget.get(s.index()).source().get(0)).text();
            Matcher m = NUMBER.matcher(s.text());
            while (m.find()) {
                String n = m.group();
                if (n.length() == 1 && random.nextInt(3) > 0 || !NUMBER.matcher(source).results()
                        .anyMatch(r -> r.group().equals(n))) {
                    continue;
                }
                String changed = String.valueOf(Integer.parseInt(n) + 1 + random.nextInt(8));
                String text = s.text().substring(0, m.start()) + changed + s.text().substring(m.end());
                return Optional.of(new Planted(Kind.NUMBER_CHANGED, n + " → " + changed + ": " + text,
                        withText(s.paragraph(), paragraph(s).text().replace(s.text(), text)), Set.of("number"),
                        sourceOf(s), null));
            }
            Optional<Planted> word = changeNumberWord(s, source);
            if (word.isPresent()) {
                return word;
            }
        }
        return Optional.empty();
    }

    /** A number word of the target ("drei", "trois") whose English word the source has, made another. */
    private Optional<Planted> changeNumberWord(Sentence s, String source) {
        List<String> words = NUMBER_WORDS.get(tgt().lang());
        if (words == null) {
            return Optional.empty();
        }
        for (int i = 0; i < words.size(); i++) {
            Matcher m = Pattern.compile("(?iu)\\b" + words.get(i) + "\\b").matcher(s.text());
            if (m.find() && Pattern.compile("(?iu)\\b" + ENGLISH_NUMBER_WORDS.get(i) + "\\b").matcher(source).find()) {
                String other = words.get((i + 1 + random.nextInt(words.size() - 1)) % words.size());
                String text = s.text().substring(0, m.start()) + other + s.text().substring(m.end());
                return Optional.of(new Planted(Kind.NUMBER_CHANGED, m.group() + " → " + other + ": " + text,
                        withText(s.paragraph(), paragraph(s).text().replace(s.text(), text)), Set.of("number"),
                        sourceOf(s), null));
            }
        }
        return Optional.empty();
    }

    private Optional<Planted> replaceName() {
        String allSource = String.join("\n", src().sentences().stream().map(Sentence::text).toList());
        String allTarget = String.join("\n", tgt().sentences().stream().map(Sentence::text).toList());
        for (Sentence s : oneToOne(4)) {
            String source = src().sentences().get(linkOfTarget.get(s.index()).source().get(0)).text();
            Matcher m = NAME.matcher(s.text());
            while (m.find()) {
                String name = m.group();
                // a name: no word of the source language's dictionary ("Commands", "Manager"), no month
                if (m.start() == 0 || !NAME.matcher(source).results().anyMatch(r -> r.group().equals(name))
                        || count(allTarget, name) != 1 || count(allSource, name) != 1
                        || ReplacedNames.common(src().lang(), name) || NumberExtractor.isMonth(name)) {
                    continue;
                }
                String other = OTHER_NAMES.get(random.nextInt(OTHER_NAMES.size()));
                if (allTarget.contains(other) || allSource.contains(other)) {
                    continue;
                }
                String text = s.text().substring(0, m.start()) + other + s.text().substring(m.end());
                return Optional.of(new Planted(Kind.NAME_REPLACED, name + " → " + other + ": " + text,
                        withText(s.paragraph(), paragraph(s).text().replace(s.text(), text)), Set.of("entity"),
                        sourceOf(s), null));
            }
        }
        return Optional.empty();
    }

    private Optional<Planted> leaveUntranslated() {
        List<Integer> candidates = linkedParagraphs(80);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int p = candidates.get(random.nextInt(candidates.size()));
        Set<Integer> sources = sourcesOf(p);
        String english = src().text(List.copyOf(sources));
        return Optional.of(new Planted(Kind.PARAGRAPH_UNTRANSLATED, english, withText(p, english),
                Set.of("untranslated"), sources, english));
    }

    private Optional<Planted> cutSentence() {
        for (Sentence s : oneToOne(12)) {
            String[] w = s.text().split("\\s+");
            String cut = String.join(" ", java.util.Arrays.copyOf(w, Math.max(4, w.length * 2 / 5)))
                    .replaceAll("[,;:]$", "") + ".";
            return Optional.of(new Planted(Kind.SENTENCE_CUT, cut,
                    withText(s.paragraph(), paragraph(s).text().replace(s.text(), cut)),
                    Set.of("length", "omission"), sourceOf(s), null));
        }
        return Optional.empty();
    }

    private boolean linked(int t) {
        Link l = linkOfTarget.get(t);
        return l != null && !l.source().isEmpty();
    }

    private Set<Integer> sourceOf(Sentence s) {
        return Set.copyOf(linkOfTarget.get(s.index()).source());
    }

    private RawDocument withText(int p, String text) {
        List<Paragraph> paragraphs = new ArrayList<>(target.paragraphs());
        Paragraph old = paragraphs.get(p);
        paragraphs.set(p, new Paragraph(old.index(), text, old.line(), old.page(), old.kind()));
        return new RawDocument(target.path(), target.mediaType(), paragraphs);
    }

    private RawDocument renumbered(List<Paragraph> paragraphs) {
        List<Paragraph> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            out.add(new Paragraph(out.size(), p.text(), p.line(), p.page(), p.kind()));
        }
        return new RawDocument(target.path(), target.mediaType(), out);
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static int count(String text, String word) {
        return (int) Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}_])")
                .matcher(text).results().count();
    }
}
