package dev.paracheck.check.language;

import dev.paracheck.check.Check;
import dev.paracheck.check.CheckContext;
import dev.paracheck.internal.Text;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flags paragraphs, on either side, written in neither the source nor the target language (e.g. Vietnamese
 * captions left in an English page). Languages are identified per paragraph in the segment stage, only where
 * the paragraph is long enough and the identification confident; a paragraph whose words the dictionary of the
 * source or target language knows is not reported ({@link KnownWords}: the identifier confuses related languages
 * on short texts).
 */
public final class WrongLanguageCheck implements Check {
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("wrong-language", "Wrong language",
            "A paragraph in neither the source nor the target language.", Severity.INFO);
    /** The share of its words a language's dictionary must know for a paragraph to be taken as written in it. */
    static final double KNOWN_SHARE = 0.75;

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        scan(ctx, ctx.source(), true, out);
        scan(ctx, ctx.target(), false, out);
        return out;
    }

    /**
     * Whether the dictionary of {@code lang} knows {@value #KNOWN_SHARE} of the words or more: the paragraph is
     * written in that language whatever the identifier said. Measured with LanguageTool's English and German
     * dictionaries: the paragraphs of the WMT24 EN–DE documents taken for Dutch, Norwegian and Afrikaans 0.8–1.0;
     * Vietnamese captions 0.06–0.25, French lines of a Bleualign article 0.12–0.36 (one of 18 at 0.64).
     */
    private static boolean readsAs(String prose, String lang) {
        return KnownWords.share(prose, lang).orElse(0) >= KNOWN_SHARE;
    }

    private void scan(CheckContext ctx, Document doc, boolean sourceSide, List<Finding> out) {
        List<List<Integer>> byParagraph = doc.sentencesByParagraph();
        for (int p = 0; p < doc.paragraphs().size(); p++) {
            String lang = doc.paragraphLang(p);
            if (lang.isEmpty() || lang.equals(ctx.source().lang()) || lang.equals(ctx.target().lang())
                    || byParagraph.get(p).isEmpty() || !doc.paragraphs().get(p).isProse()
                    || Text.looksLikeCode(doc.paragraphs().get(p).text())
                    || ctx.boilerplate().matches(doc.paragraphs().get(p).text())) {
                continue;
            }
            String prose = Text.prose(doc.paragraphs().get(p).text());
            if (readsAs(prose, ctx.source().lang()) || readsAs(prose, ctx.target().lang())) {
                continue;
            }
            Location where = Location.ofSentences(doc, byParagraph.get(p));
            String name = Locale.forLanguageTag(lang).getDisplayLanguage(Locale.ENGLISH);
            String message = (sourceSide ? "Source" : "Target") + " paragraph " + (p + 1) + " is in " + name + " ("
                    + lang + "), neither " + ctx.source().lang() + " nor " + ctx.target().lang() + ": \""
                    + Text.abbreviate(where.text(), 120) + "\"";
            out.add(new Finding(DESCRIPTOR.id(), ctx.severity(), message, sourceSide ? where : null,
                    sourceSide ? null : where));
        }
    }
}
