package dev.paracheck.check.consistency;

import dev.paracheck.check.Check;
import dev.paracheck.check.CheckContext;
import dev.paracheck.check.PairedText;
import dev.paracheck.check.Spans;
import dev.paracheck.internal.Text;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.DiffOp;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags the same source sentence translated differently in two places. Source texts are compared normalised
 * (case, spacing and final punctuation ignored); each later translation that differs from the first gets a
 * finding whose message carries the word-level difference ({@code [-old-]{+new+}}, java-diff-utils). The same
 * difference is the finding's {@link Finding#diff()}, from the first translation to the finding's target text, and
 * what it inserted there are the finding's spans ({@link Span.Kind#CHANGED}).
 */
public final class InconsistentTranslationCheck implements Check {
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("inconsistent-translation",
            "Inconsistent translation", "The same source sentence translated differently in two places.",
            Severity.INFO);
    /** Sentences shorter than this many words (headings, "Comment (0)") repeat for other reasons. */
    private static final int MIN_WORDS = 4;
    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        Map<String, List<PairedText>> bySource = new LinkedHashMap<>();
        for (PairedText p : PairedText.of(ctx)) {
            if (p.source().text().split("\\s+").length >= MIN_WORDS) {
                bySource.computeIfAbsent(normal(p.source().text()), k -> new ArrayList<>()).add(p);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<PairedText> group : bySource.values()) {
            PairedText first = group.get(0);
            for (PairedText other : group.subList(1, group.size())) {
                if (normal(other.target().text()).equals(normal(first.target().text()))) {
                    continue;
                }
                List<DiffOp> diff = Spans.diff(first.target().text(), other.target().text());
                out.add(new Finding(DESCRIPTOR.id(), ctx.severity(), "Source sentence " + (first.source().sentences()
                        .get(0) + 1) + " repeats at " + (other.source().sentences().get(0) + 1)
                        + " but is translated differently: " + DiffOp.flatten(diff), other.source(), other.target())
                        .withDiff(diff).withSpans(Spans.inserted(diff, Span.Side.TARGET)));
            }
        }
        return out;
    }

    private static String normal(String s) {
        return Text.collapseSpaces(Text.lower(s)).replaceAll("[\\s.!?;:…]+$", "");
    }
}
