package dev.paracheck.check.language;

import dev.paracheck.check.Check;
import dev.paracheck.check.CheckContext;
import dev.paracheck.check.KeptOriginals;
import dev.paracheck.check.PairedText;
import dev.paracheck.check.Spans;
import dev.paracheck.internal.Text;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.Sentence;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags target text left in the source language (when the two languages differ): a target paragraph identified
 * as the source language, a target sentence identical to its source, and target sentences that read as the source
 * language ({@link SourceLanguageSentences}: a sentence left in a translated paragraph, or a line of a
 * {@code --segmented} input, which has no paragraphs to identify). Text made only of names, numbers, URLs and
 * symbols is exempt: it is the same in every language; so is a line that reads as code, a command or its synopsis
 * ({@link Text#looksLikeCode}) where the format does not mark code. A finding's span
 * ({@link Span.Kind#UNTRANSLATED}) is the whole target text it names.
 */
public final class UntranslatedCheck implements Check {
    /** HTML tags ({@code <video controls="controls">}) and code spans: the same in every language. */
    private static final Pattern MARKUP = Pattern.compile("<[^<>]*>|`[^`]*`");
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}[\\p{L}'’-]*\\p{P}*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?…:]['\"”»)]?");
    private static final Pattern EDGES = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern PARENTHESIS = Pattern.compile("\\([^()]*\\)");
    private static final Pattern QUOTATION_MARKS = Pattern.compile("[„“”«»\"‚‹›]");
    /** A quotation between typographic or straight quotation marks of English, German or French. */
    private static final Pattern QUOTATION = Pattern.compile("„[^“”„]*[“”]|“[^”“]*”|«[^»]*»|\"[^\"]*\"|‚[^‘’‚]*[‘’]|‹[^›]*›");
    /**
     * Words of a software or content licence (GPL, LGPL, BSD, MIT, Apache, Creative Commons): its English text is the
     * binding one, and translations often keep it on purpose (33 of 90 untranslated errors of the tenth blind trial,
     * judged debatable), so it is reported a level lower.
     */
    private static final Pattern LICENCE = Pattern.compile("WITHOUT ANY WARRANTY|General Public License"
            + "|Free Software Foundation|Permission is hereby granted|Redistribution and use in source and binary"
            + "|PROVIDED \"AS IS\"|PROVIDED BY THE COPYRIGHT HOLDERS|Creative Commons|Licensed under the Apache"
            + "|MERCHANTABILITY|IN NO EVENT SHALL", Pattern.CASE_INSENSITIVE);
    /**
     * The flagged paragraphs that belong to a licence: in a run of them (two paragraphs apart at most), those from
     * the first with a licence's words to the last; a licence's body ("1. You may copy and distribute verbatim
     * copies …") has them only here and there, and text before or after it is no licence.
     */
    private static Set<Integer> licenceRuns(Document tgt, List<Integer> flagged) {
        Set<Integer> out = new HashSet<>();
        int start = 0;
        for (int k = 1; k <= flagged.size(); k++) {
            if (k == flagged.size() || flagged.get(k) - flagged.get(k - 1) > 2) {
                List<Integer> run = flagged.subList(start, k);
                int first = -1;
                int last = -1;
                for (int r = 0; r < run.size(); r++) {
                    if (LICENCE.matcher(tgt.paragraphs().get(run.get(r)).text()).find()) {
                        first = first < 0 ? r : first;
                        last = r;
                    }
                }
                if (first >= 0) {
                    out.addAll(run.subList(first, last + 1));
                }
                start = k;
            }
        }
        return out;
    }

    /** A web link and nothing else: its text and its absolute URL, as the readers write a link. */
    private static final Pattern LINK_ONLY = Pattern.compile("[^<>.!?]{1,120}<https?://[^\\s<>]+>[.,;]?");
    private static final Pattern THREE_LETTERS = Pattern.compile("\\p{L}{3,}");
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("untranslated", "Untranslated text",
            "Target text left in the source language, or identical to the source.", Severity.ERROR);

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        Document tgt = ctx.target();
        if (ctx.source().lang().equals(tgt.lang())) {
            // nothing to compare a sentence's language with; the whole target may be untranslated
            return List.of(new Finding(DESCRIPTOR.id(), ctx.severity().lower(), "The target reads as " + tgt.lang()
                    + ", the source's language: it is untranslated, or give the language it should be in "
                    + "(--target-lang, or a code in its name: page.de.md, de/page.md)",
                    Location.WHOLE_DOCUMENT, Location.WHOLE_DOCUMENT));
        }
        List<Finding> out = new ArrayList<>();
        Set<Integer> reported = new HashSet<>();
        List<String> targetProse = prose(tgt);
        SourceLanguageSentences models = SourceLanguageSentences.of(prose(ctx.source()), targetProse);
        List<List<Integer>> byParagraph = tgt.sentencesByParagraph();
        List<Integer> flagged = new ArrayList<>();
        for (int p = 0; p < tgt.paragraphs().size(); p++) {
            String text = tgt.paragraphs().get(p).text();
            if (tgt.paragraphLang(p).equals(ctx.source().lang()) && !byParagraph.get(p).isEmpty()
                    && tgt.paragraphs().get(p).isProse() && !Text.looksLikeCode(text) && !isLinkOnly(text)
                    && !isValueList(text)
                    && !bilingual(text, ctx.source().lang(), tgt.lang()) && !ctx.boilerplate().matches(text)
                    && models.confirms(byParagraph.get(p))
                    && sourceDictionaryAgrees(text, ctx.source().lang(), tgt.lang())
                    && !quotesInTranslatedText(text, ctx.source().lang(), tgt.lang())) {
                flagged.add(p);
            }
        }
        Set<Integer> licence = licenceRuns(tgt, flagged);
        Map<Integer, Integer> originals = flagged.isEmpty() ? null : KeptOriginals.of(ctx);
        VerbatimExamples verbatim = new VerbatimExamples(ctx.source(), tgt);
        Set<Integer> examples = verbatim.in(flagged);
        for (int p : flagged) {
            Location where = Location.ofSentences(tgt, byParagraph.get(p));
            boolean kept = licence.contains(p);
            boolean example = examples.contains(p);
            Integer translation = originals.get(p); // its severity is set with the other findings', below
            out.add(new Finding(DESCRIPTOR.id(), example ? Severity.INFO : kept ? ctx.severity().lower()
                    : ctx.severity(),
                    "Target paragraph " + (p + 1) + " is in " + ctx.source().lang() + ", the source language, not "
                    + tgt.lang() + (example ? " (kept word for word with record or code lines beside it: an "
                    + "example?)" : kept ? " (licence text, which translations often keep in the original on "
                    + "purpose)" : translation != null ? " (the original, kept beside its translation in paragraph "
                    + (translation + 1) + ")" : "") + ": \"" + Text.abbreviate(where.text(), 120) + "\"", null, where)
                    .withSpans(untranslated(where)));
            reported.add(p);
        }
        Set<Integer> identical = new HashSet<>();
        Set<String> codeWords = null;
        for (PairedText pair : PairedText.of(ctx)) {
            if (reported.contains(pair.target().paragraph())) {
                continue;
            }
            String s = normal(pair.source().text());
            if (s.equals(normal(pair.target().text())) && hasWords(pair.source().text())
                    && !Text.looksLikeCode(pair.target().text()) && !isValueList(pair.target().text())
                    && readsAsLanguage(pair.target().text(), ctx.source().lang())
                    && !bilingual(pair.target().text(), ctx.source().lang(), tgt.lang())
                    // judged a sentence at a time: lines of a link joined ("iwconfig eth0 rate 11M iwconfig eth0
                    // rate auto …") make no sentence together
                    && (pair.target().sentences().stream().anyMatch(j -> isSentence(tgt.sentences().get(j).text()))
                    || isHeading(tgt, pair.target().paragraph(), pair.target().text()))
                    && !onlyCodeWords(pair.target().text(),
                    codeWords = codeWords != null ? codeWords : codeWords(ctx.source()))) {
                out.add(new Finding(DESCRIPTOR.id(), ctx.severity().lower(), "Target is identical to the source: \""
                        + Text.abbreviate(pair.target().text(), 120) + "\"", pair.source(), pair.target())
                        .withSpans(untranslated(pair.target())));
                identical.addAll(pair.target().sentences());
            }
        }
        sentencesInSourceLanguage(ctx, models, targetProse, reported, identical, out);
        // sentences of an example kept word for word
        List<Integer> sentenceParagraphs = out.stream()
                .filter(f -> f.target() != null && f.severity() != Severity.INFO && !reported.contains(
                        f.target().paragraph()))
                .map(f -> f.target().paragraph()).distinct().toList();
        Set<Integer> inExamples = verbatim.in(sentenceParagraphs);
        out.replaceAll(f -> f.target() != null && inExamples.contains(f.target().paragraph())
                ? f.withSeverity(Severity.INFO) : f);
        // what stands in an original kept beside its translation
        Map<Integer, Integer> kept = originals != null || out.isEmpty() ? originals : KeptOriginals.of(ctx);
        if (kept != null && !kept.isEmpty()) {
            Severity severity = keptSeverity(ctx, kept);
            out.replaceAll(f -> f.target() != null && kept.containsKey(f.target().paragraph())
                    && f.severity().compareTo(severity) < 0 ? f.withSeverity(severity) : f);
        }
        return out;
    }

    /**
     * The severity of an original kept beside its translation: info where the document does so twice or more (its
     * convention: opensource.guide's German pages give every pull-quote in English under its German), a level lower
     * where once (a paragraph the translator may have forgotten to delete).
     */
    private static Severity keptSeverity(CheckContext ctx, Map<Integer, Integer> kept) {
        return kept.size() >= 2 ? Severity.INFO : ctx.severity().lower();
    }

    /** Target sentences in the source language ({@link SourceLanguageSentences}), one finding a run. */
    private void sentencesInSourceLanguage(CheckContext ctx, SourceLanguageSentences models, List<String> targetProse,
                                           Set<Integer> reportedParagraphs, Set<Integer> reportedSentences,
                                           List<Finding> out) {
        Document tgt = ctx.target();
        List<Integer> candidates = tgt.sentences().stream()
                .filter(s -> !reportedParagraphs.contains(s.paragraph()) && !reportedSentences.contains(s.index())
                        && tgt.paragraphOf(s.index()).isProse() && !ctx.boilerplate().matches(s.text())
                        && !Text.looksLikeCode(s.text()) && !isValueList(s.text()) && isSentence(s.text()))
                .map(Sentence::index)
                .toList();
        boolean[] foreign = models.find(candidates);
        List<Integer> found = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            // a gloss keeps the source's words ("Zwischenzertifikate (intermediate certificates)"), a quotation its
            // language: a sentence is in the source language when it reads so without them too (too short for the
            // models, "Then click now.", the dictionaries tell)
            String rest = foreign[k] ? withoutAsides(targetProse.get(candidates.get(k))) : null;
            if (foreign[k] && (rest == null || (SourceLanguageSentences.judgeable(rest) ? models.readsAsSource(rest)
                    : !targetDictionaryKnowsBetter(rest, ctx.source().lang(), tgt.lang())))
                    && !targetWordAroundCode(rest != null ? rest : targetProse.get(candidates.get(k)),
                    ctx.source().lang(), tgt.lang())
                    && !bilingual(targetProse.get(candidates.get(k)), ctx.source().lang(), tgt.lang())
                    && readsAsLanguage(targetProse.get(candidates.get(k)), ctx.source().lang())) {
                found.add(candidates.get(k));
            }
        }
        for (List<Integer> run : tgt.runs(found)) {
            Location where = Location.ofSentences(tgt, run);
            String which = run.size() == 1 ? "Target sentence " + (run.get(0) + 1) + " reads"
                    : "Target sentences " + (run.get(0) + 1) + "–" + (run.get(run.size() - 1) + 1) + " read";
            out.add(new Finding(DESCRIPTOR.id(), ctx.severity().lower(), which + " as " + ctx.source().lang()
                    + ", the source language, not " + tgt.lang() + ": \"" + Text.abbreviate(where.text(), 120)
                    + "\"", null, where).withSpans(untranslated(where)));
        }
    }

    /** The text of a target location, as the span of a finding: all of it is left untranslated. */
    static List<Span> untranslated(Location target) {
        return Spans.whole(target.text(), Span.Side.TARGET, Span.Kind.UNTRANSLATED);
    }

    /**
     * Whether the source language's dictionary knows half the words of {@code text} or more (or cannot tell): a
     * list of program names ("gvim gview evim eview rvim rview") or a code fragment is the same in every
     * language, text to translate is not ("potrace, cairo, rsvg, batik, ghostscript, pstoedit." of a manual page's
     * SEE ALSO). Asked of identical text, and of paragraphs and sentences read as the source language.
     */
    private static boolean readsAsLanguage(String text, String lang) {
        return KnownWords.share(Text.prose(text), lang).orElse(1.0) >= MIN_KNOWN_SHARE;
    }

    /** The share of its words the source language's dictionary must know for identical text to be untranslated. */
    static final double MIN_KNOWN_SHARE = 0.5;

    /**
     * Whether identical text, or text read as the source language, is a sentence one would translate: three words
     * in lower case or more, and it ends like a sentence or runs to eight words. A label, a command or an example
     * line kept as it is ("[ Updated programs translations ]", "cordova plugin add cordova-plugin-geolocation") is
     * the same in both languages.
     */
    static boolean isSentence(String text) {
        if (isLinkOnly(text)) {
            return false;
        }
        String prose = Text.prose(text).strip();
        long words = java.util.Arrays.stream(Text.splitAtWhitespace(prose))
                .filter(w -> LOWER_WORD.matcher(w).matches()).count();
        return words >= 3 && (SENTENCE_END.matcher(prose).matches() || words >= 8);
    }

    /**
     * Whether the text is a web link alone ("Gradient factors for dummies, by Kevin Watts
     * &lt;https://…/GF-Watts.pdf&gt;", a list of further reading): its text names the page or file it links to, a
     * title a translation keeps as that resource is written.
     */
    static boolean isLinkOnly(String text) {
        String t = text.strip();
        return LINK_ONLY.matcher(t).matches() && Text.splitAtWhitespace(t).length <= LINK_TITLE_WORDS + 1;
    }

    /** A link's text of more words, or one with a sentence's end in it, is a sentence with a link in it. */
    private static final int LINK_TITLE_WORDS = 12;

    /**
     * Whether the dictionaries agree that {@code text}, read as the source language, is: the target language's
     * knows no more of it than the source language's ({@link #targetKnowsBetter}), and the source language's knows
     * half of it or more ({@link #readsAsLanguage}). Each dictionary reads the text once.
     */
    private static boolean sourceDictionaryAgrees(String text, String sourceLang, String targetLang) {
        String prose = Text.prose(text);
        java.util.OptionalDouble source = KnownWords.share(prose, sourceLang);
        return !targetKnowsBetter(source, KnownWords.share(prose, targetLang))
                && source.orElse(1.0) >= MIN_KNOWN_SHARE;
    }

    /**
     * The dictionaries' opinion: the target language's knows more of the paragraph's words than the source
     * language's. Identification took "Afficher les informations de version." and "eine traditionelle
     * whatis-Textdatenbank" for English; the French and German dictionaries know them.
     */
    private static boolean targetDictionaryKnowsBetter(String text, String sourceLang, String targetLang) {
        String prose = Text.prose(text);
        return targetKnowsBetter(KnownWords.share(prose, sourceLang), KnownWords.share(prose, targetLang));
    }

    /** Whether the target language's dictionary knows a larger share of a text than the source language's. */
    private static boolean targetKnowsBetter(java.util.OptionalDouble source, java.util.OptionalDouble target) {
        return source.isPresent() && target.isPresent() && target.getAsDouble() > source.getAsDouble();
    }

    /**
     * A quotation keeps its language: a paragraph that quotes a title or words in the source language
     * ({@code „A sustainable web for everyone“, Vortrag von Tom Greenwood}) is translated when what stands outside
     * the quotation marks reads as the target language to the dictionaries.
     */
    private static boolean quotesInTranslatedText(String text, String sourceLang, String targetLang) {
        String outside = QUOTATION.matcher(text).replaceAll(" ");
        return !outside.equals(text) && targetDictionaryKnowsBetter(outside, sourceLang, targetLang);
    }

    /** A short sentence: what a command or a name may make read as the source language however it is written. */
    private static final int SHORT_WORDS = 6;

    /**
     * Whether a short sentence has a word only the target language's dictionary knows ("Siehe git help branch.",
     * "Voir man apt-get."): written in the target language around a command or name left as it is. A sentence left
     * in the source language has no such word.
     */
    private static boolean targetWordAroundCode(String prose, String sourceLang, String targetLang) {
        return Text.splitAtWhitespace(prose.strip()).length <= SHORT_WORDS
                && KnownWords.hasWordOnlyIn(prose, targetLang, sourceLang);
    }

    /**
     * A fifth of the words or more that only the target language's dictionary knows: text written in both languages
     * ("beat frequency oscillator / Überlagerungsoszillator", a glossary both versions carry as it is), not text
     * left in the source language.
     */
    static final double BILINGUAL_SHARE = 0.2;

    private static boolean bilingual(String text, String sourceLang, String targetLang) {
        String prose = Text.prose(text);
        return Text.splitAtWhitespace(prose.strip()).length <= BILINGUAL_WORDS
                && KnownWords.shareOnlyIn(prose, targetLang, sourceLang) >= BILINGUAL_SHARE;
    }

    /**
     * A glossary's entry or a label pair is short; a longer paragraph with a fifth of its words in the target
     * language is a translated sentence beside untranslated ones, reported sentence by sentence.
     */
    static final int BILINGUAL_WORDS = 15;

    /**
     * Whether {@code text} is a list of values or keywords: {@value #VALUE_LIST_ITEMS} items or more, separated by
     * commas, each a single token ("play, slow2, slow4, pause, fast2, stop, quit, fullscreen, eject.", "auto,
     * square, 4:3, anamorphic, dvb."): the commands or settings a program accepts, the same in every language.
     */
    static boolean isValueList(String text) {
        String t = text.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        String[] items = t.split(",\\s*", -1);
        if (items.length < VALUE_LIST_ITEMS) {
            return false;
        }
        for (String item : items) {
            if (!VALUE.matcher(item).matches()) {
                return false;
            }
        }
        return true;
    }

    private static final int VALUE_LIST_ITEMS = 4;
    private static final Pattern VALUE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_:./+-]*");

    /** A heading is translated however short ("## Problem it addresses" left in English on a German page). */
    private static boolean isHeading(Document doc, int paragraph, String text) {
        return paragraph >= 0 && doc.paragraphs().get(paragraph).isHeading()
                || text.strip().startsWith("#");
    }

    /** Each sentence's prose (the empty string for code and metadata). */
    private static List<String> prose(Document doc) {
        return doc.sentences().stream()
                .map(s -> doc.paragraphOf(s.index()).isProse() ? Text.prose(s.text()) : "")
                .toList();
    }

    /**
     * A sentence's prose without its quotations and parentheses, or null when it has none or nothing in lower case
     * stands outside them ("(This section is not translated yet.)" is judged whole).
     */
    private static String withoutAsides(String prose) {
        if (prose.indexOf('(') < 0 && !QUOTATION_MARKS.matcher(prose).find()) {
            return null;
        }
        String rest = PARENTHESIS.matcher(QUOTATION.matcher(prose).replaceAll(" ")).replaceAll(" ");
        return SourceLanguageSentences.lowerCaseWords(rest).isBlank() ? null : rest;
    }

    private static String normal(String s) {
        return Text.collapseSpaces(Text.lower(s));
    }

    /**
     * The words in lower case (three letters or more) of the code of {@code doc}: its code blocks and code spans.
     * A heading of such words ("gem install", "apk (Alpine Linux)") names a command, the same in every language.
     */
    private static Set<String> codeWords(Document doc) {
        Set<String> out = new HashSet<>();
        for (var p : doc.paragraphs()) {
            Matcher spans = CODE_SPAN.matcher(p.text());
            StringBuilder code = new StringBuilder(p.kind().equals(dev.paracheck.model.Paragraph.CODE) ? p.text() : "");
            while (spans.find()) {
                code.append(' ').append(spans.group());
            }
            Matcher w = CODE_WORD.matcher(code);
            while (w.find()) {
                out.add(w.group());
            }
        }
        return out;
    }

    /** Whether every word in lower case (three letters or more) of {@code text} is one of {@code codeWords}. */
    private static boolean onlyCodeWords(String text, Set<String> codeWords) {
        Matcher w = CODE_WORD.matcher(text);
        boolean any = false;
        while (w.find()) {
            if (!codeWords.contains(w.group())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]+`");
    private static final Pattern CODE_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}{3,}(?![\\p{L}])");

    /**
     * At least two different words of three or more letters that are not capitalised names — or one, in a text of
     * three different words or more (a heading: "Problem it addresses"; not "Video, video, video.", the same in
     * English and German) — once URLs, hashtags, mentions, e-mail addresses,
     * tokens with digits (ids, hashes), HTML tags and code spans are set aside.
     */
    static boolean hasWords(String text) {
        Set<String> words = new HashSet<>();
        Set<String> allWords = new HashSet<>();
        for (String token : Text.splitAtWhitespace(MARKUP.matcher(text).replaceAll(" "))) {
            String t = EDGES.matcher(token).replaceAll("");
            if (token.startsWith("@") || token.contains("://") || token.contains("@") || token.startsWith("www.")
                    || token.startsWith("#") && !token.matches("#+")) {
                continue;
            }
            if (LETTERS.matcher(t).matches()) {
                allWords.add(Text.lower(t));
            }
            if (THREE_LETTERS.matcher(t).matches() && Character.isLowerCase(t.codePointAt(0))) {
                words.add(t);
            }
        }
        return words.size() >= 2 || words.size() == 1 && allWords.size() >= 3;
    }
}
