package dev.paracheck.check.structure;

import dev.paracheck.check.CheckContext;
import dev.paracheck.check.LengthRatios;
import dev.paracheck.check.PairedText;
import dev.paracheck.internal.Text;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence run on after a heading or a list item that has no full stop ("BESCHREIBUNG Auf Android beginnt …"
 * against "DESCRIPTION", "• Ziffern 0 bis 9 Gibt an, dass …" against "• digits 0 thru 9"): the segmenter cannot cut
 * there, so the aligner pairs the whole with the heading and no sentence is left unaligned. Found where the link's
 * length ratio is far off the document's (as {@link dev.paracheck.check.form.LengthCheck} measures it) and the
 * longer side, cut before a capital that no full stop precedes, leaves a head whose length fits the other side and
 * a tail that is a sentence of its own, not code; the other side must be a heading or an item (ten words at most,
 * no full stop ends it), and no sentence of it beside the link unaligned.
 */
final class GluedText {
    /** Robust z-score of the link's log length ratio beyond which it is looked at (as the length check). */
    static final double MIN_Z = 4.0;
    /** The head must be at least this share of the length the other side predicts, and at most its inverse. */
    static final double MIN_FIT = 0.6;
    /** Words the tail has at the least. */
    static final int MIN_TAIL_WORDS = 4;
    /** A heading or item has this many words at the most (a post without a full stop is no heading). */
    static final int MAX_HEADING_WORDS = 10;
    /** Links with fewer visible characters on the longer side are not looked at. */
    static final int MIN_LENGTH = 40;

    private GluedText() {
    }

    static List<Finding> findings(CheckContext ctx, String checkId, boolean sourceSide) {
        List<PairedText> pairs = PairedText.of(ctx);
        LengthRatios ratios = LengthRatios.of(pairs);
        if (ratios == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            PairedText p = pairs.get(k);
            double z = ratios.z(k);
            // the side that is too long is the one this check (omission: source, addition: target) looks at
            if (sourceSide ? z > -MIN_Z : z < MIN_Z) {
                continue;
            }
            Location own = sourceSide ? p.source() : p.target();
            Location other = sourceSide ? p.target() : p.source();
            // the heading or item may name code ("· PositionError.PERMISSION_DENIED"): only the tail must be prose
            if (Text.visibleLength(own.text()) < MIN_LENGTH
                    || !(sourceSide ? ctx.source() : ctx.target()).isProse(own.sentences())) {
                continue;
            }
            // the other side is a heading or item (no full stop), and no sentence of it beside the link is left
            // unaligned (a definition the translation runs on after its term: "Aktueller Wert- Der aktuelle …")
            if (other.text().strip().matches("(?s).*[.!?:;][\"'”»)]?$")
                    || other.text().strip().split("\\s+").length > MAX_HEADING_WORDS
                    || besideUnaligned(ctx, p, sourceSide)) {
                continue;
            }
            int cut = headEnd(own.text(), other.text(), ratios.median(), sourceSide);
            if (cut < 0) {
                continue;
            }
            String tail = own.text().substring(cut).strip();
            if (Text.looksLikeCode(tail)) {
                continue;
            }
            String message = (sourceSide ? "Source " : "Target ") + Runs.describe(own.sentences(),
                    sourceSide ? ctx.source() : ctx.target()) + " " + Runs.verb(own.sentences(),
                    sourceSide ? ctx.source() : ctx.target(), "goes", "go") + " on, after what "
                    + (sourceSide ? "the target translates" : "translates the source") + ", with text that has no "
                    + "counterpart in the " + (sourceSide ? "target" : "source") + " (a heading or list item without "
                    + "a full stop, and a sentence " + (sourceSide ? "left out" : "added") + " after it?): \""
                    + Text.abbreviate(tail, 160) + "\"";
            out.add(new Finding(checkId, ctx.severity(), message, p.source(), p.target()));
        }
        return out;
    }

    /** Whether the link before or after {@code p} leaves a sentence of the other side unaligned. */
    private static boolean besideUnaligned(CheckContext ctx, PairedText p, boolean sourceSide) {
        List<dev.paracheck.model.Link> links = ctx.alignment().sentences();
        int k = links.indexOf(p.link());
        for (int n = k - 1; n <= k + 1; n += 2) {
            if (k >= 0 && n >= 0 && n < links.size()
                    && (sourceSide ? links.get(n).isAddition() : links.get(n).isOmission())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where in {@code own} the head that translates {@code other} ends: the first cut before a capital letter, after
     * a space that no sentence-ending mark precedes, whose head fits {@code other} in length (within
     * {@link #MIN_FIT}; the first, as a German head has capitals within it) and whose tail is a sentence of
     * {@link #MIN_TAIL_WORDS} words or more ending in a full stop, question or exclamation mark; or -1.
     */
    static int headEnd(String own, String other, double median, boolean ownIsSource) {
        String trimmed = own.strip();
        if (!trimmed.matches("(?s).*[.!?][\"'”»)]?$")) {
            return -1;
        }
        for (int i = 1; i < own.length(); i++) {
            if (!Character.isUpperCase(own.charAt(i)) || own.charAt(i - 1) != ' ') {
                continue;
            }
            String head = own.substring(0, i).strip();
            double ratio = ownIsSource ? LengthRatios.logRatio(head, other) : LengthRatios.logRatio(other, head);
            if ((ownIsSource ? median - ratio : ratio - median) > -Math.log(MIN_FIT)) {
                break; // the head only grows: too long now, too long for every later cut
            }
            if (head.isEmpty() || ".!?:;".indexOf(head.charAt(head.length() - 1)) >= 0
                    || head.codePoints().noneMatch(Character::isLetter)) {
                continue;
            }
            if (!hasWords(own, i, MIN_TAIL_WORDS)) {
                break; // later cuts leave shorter tails
            }
            if (Math.exp(-Math.abs(ratio - median)) >= MIN_FIT) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code text} from {@code from} on has {@code n} words or more (counted up to {@code n} only). */
    private static boolean hasWords(String text, int from, int n) {
        int words = 0;
        boolean inWord = false;
        for (int k = from; k < text.length() && words < n; k++) {
            boolean space = Character.isWhitespace(text.charAt(k));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words >= n;
    }
}
