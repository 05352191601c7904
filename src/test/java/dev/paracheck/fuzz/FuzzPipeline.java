package dev.paracheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paracheck.align.DocumentAligner;
import dev.paracheck.check.CheckContext;
import dev.paracheck.check.Checks;
import dev.paracheck.ingest.TikaDocumentReader;
import dev.paracheck.internal.InputException;
import dev.paracheck.model.Alignment;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import dev.paracheck.report.ReportFiles;
import dev.paracheck.report.Reporters;
import dev.paracheck.segment.Segmenter;
import dev.paracheck.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline the fuzz targets drive: ingest → segment → align → check → HTML and JSON report, with its
 * invariants. A clear {@link InputException} is a correct answer; anything else thrown, or a broken invariant, is
 * a finding.
 */
final class FuzzPipeline {
    static final String[] EXTENSIONS = {".txt", ".md", ".html", ".xhtml", ".xml", ".docx", ".odt", ".pdf", ".rtf",
        ".csv"};
    private static final TikaDocumentReader READER = new TikaDocumentReader();
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final DocumentAligner ALIGNER = new DocumentAligner();
    private static final Checks CHECKS = Checks.withoutGrammar();
    private static final ObjectMapper JSON = new ObjectMapper();

    private FuzzPipeline() {
    }

    /** Runs the pipeline on {@code source} (under {@code extension}) and the text {@code target}. */
    static void run(byte[] source, String extension, String target) throws IOException {
        Path dir = Files.createTempDirectory("paracheck-fuzz");
        try {
            Path s = Files.write(dir.resolve("source" + extension), source);
            Path t = Files.writeString(dir.resolve("target.txt"), target, StandardCharsets.UTF_8);
            Document src;
            Document tgt;
            try {
                src = SEGMENTER.segment(READER.read(s), "en");
                tgt = SEGMENTER.segment(READER.read(t), "de");
            } catch (InputException refused) {
                assertThat(refused.getMessage()).isNotBlank();
                return;
            }
            Alignment alignment = ALIGNER.align(src, tgt);
            assertCoversEverySentenceOnce(alignment, src.sentences().size(), tgt.sentences().size());
            List<Finding> findings = CHECKS.run(new CheckContext(src, tgt, alignment, Severity.ERROR));
            Report report = new Report("fuzz", List.of(new PairResult(src, tgt, alignment, findings)),
                    CHECKS.enabledDescriptors(), Severity.ERROR);
            String html = ReportFiles.render(Reporters.parse(List.of("html")).get(0), report);
            assertThat(html.split("<script", -1)).as("the report's own script only: document text is escaped")
                    .hasSize(2);
            JSON.readTree(ReportFiles.render(Reporters.parse(List.of("json")).get(0), report));
        } finally {
            TestFiles.deleteTree(dir);
        }
    }

    /** Every sentence of either side stands in exactly one link (moved links included). */
    private static void assertCoversEverySentenceOnce(Alignment alignment, int sources, int targets) {
        List<Integer> s = new ArrayList<>();
        List<Integer> t = new ArrayList<>();
        for (Link l : alignment.sentences()) {
            s.addAll(l.source());
            t.addAll(l.target());
        }
        assertThat(s).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, sources).boxed()
                .toList());
        assertThat(t).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, targets).boxed()
                .toList());
    }
}
