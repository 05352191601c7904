package dev.paracheck.check.stale;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.paracheck.internal.Text;
import dev.paracheck.check.Spans;
import dev.paracheck.model.Alignment;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.DiffOp;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Three texts, one verdict: the source as it was when the translation was made ({@code before}), the source now,
 * and the translation. The source's sentences now are diffed against those before (java-diff-utils, on sentences
 * with case, spacing and final punctuation set aside), and the translation is aligned with the source before — its
 * real original. What the source gained since is {@code missing-new}, what it changed is {@code outdated} (with the
 * word diff of the change and the target text that translates the old wording; the diff, from the old wording to
 * the finding's source text, is also its {@link Finding#diff()}, and the words it inserted are its spans), what it
 * lost is {@code obsolete} where the target still translates it. The findings of the other checks about that text
 * (an omission of a new sentence, an addition that translates a deleted one, a number of a changed sentence) are
 * left out: the stale finding says what to do there. Stateless.
 */
public final class StaleTranslation {
    public static final CheckDescriptor OUTDATED = new CheckDescriptor("outdated", "Outdated translation",
            "A source sentence changed since the translation was made (needs --source-before).", Severity.WARNING);
    public static final CheckDescriptor MISSING_NEW = new CheckDescriptor("missing-new", "Not translated yet",
            "Source content added since the translation was made (needs --source-before).", Severity.WARNING);
    public static final CheckDescriptor OBSOLETE = new CheckDescriptor("obsolete", "Obsolete translation",
            "Target content whose source was deleted since the translation was made (needs --source-before).",
            Severity.WARNING);
    private static final Set<String> STRUCTURAL = Set.of("omission", "addition", "reorder");

    private StaleTranslation() {
    }

    /** The three checks' descriptors, at {@code severity}. */
    public static List<CheckDescriptor> descriptors(Severity severity) {
        return List.of(OUTDATED, MISSING_NEW, OBSOLETE).stream()
                .map(d -> new CheckDescriptor(d.id(), d.title(), d.description(), severity)).toList();
    }

    /**
     * The findings of {@code now} (the source now against the target) with the stale ones added and those about
     * stale text left out.
     *
     * @param before          the source as it was when the translation was made
     * @param beforeToTarget  the alignment of {@code before} with the target
     * @param severity        the stale findings' severity
     */
    public static List<Finding> judge(Document before, Alignment beforeToTarget, PairResult now, Severity severity) {
        Document source = now.source();
        Document target = now.target();
        List<TreeSet<Integer>> targetsOfBefore = new ArrayList<>();
        before.sentences().forEach(s -> targetsOfBefore.add(new TreeSet<>()));
        for (Link l : beforeToTarget.sentences()) {
            for (int s : l.source()) {
                targetsOfBefore.get(s).addAll(l.target());
            }
        }
        List<Finding> stale = new ArrayList<>();
        Set<Integer> changedOrNew = new HashSet<>();
        Set<Integer> staleTargets = new HashSet<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(normal(before), normal(source)).getDeltas()) {
            List<Integer> old = range(delta.getSource().getPosition(), delta.getSource().size());
            List<Integer> fresh = range(delta.getTarget().getPosition(), delta.getTarget().size());
            Set<Integer> translation = new TreeSet<>();
            old.forEach(s -> translation.addAll(targetsOfBefore.get(s)));
            if (delta.getType() == DeltaType.INSERT) {
                changedOrNew.addAll(fresh);
                for (List<Integer> run : source.runs(fresh)) {
                    stale.add(missingNew(source, target, run, delta.getSource().getPosition() - 1, targetsOfBefore,
                            severity));
                }
            } else if (delta.getType() == DeltaType.DELETE) {
                if (!translation.isEmpty()) {
                    staleTargets.addAll(translation);
                    stale.add(new Finding(OBSOLETE.id(), severity, "The source no longer has what this translates "
                            + "(deleted since the translation): \"" + Text.abbreviate(before.text(old), 160) + "\"",
                            null, Location.ofSentences(target, List.copyOf(translation))));
                }
            } else if (delta.getType() == DeltaType.CHANGE) {
                changedOrNew.addAll(fresh);
                staleTargets.addAll(translation);
                List<DiffOp> change = Spans.diff(before.text(old), source.text(fresh));
                stale.add(new Finding(OUTDATED.id(), severity, "The source changed since the translation"
                        + (translation.isEmpty() ? " (the old wording had no translation): "
                        : ", the target translates the old wording: ") + DiffOp.flatten(change),
                        Location.ofSentences(source, fresh),
                        translation.isEmpty() ? null : Location.ofSentences(target, List.copyOf(translation)))
                        .withDiff(change).withSpans(Spans.inserted(change, Span.Side.SOURCE)));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : now.findings()) {
            if (!aboutStaleText(f, changedOrNew, staleTargets)) {
                out.add(f);
            }
        }
        out.addAll(stale);
        return out;
    }

    private static Finding missingNew(Document source, Document target, List<Integer> run, int beforeSentence,
                                      List<TreeSet<Integer>> targetsOfBefore, Severity severity) {
        String where = "";
        for (int s = beforeSentence; s >= 0; s--) {
            if (!targetsOfBefore.get(s).isEmpty()) {
                int t = targetsOfBefore.get(s).last();
                where = "; it belongs after target line " + target.sentences().get(t).line() + " (\""
                        + Text.abbreviate(target.sentences().get(t).text(), 60) + "\")";
                break;
            }
        }
        return new Finding(MISSING_NEW.id(), severity, "Added to the source since the translation, not translated "
                + "yet: \"" + Text.abbreviate(source.text(run), 160) + "\"" + where, Location.ofSentences(source, run),
                null);
    }

    /** A finding the stale ones replace: on new or changed source text, or on target text that translates old text. */
    private static boolean aboutStaleText(Finding f, Set<Integer> changedOrNew, Set<Integer> staleTargets) {
        boolean onSource = f.source() != null && !f.source().sentences().isEmpty()
                && changedOrNew.containsAll(f.source().sentences());
        boolean onTarget = f.target() != null && !f.target().sentences().isEmpty()
                && staleTargets.containsAll(f.target().sentences());
        if (STRUCTURAL.contains(f.check())) {
            return f.check().equals("addition") ? onTarget : onSource;
        }
        return onSource || f.source() == null && onTarget;
    }

    private static List<String> normal(Document d) {
        return d.sentences().stream()
                .map(s -> Text.collapseSpaces(Text.lower(s.text())).replaceAll("[\\s.!?;:…]+$", "")).toList();
    }

    private static List<Integer> range(int from, int size) {
        return IntStream.range(from, from + size).boxed().toList();
    }
}
