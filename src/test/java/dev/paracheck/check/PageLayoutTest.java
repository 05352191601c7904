package dev.paracheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Severity;
import dev.paracheck.pipeline.ConsistencyRun;
import dev.paracheck.pipeline.PairOptions;
import dev.paracheck.testing.SampleDocuments;
import dev.paracheck.testing.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings on a PDF that TeX typeset are a level weaker, those of a paragraph on its own are not. */
class PageLayoutTest {
    @TempDir
    Path dir;

    private static Finding finding(String check, Severity severity) {
        return new Finding(check, severity, "m", Location.WHOLE_DOCUMENT, Location.WHOLE_DOCUMENT);
    }

    @Test
    void aTexTypesetPairLowersTheFindingsOfAlignedSentencesOnly() {
        List<Finding> findings = List.of(finding("number", Severity.WARNING), finding("omission", Severity.ERROR),
                finding("entity", Severity.INFO), finding("untranslated", Severity.ERROR),
                finding("not-parallel", Severity.ERROR), finding("grammar", Severity.WARNING));

        assertThat(PageLayout.weigh(findings, true)).extracting(Finding::severity).containsExactly(Severity.INFO,
                Severity.WARNING, Severity.INFO, Severity.ERROR, Severity.ERROR, Severity.WARNING);
        assertThat(PageLayout.weigh(findings, false)).isEqualTo(findings);
    }

    @Test
    void aNumberChangedInTheSeedIsAWarningAsTextOrPlainPdfAndAnInfoAsTexPdf() throws Exception {
        List<String> english = SampleDocuments.paragraphs(TestFiles.seedEnglish());
        List<String> german = new ArrayList<>(SampleDocuments.paragraphs(TestFiles.seedGerman()));
        int k = 0;
        while (!german.get(k).contains("Verordnung 272")) {
            k++;
        }
        german.set(k, german.get(k).replace("Verordnung 272", "Verordnung 227"));
        ConsistencyRun run = new ConsistencyRun();
        PairOptions options = new PairOptions("en", "de", false);

        PairResult asText = run.check(TestFiles.writeLines(dir, "en.txt", english),
                TestFiles.writeLines(dir, "de.txt", german), options, Checks.withoutGrammar());
        PairResult asPdf = run.check(SampleDocuments.pdf(english, dir.resolve("en.pdf")),
                SampleDocuments.pdf(german, dir.resolve("de.pdf")), options, Checks.withoutGrammar());
        PairResult asTexPdf = run.check(SampleDocuments.pdf(english, dir.resolve("en-tex.pdf"), "pdfTeX-1.40.25"),
                SampleDocuments.pdf(german, dir.resolve("de-tex.pdf"), "pdfTeX-1.40.25"), options,
                Checks.withoutGrammar());

        assertThat(asText.findings()).filteredOn(f -> f.message().contains("272")).extracting(Finding::severity)
                .containsExactly(Severity.WARNING);
        assertThat(asPdf.findings()).filteredOn(f -> f.message().contains("272")).extracting(Finding::severity)
                .containsExactly(Severity.WARNING);
        assertThat(asTexPdf.findings()).filteredOn(f -> f.message().contains("272")).extracting(Finding::severity)
                .containsExactly(Severity.INFO);
    }
}
