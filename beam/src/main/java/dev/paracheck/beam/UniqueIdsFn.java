package dev.paracheck.beam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Keeps one row of each id — the first in manifest order — and makes each other a {@link PairProblem}: findings
 * and summaries are told by id, so an id stands for one pair.
 */
final class UniqueIdsFn extends DoFn<KV<String, Iterable<PairRow>>, PairRow> {
    private static final long serialVersionUID = 1L;
    static final TupleTag<PairRow> ROWS = new TupleTag<>() { };
    static final TupleTag<PairProblem> PROBLEMS = new TupleTag<>() { };

    @ProcessElement
    public void process(@Element KV<String, Iterable<PairRow>> rows, MultiOutputReceiver out) {
        List<PairRow> all = new ArrayList<>();
        rows.getValue().forEach(all::add);
        all.sort(Comparator.comparing(PairRow::manifest).thenComparingLong(PairRow::line));
        PairRow first = all.get(0);
        out.get(ROWS).output(first);
        for (PairRow other : all.subList(1, all.size())) {
            out.get(PROBLEMS).output(new PairProblem(other.id(), other.where(), "id '" + other.id()
                    + "' already used at " + first.where() + "; not checked"));
        }
    }
}
