package dev.paracheck.beam;

import dev.paracheck.cli.Version;
import dev.paracheck.check.UntranslatedText;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * paracheck over a manifest of document pairs, as an Apache Beam pipeline that runs unchanged on the DirectRunner,
 * Flink, Spark and Dataflow:
 *
 * <pre>
 * manifest files → rows (bad rows: problems) → one row per id → check each pair (ConsistencyRun; unreadable or too
 * slow: problems) → term drift across the pairs of each language pair → findings-*.jsonl, summary-*.jsonl,
 * problems-*.jsonl (+ paracheck.sarif, .junit.xml, .md)
 * </pre>
 *
 * The job completes whatever the documents hold: a bad row or document is a problem line, never a failure. See
 * docs/beam.md for running it on a cluster.
 */
public final class ParacheckPipeline {
    private ParacheckPipeline() {
    }

    public static void main(String[] args) {
        PipelineOptionsFactory.register(ParacheckOptions.class);
        ParacheckOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(ParacheckOptions.class);
        PipelineResult result = run(options);
        PipelineResult.State state = result.waitUntilFinish();
        if (state != PipelineResult.State.DONE) {
            System.err.println("paracheck-beam: the job ended " + state);
            System.exit(1);
        }
    }

    /** Builds the pipeline for {@code options} and starts it on their runner. */
    public static PipelineResult run(ParacheckOptions options) {
        Pipeline p = Pipeline.create(options);
        build(p, options);
        return p.run();
    }

    /** Adds the whole job to {@code p}. */
    public static void build(Pipeline p, ParacheckOptions options) {
        CheckSettings settings = CheckSettings.of(options);
        TeamReports reports = teamReports(options, settings);
        registerCoders(p.getCoderRegistry());
        String output = options.getOutput().endsWith("/") ? options.getOutput() : options.getOutput() + "/";

        PCollectionTuple read = p.apply("Match manifest", FileIO.match().filepattern(options.getManifest()))
                .apply("Open manifest", FileIO.readMatches())
                .apply("Read manifest", ParDo.of(new ReadManifestFn())
                        .withOutputTags(ReadManifestFn.ROWS, TupleTagList.of(ReadManifestFn.PROBLEMS)));
        // grouping by id spreads the rows over the workers, which a manifest read by one would not
        PCollectionTuple unique = read.get(ReadManifestFn.ROWS)
                .apply("Key by id", WithKeys.of(PairRow::id).withKeyType(TypeDescriptors.strings()))
                .apply("Group by id", GroupByKey.create())
                .apply("One row an id", ParDo.of(new UniqueIdsFn())
                        .withOutputTags(UniqueIdsFn.ROWS, TupleTagList.of(UniqueIdsFn.PROBLEMS)));
        PCollectionTuple checked = unique.get(UniqueIdsFn.ROWS)
                .apply("Check pairs", ParDo.of(new CheckPairFn(settings)).withOutputTags(CheckPairFn.CHECKED,
                        TupleTagList.of(CheckPairFn.PROBLEMS).and(CheckPairFn.WORDS)));

        PCollection<PairOutcome> pairs = checked.get(CheckPairFn.CHECKED);
        if (settings.judgesTermDriftAcrossPairs()) {
            PCollection<KV<String, FindingList>> drift = checked.get(CheckPairFn.WORDS)
                    .apply("Term drift across pairs", new CorpusTermDrift(settings.termDriftSeverity()));
            pairs = withCorpusFindings(pairs, drift);
        }
        PCollection<PairProblem> problems = PCollectionList.of(read.get(ReadManifestFn.PROBLEMS))
                .and(unique.get(UniqueIdsFn.PROBLEMS)).and(checked.get(CheckPairFn.PROBLEMS))
                .apply("All problems", Flatten.pCollections());

        // a pair's findings are one element, so that they stay together and in document order in the output
        pairs.apply("Only pairs with findings", Filter.by(pair -> !pair.findings().isEmpty()))
                .apply("Finding lines", MapElements.into(TypeDescriptors.strings())
                        .via(pair -> String.join("\n", OutputLines.findings(pair))))
                .apply("Write findings", TextIO.write().to(output + "findings").withSuffix(".jsonl"));
        pairs.apply("Summary lines", MapElements.into(TypeDescriptors.strings()).via(OutputLines::summary))
                .apply("Write summaries", TextIO.write().to(output + "summary").withSuffix(".jsonl"));
        problems.apply("Problem lines", MapElements.into(TypeDescriptors.strings()).via(OutputLines::problem))
                .apply("Write problems", TextIO.write().to(output + "problems").withSuffix(".jsonl"));
        if (reports != null) {
            writeTeamReports(pairs, problems, reports, output);
        }
    }

