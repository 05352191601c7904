package dev.paracheck.check.language;

import dev.paracheck.check.Check;
import dev.paracheck.check.CheckContext;
import dev.paracheck.check.PairedText;
import dev.paracheck.internal.Text;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Flags target text left in the source language: a target paragraph identified as the source language (when
 * the two languages differ), and a target sentence identical to its source. Text made only of names, numbers,
 * URLs and symbols is exempt: it is the same in every language.
 */
public final class UntranslatedCheck implements Check {
    /** HTML tags ({@code <video controls="controls">}) and code spans: the same in every language. */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("<[^<>]*>|`[^`]*`");
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("untranslated", "Untranslated text",
            "Target text left in the source language, or identical to the source.", Severity.ERROR);

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        Document tgt = ctx.target();
        Set<Integer> reported = new HashSet<>();
        if (!ctx.source().lang().equals(tgt.lang())) {
            List<List<Integer>> byParagraph = tgt.sentencesByParagraph();
            for (int p = 0; p < tgt.paragraphs().size(); p++) {
                if (tgt.paragraphLang(p).equals(ctx.source().lang()) && !byParagraph.get(p).isEmpty()
                        && tgt.paragraphs().get(p).isProse()
                        && !ctx.boilerplate().matches(tgt.paragraphs().get(p).text())) {
                    Location where = Location.ofSentences(tgt, byParagraph.get(p));
                    out.add(new Finding(DESCRIPTOR.id(), ctx.severity(), "Target paragraph " + (p + 1)
                            + " is in " + ctx.source().lang() + ", the source language, not " + tgt.lang() + ": \""
                            + Text.abbreviate(where.text(), 120) + "\"", null, where));
                    reported.add(p);
                }
            }
        }
        if (ctx.source().lang().equals(tgt.lang())) {
            return out;
        }
        for (PairedText pair : PairedText.of(ctx)) {
            if (reported.contains(pair.target().paragraph())) {
                continue;
            }
            String s = normal(pair.source().text());
            if (s.equals(normal(pair.target().text())) && hasWords(pair.source().text())) {
                out.add(new Finding(DESCRIPTOR.id(), ctx.severity(), "Target is identical to the source: \""
                        + Text.abbreviate(pair.target().text(), 120) + "\"", pair.source(), pair.target()));
            }
        }
        return out;
    }

    private static String normal(String s) {
        return Text.collapseSpaces(Text.lower(s));
    }

    /**
     * At least two different words of three or more letters that are not capitalised names, once URLs, hashtags,
     * mentions, e-mail addresses, tokens with digits (ids, hashes), HTML tags and code spans are set aside.
     */
    static boolean hasWords(String text) {
        Set<String> words = new HashSet<>();
        for (String token : MARKUP.matcher(text).replaceAll(" ").split("\\s+")) {
            String t = token.replaceAll("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$", "");
            if (token.startsWith("#") || token.startsWith("@") || token.contains("://") || token.contains("@")
                    || token.startsWith("www.") || !t.matches("\\p{L}{3,}")) {
                continue;
            }
            if (Character.isLowerCase(t.codePointAt(0))) {
                words.add(t);
            }
        }
        return words.size() >= 2;
    }
}
