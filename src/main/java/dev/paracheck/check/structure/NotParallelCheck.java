package dev.paracheck.check.structure;

import dev.paracheck.check.Check;
import dev.paracheck.check.CheckContext;
import dev.paracheck.model.AlignmentStats;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.Severity;
import java.util.List;
import java.util.Locale;

/**
 * Flags a pair that does not look like a document and its translation. The evidence is the aligner's
 * permutation test ({@link AlignmentStats#costGain()}: how much better the alignment fits than one against the
 * target rotated by half) and the share of sentences it could link at all, and whether the two have one outline
 * ({@link #sameOutline}). On the seeds, the real pair gains 0.87 and unrelated articles 0.04–0.16.
 */
public final class NotParallelCheck implements Check {
    static final double MIN_COST_GAIN = 0.35;
    static final double MIN_LINKED_SHARE = 0.4;
    /**
     * A pair whose sentences nearly all link is a translation even where the permutation test gains little (short
     * glossary pages of the CNCF tree: 78–97 % linked at gains of 0.22–0.34), unless the gain is as low as that of
     * unrelated articles (0.04–0.16).
     */
    static final double TRANSLATION_LINKED_SHARE = 0.75;
    static final double UNRELATED_COST_GAIN = 0.2;
    /**
     * Below this many sentences a side the permutation test says nothing: on 170 short WMT24 documents (all real
     * translations) pairs of 3–11 sentences scored anywhere from 0 to 0.35.
     */
    static final int MIN_SENTENCES = 12;
    /**
     * Headings linked one to one, in order, that make a document's outline the other's: a translation made from an
     * older source keeps the source's sections where its text has drifted (LinuxCNC's French AXIS chapter: its 28
     * section titles in the English order, 27 of them linked, 73 % of sentences linked at a gain of 0.25). Two unrelated pages of one
     * kind share a few standard headings (a man page's NAME, SYNOPSIS, OPTIONS, SEE ALSO …), not ten.
     */
    static final int MIN_SHARED_HEADINGS = 10;
    static final double MIN_SHARED_HEADING_SHARE = 0.5;

    /**
     * Whether at least {@link #MIN_SHARED_HEADINGS} headings, half of those of the side with fewer (a stale
     * translation lacks the sections added since), are linked one to one to headings, in order.
     */
    static boolean sameOutline(CheckContext ctx) {
        long headings = Math.min(headings(ctx.source()), headings(ctx.target()));
        if (headings < MIN_SHARED_HEADINGS) {
            return false;
        }
        int shared = 0;
        for (dev.paracheck.model.Link l : ctx.alignment().sentences()) {
            if (!l.moved() && l.source().size() == 1 && l.target().size() == 1
                    && heading(ctx.source(), l.source().get(0)) && heading(ctx.target(), l.target().get(0))) {
                shared++;
            }
        }
        return shared >= MIN_SHARED_HEADINGS && shared >= MIN_SHARED_HEADING_SHARE * headings;
    }

    private static long headings(dev.paracheck.model.Document doc) {
        return doc.paragraphs().stream().filter(dev.paracheck.model.Paragraph::isHeading).count();
    }

    private static boolean heading(dev.paracheck.model.Document doc, int sentence) {
        return doc.paragraphOf(sentence).isHeading();
    }

    /** This check's id. */
    public static final String ID = "not-parallel";
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor(ID, "Not a translation",
            "The two documents do not look like translations of each other at all.", Severity.ERROR);

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public boolean needsParallelPair() {
        return false;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        AlignmentStats stats = ctx.alignment().stats();
        if (ctx.source().sentences().size() < MIN_SENTENCES || ctx.target().sentences().size() < MIN_SENTENCES) {
            return List.of();
        }
        if (stats.costGain() >= MIN_COST_GAIN && stats.linkedShare() >= MIN_LINKED_SHARE
                || stats.costGain() >= UNRELATED_COST_GAIN && (stats.linkedShare() >= TRANSLATION_LINKED_SHARE
                || sameOutline(ctx))) {
            return List.of();
        }
        // the linked share alone misleads: the aligner links most sentences of any two texts, only weakly
        String message = String.format(Locale.ROOT, "The documents do not look like translations of each other: "
                + "their sentences pair up hardly better than those of unrelated texts (the alignment fits %.0f%% "
                + "better than chance; %.0f%% of sentences linked, weakly)", 100 * stats.costGain(),
                100 * stats.linkedShare());
        return List.of(new Finding(DESCRIPTOR.id(), ctx.severity(), message, Location.WHOLE_DOCUMENT,
                Location.WHOLE_DOCUMENT));
    }
}
