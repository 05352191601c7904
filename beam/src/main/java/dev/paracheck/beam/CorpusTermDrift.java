package dev.paracheck.beam;

import dev.paracheck.check.terminology.PairWords;
import dev.paracheck.check.terminology.TermDriftCheck;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Term drift across pairs: the words of every parallel pair (taken where the pair was checked), grouped by
 * language pair and the row's {@code group} when it names one, the term table inferred over them all and each pair's findings keyed by its id — what directory
 * mode finds across the pages of a tree ({@link TermDriftCheck#runOnWords}). Pairs are taken in the order of their
 * ids, as directory mode takes pages in the order of their paths (a tie between two renderings goes to the one
 * seen first). The term statistics are global to a group, so its words meet on one worker; see docs/beam.md
 * for the size this allows.
 */
final class CorpusTermDrift extends PTransform<PCollection<KV<String, PairTermWords>>,
        PCollection<KV<String, FindingList>>> {
    private static final long serialVersionUID = 1L;
    private final Severity severity;

    CorpusTermDrift(Severity severity) {
        this.severity = severity;
    }

    @Override
    public PCollection<KV<String, FindingList>> expand(PCollection<KV<String, PairTermWords>> words) {
        return words.apply("Group words by language pair", GroupByKey.create())
                .apply("Infer terms and drift", ParDo.of(new DriftFn(severity)));
    }

    private static final class DriftFn extends DoFn<KV<String, Iterable<PairTermWords>>, KV<String, FindingList>> {
        private static final long serialVersionUID = 1L;
        private final Severity severity;

        DriftFn(Severity severity) {
            this.severity = severity;
        }

        @ProcessElement
        public void process(@Element KV<String, Iterable<PairTermWords>> group,
                            OutputReceiver<KV<String, FindingList>> out) {
            List<PairTermWords> pairs = new ArrayList<>();
            group.getValue().forEach(pairs::add);
            pairs.sort(Comparator.comparing(PairTermWords::id));
            List<PairWords> words = pairs.stream().map(PairTermWords::words).toList();
            List<List<Finding>> found = TermDriftCheck.runOnWords(words, severity);
            for (int i = 0; i < pairs.size(); i++) {
                if (!found.get(i).isEmpty()) {
                    out.output(KV.of(pairs.get(i).id(), new FindingList(found.get(i))));
                }
            }
        }
    }
}
