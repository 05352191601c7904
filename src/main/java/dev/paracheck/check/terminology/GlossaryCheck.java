package dev.paracheck.check.terminology;

import dev.paracheck.check.Check;
import dev.paracheck.check.CheckContext;
import dev.paracheck.check.PairedText;
import dev.paracheck.check.TargetCheck;
import dev.paracheck.check.TargetContext;
import dev.paracheck.config.Glossary;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Enforces the glossaries: on every aligned link (so a sentence split in two is still one unit), a source term
 * found by lemma must have one of its approved renderings in the target, and no forbidden rendering may appear.
 * Matching is by lemma on both sides, with German-style compounds ({@link TermMatcher}); case-sensitive entries
 * compare surface forms exactly. A finding's spans ({@link Span.Kind#TERM}) are the source term and the forbidden
 * renderings used; its suggestions are the approved renderings.
 */
public final class GlossaryCheck implements Check, TargetCheck {
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("glossary", "Glossary",
            "A glossary term whose approved translation is missing, or a forbidden one used.", Severity.WARNING);

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        Glossary glossary = ctx.glossary();
        if (glossary.entries().isEmpty()) {
            return List.of();
        }
        Lemmatizer sourceWords = new Lemmatizer(ctx.source().lang());
        Lemmatizer targetWords = new Lemmatizer(ctx.target().lang());
        // every term is lemmatised once, not once per link
        Map<String, List<Lemmatizer.Word>> sourceTerms = new HashMap<>();
        Map<String, List<Lemmatizer.Word>> targetTerms = new HashMap<>();
        for (Glossary.Entry e : glossary.entries()) {
            sourceTerms.computeIfAbsent(e.source(), sourceWords::words);
            e.approved().forEach(a -> targetTerms.computeIfAbsent(a, targetWords::words));
            e.forbidden().forEach(f -> targetTerms.computeIfAbsent(f, targetWords::words));
        }
        List<Finding> out = new ArrayList<>();
        for (PairedText p : PairedText.of(ctx)) {
            List<Lemmatizer.Token> sourceTokens = sourceWords.tokens(p.source().text());
            List<Lemmatizer.Token> targetTokens = targetWords.tokens(p.target().text());
            Words s = new Words(p.source().text(), sourceTokens, Span.Side.SOURCE);
            Words t = new Words(p.target().text(), targetTokens, Span.Side.TARGET);
            for (Glossary.Entry e : glossary.entries()) {
                if (!found(e.source(), s.raw, s.words, sourceTerms, e.caseSensitive())) {
                    continue;
                }
                List<String> used = e.forbidden().stream()
                        .filter(f -> found(f, t.raw, t.words, targetTerms, e.caseSensitive())).toList();
                boolean approved = e.approved().isEmpty() || e.approved().stream()
                        .anyMatch(a -> found(a, t.raw, t.words, targetTerms, e.caseSensitive()));
                if (!used.isEmpty()) {
                    List<Span> spans = new ArrayList<>(s.spans(e.source(), sourceTerms, e.caseSensitive()));
                    used.forEach(f -> spans.addAll(t.spans(f, targetTerms, e.caseSensitive())));
                    out.add(finding(ctx, p, "Glossary: \"" + e.source() + "\" is translated with the forbidden \""
                            + String.join("\", \"", used) + "\"" + expected(e), spans, e));
                } else if (!approved) {
                    out.add(finding(ctx, p, "Glossary: \"" + e.source() + "\" is not translated as approved"
                            + expected(e), s.spans(e.source(), sourceTerms, e.caseSensitive()), e));
                }
            }
        }
        return out;
    }

    /** A text with its words, lemmatised, and their places, and the side it stands on. */
    private static final class Words {
        final String raw;
        final List<Lemmatizer.Token> tokens;
        final List<Lemmatizer.Word> words;
        final Span.Side side;

        Words(String raw, List<Lemmatizer.Token> tokens, Span.Side side) {
            this.raw = raw;
            this.tokens = tokens;
            this.words = tokens.stream().map(Lemmatizer.Token::word).toList();
            this.side = side;
        }

        /** Where {@code term} stands in the text, found as {@link #found} finds it. */
        List<Span> spans(String term, Map<String, List<Lemmatizer.Word>> lemmatisedTerms, boolean caseSensitive) {
            if (caseSensitive) {
                List<Span> out = new ArrayList<>();
                for (int i = raw.indexOf(term); i >= 0 && !term.isEmpty(); i = raw.indexOf(term, i + 1)) {
                    out.add(new Span(side, i, i + term.length(), Span.Kind.TERM));
                }
                return out;
            }
            return TermMatcher.spans(tokens, TermMatcher.find(words, lemmatisedTerms.get(term)), side);
        }
    }

    /** The target alone: a forbidden rendering used, whatever the source said. */
    @Override
    public List<Finding> runOnTarget(TargetContext ctx) {
        Glossary glossary = ctx.glossary();
        if (glossary.entries().isEmpty()) {
            return List.of();
        }
        Lemmatizer targetWords = new Lemmatizer(ctx.target().lang());
        Map<String, List<Lemmatizer.Word>> targetTerms = new HashMap<>();
        for (Glossary.Entry e : glossary.entries()) {
            e.forbidden().forEach(f -> targetTerms.computeIfAbsent(f, targetWords::words));
        }
        List<Finding> out = new ArrayList<>();
        Document tgt = ctx.target();
        for (int i = 0; i < tgt.sentences().size(); i++) {
            String text = tgt.sentences().get(i).text();
            if (ctx.boilerplate().matches(text)) {
                continue;
            }
            Words t = new Words(text, targetWords.tokens(text), Span.Side.TARGET);
            for (Glossary.Entry e : glossary.entries()) {
                List<String> used = e.forbidden().stream()
                        .filter(f -> found(f, text, t.words, targetTerms, e.caseSensitive())).toList();
                if (!used.isEmpty()) {
                    List<Span> spans = new ArrayList<>();
                    used.forEach(f -> spans.addAll(t.spans(f, targetTerms, e.caseSensitive())));
                    // the location's text is the sentence's text, so the sentence's offsets are the location's
                    out.add(new Finding(DESCRIPTOR.id(), ctx.severity(), "Glossary: the forbidden \""
                            + String.join("\", \"", used) + "\" is used (for \"" + e.source() + "\")" + expected(e),
                            null, Location.ofSentences(tgt, List.of(i))).withSpans(spans)
                            .withSuggestions(e.approved()));
                }
            }
        }
        return out;
    }

    private static boolean found(String term, String raw, List<Lemmatizer.Word> text,
                                 Map<String, List<Lemmatizer.Word>> lemmatisedTerms, boolean caseSensitive) {
        if (caseSensitive) {
            return raw.contains(term);
        }
        return TermMatcher.contains(text, lemmatisedTerms.get(term));
    }

    private static String expected(Glossary.Entry e) {
        return (e.approved().isEmpty() ? "" : "; expected \"" + String.join("\" or \"", e.approved()) + "\"")
                + (e.note().isEmpty() ? "" : " (" + e.note() + ")") + " [" + e.file().getFileName() + ":" + e.line()
                + "]";
    }

    private static Finding finding(CheckContext ctx, PairedText p, String message, List<Span> spans,
                                   Glossary.Entry e) {
        return new Finding(DESCRIPTOR.id(), ctx.severity(), message, p.source(), p.target()).withSpans(spans)
                .withSuggestions(e.approved());
    }
}
