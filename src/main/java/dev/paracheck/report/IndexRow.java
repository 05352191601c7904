package dev.paracheck.report;

import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Staleness;
import java.util.Arrays;
import java.util.List;

/**
 * A pair's row in the directory index (template {@code index-row}): its paths and link, status, how stale it is and
 * its counts, each cell with the raw value the page's script sorts by. Immutable.
 *
 * @param classes {@code not-parallel} and / or {@code stale}, null for neither
 * @param hasSource false for a target checked without its source
 * @param source the source's name in the report (relative in a tree), empty without one
 * @param target the target's name in the report
 * @param href the relative link to the pair's page
 * @param errors its number of errors
 * @param statusRank 2 not parallel + 1 stale
 * @param okTitle what "ok" means for the pair, null when it is not ok
 * @param changed the share of the source changed, or null when the pair was not checked against a before-version
 * @param behind how far the source moved on, or null when not known
 * @param staleCounts the counts of {@code outdated}, {@code missing-new} and {@code obsolete}
 * @param severityCounts the counts of errors, warnings and info
 * @param findings its number of findings
 * @param byCheck its findings per check, the most frequent first
 */
record IndexRow(String classes, boolean hasSource, String source, String target, String href, long errors,
                int statusRank, boolean notParallel, boolean stale, String okTitle, Changed changed, Behind behind,
                List<NumberCell> staleCounts, List<NumberCell> severityCounts, int findings, List<Count> byCheck) {

    /** The share of the source's sentences changed or added: {@code sentences} of {@code total}, as a percentage. */
    record Changed(double share, int sentences, int total, String percent) {
    }

    /** Commits and days the source moved on since {@code before} (-1 where not known), and as text. */
    record Behind(int commits, long days, String before, String text) {
    }

    /** A count; {@code known} false for a count that does not apply (stale counts of a pair not checked so). */
    record NumberCell(boolean known, long n, boolean zero, boolean err) {
    }

    static IndexRow of(Report report, PairResult p, String href) {
        boolean notParallel = PairStatus.notParallel(p);
        boolean stale = PairStatus.stale(p);
        String classes = ((notParallel ? " not-parallel" : "") + (stale ? " stale" : "")).strip();
        String okTitle = notParallel || stale ? null : !p.hasSource() ? "checked without its source"
                : p.staleness() == null ? "parallel; not checked against an earlier source" : "parallel and up to date";
        Staleness st = p.staleness();
        Double share = PairStatus.sourceChanged(p);
        Changed changed = share == null ? null : new Changed(share, PairStatus.changedSentences(p),
                p.source().sentences().size(), IndexPage.percent(share));
        Behind behind = st == null ? null
                : new Behind(st.commitsBehind(), st.daysBehind(), st.before(), IndexPage.behind(st));
        List<NumberCell> staleCounts = List.of(PairStatus.OUTDATED, PairStatus.MISSING_NEW, PairStatus.OBSOLETE)
                .stream().map(check -> PairStatus.count(p, check))
                .map(n -> new NumberCell(st != null || n > 0, n, n == 0, false)).toList();
        List<NumberCell> severityCounts = Arrays.stream(Severity.values())
                .map(s -> new NumberCell(true, p.count(s), p.count(s) == 0, s == Severity.ERROR && p.count(s) > 0))
                .toList();
        List<Count> byCheck = PairStatus.byCheck(p).entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue())).toList();
        return new IndexRow(classes.isEmpty() ? null : classes, p.hasSource(), p.hasSource() ? report.name(p.source()) : "",
                report.name(p.target()), href, p.count(Severity.ERROR), (notParallel ? 2 : 0) + (stale ? 1 : 0),
                notParallel, stale, okTitle, changed, behind, staleCounts, severityCounts, p.findings().size(),
                byCheck);
    }
}
