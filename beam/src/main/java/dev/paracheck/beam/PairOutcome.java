package dev.paracheck.beam;

import dev.paracheck.model.Alignment;
import dev.paracheck.model.AlignmentStats;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.PairResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A checked pair as it travels between workers: its documents in brief, its sentence links (which order its
 * findings, {@link Finding#documentOrder}), the alignment's evidence of parallelism and its findings. Immutable.
 *
 * @param id the pair's id
 * @param source its source document
 * @param target its target document
 * @param links its sentence links
 * @param stats the alignment's evidence of parallelism
 * @param findings its findings, in document order
 */
public record PairOutcome(String id, DocumentSummary source, DocumentSummary target, List<Link> links,
                          AlignmentStats stats, List<Finding> findings) {
    public PairOutcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(stats, "stats");
        links = List.copyOf(links);
        findings = List.copyOf(findings);
    }

    static PairOutcome of(String id, String sourceLocation, String targetLocation, PairResult r) {
        return new PairOutcome(id, DocumentSummary.of(sourceLocation, r.source()),
                DocumentSummary.of(targetLocation, r.target()), r.alignment().sentences(), r.alignment().stats(),
                r.findings());
    }

    /** The language pair, {@code en-de}: what the corpus checks are keyed by. */
    public String langPair() {
        return source.lang() + "-" + target.lang();
    }

    /**
     * The pair as the report writers take it: documents named by their locations, without their text (the
     * writers of findings, summaries, SARIF, JUnit and Markdown read none); findings in document order.
     */
    public PairResult toResult() {
        return toResult(findings);
    }

    /** The same pair with other findings, put in document order. */
    public PairOutcome withFindings(List<Finding> other) {
        return new PairOutcome(id, source, target, links, stats, toResult(other).findings());
    }

    private PairResult toResult(List<Finding> list) {
        return new PairResult(document(source), document(target), new Alignment(List.of(), links, stats), list);
    }

    private static Document document(DocumentSummary d) {
        return new Document(Path.of(d.location()), d.lang(), List.of(), List.of());
    }
}