    private static void registerCoders(CoderRegistry registry) {
        for (Class<?> type : List.of(PairRow.class, PairProblem.class, PairOutcome.class, PairTermWords.class,
                FindingList.class)) {
            register(registry, type);
        }
    }

    private static <T> void register(CoderRegistry registry, Class<T> type) {
        registry.registerCoderForClass(type, JsonCoder.of(type));
    }

    private static TeamReports teamReports(ParacheckOptions options, CheckSettings settings) {
        List<String> formats = Arrays.stream(options.getReports().split(",")).map(String::strip)
                .filter(f -> !f.isEmpty()).toList();
        if (formats.isEmpty()) {
            return null;
        }
        Severity failOn = options.getFailOn().equals("never") ? null : Severity.parse(options.getFailOn());
        return new TeamReports(formats, failOn, settings, Version.get());
    }

    /**
     * Each pair with the findings found across pairs added, as directory mode adds them: text left untranslated
     * shadows them like the pair's own, and all are in document order.
     */
    private static PCollection<PairOutcome> withCorpusFindings(PCollection<PairOutcome> pairs,
                                                               PCollection<KV<String, FindingList>> found) {
        TupleTag<PairOutcome> pairTag = new TupleTag<>() { };
        TupleTag<FindingList> foundTag = new TupleTag<>() { };
        PCollection<KV<String, PairOutcome>> byId = pairs.apply("Key pairs by id",
                WithKeys.of(PairOutcome::id).withKeyType(TypeDescriptors.strings()));
        return KeyedPCollectionTuple.of(pairTag, byId).and(foundTag, found)
                .apply("Join corpus findings", CoGroupByKey.create())
                .apply("Add corpus findings", ParDo.of(new DoFn<KV<String, CoGbkResult>, PairOutcome>() {
                    private static final long serialVersionUID = 1L;

                    @ProcessElement
                    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<PairOutcome> out) {
                        List<Finding> extra = new ArrayList<>();
                        joined.getValue().getAll(foundTag).forEach(f -> extra.addAll(f.findings()));
                        for (PairOutcome pair : joined.getValue().getAll(pairTag)) {
                            if (extra.isEmpty()) {
                                out.output(pair);
                            } else {
                                List<Finding> all = new ArrayList<>(pair.findings());
                                all.addAll(extra);
                                out.output(pair.withFindings(UntranslatedText.withoutShadowed(all)));
                            }
                        }
                    }
                }));
    }

    /** The combined reports, written once every pair is in (gathered on one worker). */
    private static void writeTeamReports(PCollection<PairOutcome> pairs, PCollection<PairProblem> problems,
                                         TeamReports reports, String output) {
        PCollectionView<List<PairOutcome>> allPairs = pairs.apply("Gather pairs", View.asList());
        PCollectionView<List<PairProblem>> allProblems = problems.apply("Gather problems", View.asList());
        pairs.getPipeline().apply("Team reports", Create.of("reports"))
                .apply("Write team reports", ParDo.of(new DoFn<String, Void>() {
                    private static final long serialVersionUID = 1L;

                    @ProcessElement
                    public void process(ProcessContext c) throws IOException {
                        reports.write(c.sideInput(allPairs), c.sideInput(allProblems), output);
                    }
                }).withSideInputs(allPairs, allProblems));
    }
}
