package dev.paracheck.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A segmented document: its paragraphs and sentences, and the language they were segmented in.
 * Immutable.
 *
 * @param path the file it was read from
 * @param lang ISO 639-1 code of its language
 * @param paragraphs its blocks
 * @param sentences all its sentences, in order; {@code sentences.get(i).index() == i}
 * @param paragraphLangs the language identified for each paragraph on its own (ISO 639-1), or "" where the
 *        paragraph is too short or mixed to tell; empty when not identified at all (e.g. segmented input)
 * @param relative its path relative to the directory given, when it was found in a tree (directory mode); null
 *        for a file given by itself
 */
public record Document(Path path, String lang, List<Paragraph> paragraphs, List<Sentence> sentences,
                       List<String> paragraphLangs, Path relative) {
    public Document(Path path, String lang, List<Paragraph> paragraphs, List<Sentence> sentences) {
        this(path, lang, paragraphs, sentences, List.of());
    }

    public Document(Path path, String lang, List<Paragraph> paragraphs, List<Sentence> sentences,
                    List<String> paragraphLangs) {
        this(path, lang, paragraphs, sentences, paragraphLangs, null);
    }

    public Document {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lang, "lang");
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        paragraphLangs = List.copyOf(paragraphLangs);
        if (relative != null && (relative.isAbsolute() || relative.getNameCount() == 0
                || relative.toString().isEmpty())) {
            throw new IllegalArgumentException("not a relative path of a file: '" + relative + "'");
        }
        if (!paragraphLangs.isEmpty() && paragraphLangs.size() != paragraphs.size()) {
            throw new IllegalArgumentException("one language per paragraph expected");
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).index() != i) {
                throw new IllegalArgumentException("sentence " + i + " carries index " + sentences.get(i).index());
            }
        }
    }

    /** The same document, found at {@code relativePath} under the directory given (directory mode). */
    public Document withRelative(Path relativePath) {
        return new Document(path, lang, paragraphs, sentences, paragraphLangs, relativePath);
    }

    /**
     * Its path relative to the directory given, the names joined by {@code /} whatever the platform
     * ({@code guide/install/index.md}); null when it was given by itself.
     */
    public String relativeName() {
        if (relative == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Path name : relative) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(name);
        }
        return sb.toString();
    }

    /**
     * How a list of places in several documents names this one: its relative path in a tree
     * ({@link #relativeName}), else its file name.
     */
    public String label() {
        if (relative != null) {
            return relativeName();
        }
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /** The sentences of each paragraph, as index lists; a paragraph without sentences has an empty list. */
    public List<List<Integer>> sentencesByParagraph() {
        List<List<Integer>> byPara = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            byPara.add(new ArrayList<>());
        }
        for (Sentence s : sentences) {
            byPara.get(s.paragraph()).add(s.index());
        }
        List<List<Integer>> frozen = new ArrayList<>();
        for (List<Integer> l : byPara) {
            frozen.add(List.copyOf(l));
        }
        return Collections.unmodifiableList(frozen);
    }

    /** The language identified for paragraph {@code p}, or "" when unknown. */
    public String paragraphLang(int p) {
        return paragraphLangs.isEmpty() ? "" : paragraphLangs.get(p);
    }

    /** The paragraph sentence {@code i} stands in. */
    public Paragraph paragraphOf(int i) {
        return paragraphs.get(sentences.get(i).paragraph());
    }

    /** Whether any of the given sentences stands in prose (not in code or metadata: {@link Paragraph#isProse}). */
    public boolean isProse(List<Integer> sentenceIndices) {
        return sentenceIndices.stream().anyMatch(i -> paragraphOf(i).isProse());
    }

    /**
     * Whether all the given sentences are metadata (front matter, link definitions, template tags: kind
     * {@code meta}), which omission and addition leave alone: a localized page keeps its own links and tags.
     */
    public boolean isMetadata(List<Integer> sentenceIndices) {
        return !sentenceIndices.isEmpty()
                && sentenceIndices.stream().allMatch(i -> paragraphOf(i).kind().equals(Paragraph.META));
    }

    /**
     * The given sentences (in ascending order) as runs of consecutive sentences within one paragraph: what one
     * finding about a stretch of text covers.
     */
    public List<List<Integer>> runs(List<Integer> sortedSentenceIndices) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int id : sortedSentenceIndices) {
            if (!current.isEmpty()) {
                int last = current.get(current.size() - 1);
                if (id != last + 1 || sentences.get(last).paragraph() != sentences.get(id).paragraph()) {
                    runs.add(List.copyOf(current));
                    current.clear();
                }
            }
            current.add(id);
        }
        if (!current.isEmpty()) {
            runs.add(List.copyOf(current));
        }
        return runs;
    }

    /** The text of the given sentences joined by a space. */
    public String text(List<Integer> sentenceIndices) {
        StringBuilder sb = new StringBuilder();
        for (int i : sentenceIndices) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(sentences.get(i).text());
        }
        return sb.toString();
    }
}
