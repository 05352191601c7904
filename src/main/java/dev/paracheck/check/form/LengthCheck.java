package dev.paracheck.check.form;

import dev.paracheck.check.Check;
import dev.paracheck.check.CheckContext;
import dev.paracheck.check.LengthRatios;
import dev.paracheck.check.PairedText;
import dev.paracheck.internal.Text;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Flags links whose length ratio lies far outside what the pair's own links expect: the log ratio of target to
 * source length is compared with the median of all links, in units of their median absolute deviation (a robust
 * z-score), so the check adapts to languages that run long or short. Short links are left alone. A target far
 * too short is reported at the check's severity, a target far too long a level lower.
 */
public final class LengthCheck implements Check {
    /** Robust z-score beyond which a link is flagged. */
    static final double MAX_Z = 4.0;
    /** The shorter side must also be at most this share of what the ratio predicts. */
    static final double MAX_SHARE = 0.55;
    /** Links with fewer visible characters on the longer side are not judged. */
    static final int MIN_LENGTH = 40;
    /** Words a target cut off keeps, at the least, to be reported at the check's severity. */
    static final int MIN_CUT_WORDS = 3;
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("length", "Length mismatch",
            "A sentence pair whose length ratio says a part is missing.", Severity.WARNING);

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<PairedText> pairs = PairedText.of(ctx);
        LengthRatios ratios = LengthRatios.of(pairs);
        Set<Link> cutOff = new HashSet<>();
        List<Finding> out = new ArrayList<>(cutOff(ctx, pairs, ratios, cutOff));
        if (ratios == null) {
            return out;
        }
        for (int k = 0; k < pairs.size(); k++) {
            PairedText p = pairs.get(k);
            int ls = Text.visibleLength(p.source().text());
            int lt = Text.visibleLength(p.target().text());
            double z = ratios.z(k);
            double share = Math.exp(-Math.abs(ratios.logRatio(k) - ratios.median()));
            // metadata (front matter, an editor's comment) paired with text is no translation of it
            boolean metaWithText = ctx.source().isMetadata(p.link().source())
                    != ctx.target().isMetadata(p.link().target());
            if (Math.max(ls, lt) >= MIN_LENGTH && Math.abs(z) > MAX_Z && share <= MAX_SHARE && !metaWithText
                    && !cutOff.contains(p.link())) {
                String shorter = z < 0 ? "target" : "source";
                // a target far too short is a translation cut off; a target far too long is most often a
                // translator's explanation, or a misalignment
                // (a cut keeps words of prose: not a list number alone, not a command synopsis)
                boolean cut = z < 0 && p.target().text().strip().split("\\s+").length >= MIN_CUT_WORDS
                        && !Text.looksLikeCode(p.source().text()) && !Text.looksLikeCode(p.target().text());
                // a lead-in to an example or a list, both sides ending in a colon, is rendered freely ("This option
                // might look something like the following:" / "Hierzu ein Beispiel:"); a cut ends elsewhere
                boolean leadIn = p.source().text().strip().endsWith(":") && p.target().text().strip().endsWith(":");
                Severity severity = cut && !leadIn ? ctx.severity() : ctx.severity().lower();
                out.add(new Finding(DESCRIPTOR.id(), severity, String.format(Locale.ROOT,
                        "The %s is %.0f%% of the length the rest of the document leads to expect (%d vs %d "
                                + "characters): a part may be missing%s", shorter, 100 * share, ls, lt,
                        leadIn ? " (a lead-in to what follows, which translators often condense)" : ""),
                        p.source(), p.target()));
            }
        }
        return out;
    }

    /**
     * The largest share of the length the document leads to expect that a target ending in an inflected adjective
     * ({@link CutOff#inflectedAdjective}) may have to be reported: a cut takes a part away, an ellipsis does not.
     */
    static final double MAX_ADJECTIVE_SHARE = 0.75;
    /**
     * The largest share of the length expected for a German target whose modal verb lacks its infinitive
     * ({@link CutOff#modalWithoutVerb}): a sign on its own (no such sentence in 21,500 German sentences of the
     * shared corpora, the real-world targets and a blind trial's, but one machine translation's), so the second
     * sign only asks that the target is not longer than expected.
     */
    static final double MAX_MODAL_SHARE = 0.9;
    /**
     * The largest share of the length expected for a German target without a comma whose English source sets a
     * clause off with one ({@link CutOff#clauseAfterComma}). On the FLORES-200 devtest pairs whose source has such
     * a clause, no target is this short without a comma (0 of 94), and 78 of 90 cut at their first comma are.
     */
    static final double MAX_CLAUSE_SHARE = 0.6;

    /** A sign of a cut in a sentence: the sentence's index, and the word that shows it. */
    private record Sign(int sentence, String word) {
    }

    /** The first sentence of {@code sentences} of {@code doc} in which {@code sign} finds a word; or null. */
    private static Sign first(Document doc, List<Integer> sentences, BiFunction<String, String, String> sign) {
        for (int j : sentences) {
            String word = sign.apply(doc.sentences().get(j).text(), doc.lang());
            if (word != null) {
                return new Sign(j, word);
            }
        }
        return null;
    }

    /**
     * Links with a target sentence that ends in a word no sentence of the target's language ends with
     * ({@link CutOff}) while no source sentence does — any of the link's sentences, as a cut one may be followed by
     * the next in a 2-2 link —, whose German target has a modal verb without the verb it needs and is at most
     * {@link #MAX_MODAL_SHARE} of the length expected, or whose target ends in an inflected adjective, or is a
     * subordinate clause alone, and is at most {@link #MAX_ADJECTIVE_SHARE} of it: a translation cut off. Their
     * links go to {@code links}, which the length-ratio test then leaves alone.
     */
    private static List<Finding> cutOff(CheckContext ctx, List<PairedText> pairs, LengthRatios ratios,
                                        Set<Link> links) {
        List<Finding> out = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            PairedText p = pairs.get(k);
            double share = ratios == null ? 1 : Math.exp(ratios.logRatio(k) - ratios.median());
            String message = cutMessage(ctx, p, share);
            if (message != null) {
                links.add(p.link());
                out.add(new Finding(DESCRIPTOR.id(), ctx.severity(), message, p.source(), p.target()));
            }
        }
        return out;
    }

    /** Why the target of {@code p}, {@code share} of the length expected, was cut off ({@link #cutOff}); or null. */
    private static String cutMessage(CheckContext ctx, PairedText p, double share) {
        String lang = ctx.target().lang();
        // the cheap tests first: most targets end in no such word, and most are prose
        Sign last = first(ctx.target(), p.link().target(), CutOff::lastWord);
        if (last == null && share > MAX_MODAL_SHARE
                || Text.looksLikeCode(p.target().text()) || Text.looksLikeCode(p.source().text())
                || first(ctx.source(), p.link().source(), CutOff::lastWord) != null) {
            return null;
        }
        if (last != null) {
            return where(p, last.sentence()) + " ends in \"" + last.word() + ".\", a word no sentence ends with: the "
                    + "rest of the sentence may be missing";
        }
        Sign modal = first(ctx.target(), p.link().target(), CutOff::modalWithoutVerb);
        if (modal != null) {
            return String.format(Locale.ROOT, "%s has the modal verb \"%s\" but ends in a noun, without the verb it "
                    + "needs, and the target is %.0f%% of the length the rest of the document leads to expect: the end "
                    + "of the sentence may be missing", where(p, modal.sentence()), modal.word(), 100 * share);
        }
        if (share > MAX_ADJECTIVE_SHARE) {
            return null;
        }
        String word = CutOff.inflectedAdjective(p.target().text(), lang);
        if (word != null) {
            return String.format(Locale.ROOT, "The target ends in \"%s.\", an adjective without its noun, and the "
                    + "target is %.0f%% of the length the rest of the document leads to expect: the rest of the "
                    + "sentence may be missing", word, 100 * share);
        }
        // a source that is a fragment itself, or an English one without its comma, is translated as such
        Sign clauseAlone = first(ctx.source(), p.link().source(), CutOff::subordinateOnly) != null ? null
                : first(ctx.target(), p.link().target(), CutOff::subordinateOnly);
        if (clauseAlone != null) {
            return String.format(Locale.ROOT, "%s is a subordinate clause alone (\"%s …\"), and the target is %.0f%% "
                    + "of the length the rest of the document leads to expect: its main clause may be missing",
                    where(p, clauseAlone.sentence()), clauseAlone.word(), 100 * share);
        }
        String clause = lang.equals("de") && share <= MAX_CLAUSE_SHARE && p.link().source().size() == 1
                && p.link().target().size() == 1 && p.target().text().indexOf(',') < 0
                && p.target().text().strip().split("\\s+").length >= MIN_CUT_WORDS
                ? CutOff.clauseAfterComma(p.source().text(), ctx.source().lang()) : null;
        return clause == null ? null : String.format(Locale.ROOT, "The source's clause after a comma (\", %s …\") has "
                + "no comma in the target, which is %.0f%% of the length the rest of the document leads to expect: the "
                + "clause may be missing", clause, 100 * share);
    }

    /** "The target", or, in a link of several target sentences, which one: a cut one may be followed by the next. */
    private static String where(PairedText p, int j) {
        return p.link().target().size() == 1 ? "The target" : "Target sentence " + (j + 1);
    }
}
