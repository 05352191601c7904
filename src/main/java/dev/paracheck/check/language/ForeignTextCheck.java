package dev.paracheck.check.language;

import dev.paracheck.check.TargetCheck;
import dev.paracheck.check.TargetContext;
import dev.paracheck.internal.Text;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code untranslated} for a target read alone: text in another language than the target's, a paragraph or a
 * sentence inside one (a photo caption left in the original language). A paragraph counts when the identifier
 * named another language for it (segment stage) and the target language's dictionary does not know most of its
 * words; a sentence, or a paragraph too short to identify, when most of its words are unknown to that dictionary
 * and many are written with letters the target's own text never uses (the document's alphabet, learnt from its
 * paragraphs in the target language).
 *
 * <p>Without the source nothing says the text should have been translated (it may be a quotation), so findings
 * are a level below the check's severity; site chrome — a short line in the page's header or footer, a line
 * holding a domain name or a date glued to a word ("Vietnam.vn - Nền tảng …", "Báo Quốc TếBáo Quốc Tế18/10/2024")
 * — is info.
 */
public final class ForeignTextCheck implements TargetCheck {
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("untranslated", "Untranslated text",
            "Target text in another language than the target's (text left untranslated).", Severity.ERROR);
    /** A paragraph or sentence the target dictionary knows this share of is in the target language. */
    static final double KNOWN_SHARE = 0.5;
    /** The share of words with letters foreign to the document that marks a sentence as foreign. */
    static final double FOREIGN_LETTERED = 0.3;
    /** A letter is part of the document's alphabet when its target-language text uses it this often. */
    static final int ALPHABET_MIN = 3;
    /** Chrome is short: at most this many words. */
    static final int CHROME_WORDS = 8;
    private static final Pattern DOMAIN = Pattern.compile("(?<![\\p{L}\\d@.])\\p{L}[\\p{L}\\d-]{2,}\\.[a-z]{2,3}"
            + "(?![\\p{L}\\d])");
    private static final Pattern GLUED_DATE = Pattern.compile("\\p{L}\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> runOnTarget(TargetContext ctx) {
        Document doc = ctx.target();
        String lang = doc.lang();
        Set<Integer> alphabet = alphabet(doc);
        List<List<Integer>> byParagraph = doc.sentencesByParagraph();
        int first = -1;
        int last = -1;
        for (int p = 0; p < byParagraph.size(); p++) {
            if (lang.equals(doc.paragraphLang(p)) && words(doc.paragraphs().get(p).text()) > CHROME_WORDS) {
                first = first < 0 ? p : first;
                last = p;
            }
        }
        List<Finding> out = new ArrayList<>();
        for (int p = 0; p < byParagraph.size(); p++) {
            List<Integer> ids = byParagraph.get(p);
            String text = doc.paragraphs().get(p).text();
            // a line of code is no text left untranslated, unless written in letters the document does not use
            // (a site name glued to a date, "Việt NamViệt Nam23/12/2023", reads as code)
            if (ids.isEmpty() || !doc.paragraphs().get(p).isProse() || ctx.boilerplate().matches(text)
                    || Text.looksLikeCode(text) && !foreignLettered(Text.prose(text), alphabet)) {
                continue;
            }
            String prose = Text.prose(text);
            String identified = doc.paragraphLang(p);
            boolean foreign = !identified.isEmpty() && !identified.equals(lang) && !known(prose, lang)
                    || identified.isEmpty() && foreignLettered(prose, alphabet) && !known(prose, lang);
            boolean chrome = p < first || p > last ? words(text) <= CHROME_WORDS : false;
            chrome |= DOMAIN.matcher(text).find() || GLUED_DATE.matcher(text).find();
            if (foreign) {
                Location where = Location.ofSentences(doc, ids);
                String name = identified.isEmpty() ? "another language"
                        : Locale.forLanguageTag(identified).getDisplayLanguage(Locale.ENGLISH) + " (" + identified
                        + ")";
                out.add(new Finding(DESCRIPTOR.id(), chrome ? Severity.INFO : ctx.severity().lower(),
                        "Target paragraph " + (p + 1) + " is in " + name + ", not " + lang
                                + (chrome ? " (site chrome: a header, footer or date line)" : "") + ": \""
                                + Text.abbreviate(where.text(), 120) + "\"", null, where)
                        .withSpans(UntranslatedCheck.untranslated(where)));
                continue;
            }
            for (int i : ids.size() > 1 ? ids : List.<Integer>of()) {
                String sentence = Text.prose(doc.sentences().get(i).text());
                if (words(sentence) >= 4 && foreignLettered(sentence, alphabet) && !known(sentence, lang)) {
                    Location where = Location.ofSentences(doc, List.of(i));
                    out.add(new Finding(DESCRIPTOR.id(), ctx.severity().lower(), "Target sentence " + (i + 1)
                            + " is not in " + lang + ": \"" + Text.abbreviate(where.text(), 120) + "\"", null,
                            where).withSpans(UntranslatedCheck.untranslated(where)));
                }
            }
        }
        return out;
    }

    /** Whether the target language's dictionary knows {@value #KNOWN_SHARE} of the words (unknowable: no). */
    private static boolean known(String prose, String lang) {
        return KnownWords.share(prose, lang).orElse(0) >= KNOWN_SHARE;
    }

    /**
     * The letters (lower case) the document's paragraphs in its own language use at least {@value #ALPHABET_MIN}
     * times; the letters a to z when no paragraph was identified as the target language.
     */
    static Set<Integer> alphabet(Document doc) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int p = 0; p < doc.paragraphs().size(); p++) {
            if (doc.lang().equals(doc.paragraphLang(p))) {
                doc.paragraphs().get(p).text().toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetter)
                        .forEach(c -> counts.merge(c, 1, Integer::sum));
            }
        }
        Set<Integer> out = new HashSet<>();
        counts.forEach((c, n) -> {
            if (n >= ALPHABET_MIN) {
                out.add(c);
            }
        });
        if (out.isEmpty()) {
            "abcdefghijklmnopqrstuvwxyz".codePoints().forEach(out::add);
        }
        return out;
    }

    /** Whether {@value #FOREIGN_LETTERED} of the words or more have a letter outside {@code alphabet}. */
    static boolean foreignLettered(String text, Set<Integer> alphabet) {
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int words = 0;
        int foreign = 0;
        while (m.find()) {
            words++;
            if (m.group().codePoints().anyMatch(c -> !alphabet.contains(c))) {
                foreign++;
            }
        }
        return words >= 2 && foreign >= FOREIGN_LETTERED * words;
    }

    private static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
