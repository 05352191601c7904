package dev.paracheck.segment;

import dev.paracheck.internal.InputException;
import dev.paracheck.internal.Text;
import dev.paracheck.model.Document;
import dev.paracheck.model.Paragraph;
import dev.paracheck.model.RawDocument;
import dev.paracheck.model.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns read documents into segmented ones: detects the language when it is not given, and splits every
 * paragraph into sentences. Thread-safe.
 */
public final class Segmenter {
    private static final Set<String> ISO_639_1 = Set.copyOf(Arrays.asList(Locale.getISOLanguages()));
    private static final int DETECTION_SAMPLE = 20_000;
    static final int MIN_IDENTIFIABLE = 30;
    private static final java.util.regex.Pattern DECLARED_LANGUAGE = java.util.regex.Pattern.compile(
            "(?:lang|language|locale)\\s*:\\s*[\"']?([A-Za-z]{2})(?:[-_][A-Za-z]{2})?[\"']?\\s*");

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Checks that {@code code} is an ISO 639-1 language code; returns it lower-cased. */
    public static String validateLanguage(String code, String option) {
        String lang = Text.lower(code.strip());
        if (!ISO_639_1.contains(lang)) {
            throw new InputException(option + ": '" + code + "' is not an ISO 639-1 language code (e.g. en, de, fr)");
        }
        return lang;
    }

    /**
     * The language code a file's name suggests, if any: a dot-separated part of its name after the first
     * ("article.de.txt", "README.de.md") or its folder's name ("docs/de/index.md"), when an ISO 639-1 code. A hint,
     * for starting a language's tools early: {@link #language} decides, except for a translation that reads as its
     * source's language (the pipeline then takes the name's).
     */
    public static Optional<String> languageInName(Path file) {
        if (file == null || file.getFileName() == null) {
            return Optional.empty();
        }
        String[] parts = file.getFileName().toString().split("\\.");
        for (int i = parts.length - 2; i >= 1; i--) {
            if (parts[i].length() == 2 && ISO_639_1.contains(Text.lower(parts[i]))) {
                return Optional.of(Text.lower(parts[i]));
            }
        }
        Path folder = file.getParent() == null ? null : file.getParent().getFileName();
        String name = folder == null ? "" : Text.lower(folder.toString());
        return name.length() == 2 && ISO_639_1.contains(name) ? Optional.of(name)
                : Optional.empty();
    }

    /** The language of the document: {@code given} when not null, else detected from its text. */
    public String language(RawDocument raw, String given, String option) {
        if (given != null) {
            return validateLanguage(given, option);
        }
        for (Paragraph p : raw.paragraphs()) {
            // a page's front matter may say it: "lang: de" (Jekyll, Hugo)
            if (!p.kind().equals(Paragraph.META)) {
                continue;
            }
            java.util.regex.Matcher declared = DECLARED_LANGUAGE.matcher(p.text());
            if (declared.matches() && ISO_639_1.contains(Text.lower(declared.group(1)))) {
                return Text.lower(declared.group(1));
            }
        }
        // prose only, without markup: HTML and template tags, link targets and code are English on any page
        StringBuilder sample = new StringBuilder();
        StringBuilder everything = new StringBuilder();
        for (Paragraph p : raw.paragraphs()) {
            if (sample.length() > DETECTION_SAMPLE) {
                break;
            }
            if (p.isProse()) {
                sample.append(Text.prose(p.text())).append('\n');
            }
            if (everything.length() <= DETECTION_SAMPLE) {
                everything.append(p.text()).append('\n');
            }
        }
        boolean enough = sample.codePoints().filter(Character::isLetter).count() >= MIN_IDENTIFIABLE;
        return detect(raw.path(), (enough ? sample : everything).toString(), option);
    }

    /** Detects the language of some text of {@code file}, or fails naming the option that would fix it. */
    public static String detect(Path file, String sample, String option) {
        return LanguageGuesser.get().guess(sample, 0.5)
                .orElseThrow(() -> InputException.about(file, "cannot tell its language; give " + option));
    }

    /** Splits every paragraph of {@code raw} into sentences in language {@code lang}. */
    public Document segment(RawDocument raw, String lang) {
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph p : raw.paragraphs()) {
            for (String s : splitter.split(p.text(), lang)) {
                sentences.add(new Sentence(sentences.size(), p.index(), s, p.line()));
            }
        }
        return new Document(raw.path(), lang, raw.paragraphs(), sentences, paragraphLanguages(raw));
    }

    /**
     * Each paragraph's own language, where the text is long enough to tell (at least
     * {@value #MIN_IDENTIFIABLE} letters) and the identification is confident.
     */
    private static List<String> paragraphLanguages(RawDocument raw) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : raw.paragraphs()) {
            String prose = p.isProse() ? Text.prose(p.text()) : "";
            long letters = prose.codePoints().filter(Character::isLetter).count();
            out.add(letters < MIN_IDENTIFIABLE ? "" : LanguageGuesser.get().guess(prose, 0.9).orElse(""));
        }
        return out;
    }

    /**
     * A document that is already one sentence per line: every line is a sentence whose index is its 0-based
     * line number, and the whole file is one paragraph.
     */
    public static Document fromLines(Path file, List<String> lines, String lang) {
        List<Sentence> sentences = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            sentences.add(new Sentence(i, 0, lines.get(i).strip(), i + 1));
        }
        Paragraph whole = new Paragraph(0, String.join("\n", lines), 1, 0, "segmented");
        return new Document(file, lang, List.of(whole), sentences);
    }
}
