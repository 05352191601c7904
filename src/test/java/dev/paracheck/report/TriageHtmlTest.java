package dev.paracheck.report;

import static dev.paracheck.testing.Fixtures.document;
import static dev.paracheck.testing.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Alignment;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Fingerprint;
import dev.paracheck.model.Link;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import dev.paracheck.model.TermVariants;
import dev.paracheck.pipeline.Baseline;
import dev.paracheck.testing.Fixtures;
import dev.paracheck.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The triage markup of the HTML report: every finding shown carries the fingerprint a baseline stores, its row
 * the verdict toggles, a term-drift row the term's renderings as data, and the page's one script is still allowed
 * by its hash alone. The behaviour in a browser is {@link HtmlReportBrowserTest}'s.
 */
class TriageHtmlTest {
    private static final Document EN = document("docs/en/page.txt", "en",
            new String[] {"The \"source\" tree is built.", "The source tree is copied."}, new String[] {"Done."});
    private static final Document DE = document("docs/de/page.txt", "de",
            new String[] {"Das Quellpaket wird gebaut.", "Das Quellverzeichnis wird kopiert."});
    static final TermVariants TERMS = new TermVariants("\"source\" <tree>",
            List.of("Quellpaket", "Quell\"verzeichnis\", & <b>"));
    private static final Finding DRIFT = new Finding("term-drift", Severity.INFO, "Term drift: …",
            Location.ofSentences(EN, List.of(1)), Location.ofSentences(DE, List.of(1)), TERMS);
    private static final Finding OMISSION = new Finding("omission", Severity.WARNING, "Source sentence 3 is missing",
            Location.ofSentences(EN, List.of(2)), null);
    private static final Finding NOT_PARALLEL = new Finding("not-parallel", Severity.ERROR, "Not a translation",
            null, null);
    static final PairResult PAIR = new PairResult(EN, DE, new Alignment(List.of(),
            List.of(link(List.of(0), List.of(0)), link(List.of(1), List.of(1)),
                    new Link(List.of(2), List.of(), false, 0.7)), Fixtures.PARALLEL),
            List.of(DRIFT, OMISSION, NOT_PARALLEL));
    static final Report REPORT = new Report("1.2.3", List.of(PAIR), List.of(), Severity.ERROR);

    @TempDir
    Path dir;

    private static org.jsoup.nodes.Document page(Report report) {
        return Jsoup.parse(ReportFiles.render(new HtmlReporter(), report));
    }

    @Test
    void everyFindingShownCarriesTheFingerprintABaselineAccepts() {
        org.jsoup.nodes.Document page = page(REPORT);
        Elements marked = page.select("[data-fingerprint]");
        Set<String> fingerprints = marked.stream().map(e -> e.attr("data-fingerprint")).collect(Collectors.toSet());
        // three findings: each in the list, two in rows under the text, the document-level one in a paragraph
        assertThat(page.select("ol.findings li[data-fingerprint]")).hasSize(3);
        assertThat(page.select("tr.finding[data-fingerprint]")).hasSize(2);
        assertThat(page.select("p[data-fingerprint]")).singleElement()
                .satisfies(p -> assertThat(p.text()).contains("Not a translation"));
        assertThat(fingerprints).hasSize(3);

        Path file = TestFiles.write(dir, "baseline.json", "{\"tool\": \"paracheck 1.2.3\", \"fingerprints\": ["
                + fingerprints.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", ")) + "]}");
        assertThat(Baseline.read(file).filter(PAIR).findings()).isEmpty();
    }

    @Test
    void aTargetCheckedAloneHasFingerprintsToo() {
        org.jsoup.nodes.Document page = page(TargetOnlyReportsTest.ALONE);
        PairResult pair = TargetOnlyReportsTest.ALONE.pairs().get(0);
        assertThat(page.select("tr.finding")).extracting(e -> e.attr("data-fingerprint"))
                .containsExactlyElementsOf(pair.findings().stream()
                        .map(f -> Fingerprint.of(pair, f)).toList());
        assertThat(page.select("tr.finding")).allSatisfy(r -> assertThat(r.select("button.verdict"))
                .extracting(b -> b.attr("data-verdict")).containsExactly("accepted", "false-alarm"));
    }

    @Test
    void eachFindingRowHasTheTwoVerdictTogglesAndTheBarItsTool() {
        org.jsoup.nodes.Document page = page(REPORT);
        assertThat(page.select("[data-fingerprint]:not(li)")).allSatisfy(e -> {
            assertThat(e.select("button.verdict")).extracting(Element::text).containsExactly("accept", "false alarm");
            assertThat(e.select("button.verdict")).allSatisfy(b -> assertThat(b.attr("aria-pressed")).isEqualTo("false"));
        });
        assertThat(page.select("ol.findings button")).as("the list only links to the rows").isEmpty();
        Element bar = page.selectFirst("nav.triage");
        assertThat(bar.attr("data-tool")).isEqualTo("paracheck 1.2.3");
        assertThat(bar.select("button")).extracting(Element::id)
                .containsExactly("download-baseline", "download-glossary");
    }

    @Test
    void aTermDriftRowOffersItsRenderingsAsEscapedData() {
        String html = ReportFiles.render(new HtmlReporter(), REPORT);
        assertThat(html).contains("data-term=\"&quot;source&quot; &lt;tree&gt;\"")
                .contains("data-rendering=\"Quell&quot;verzeichnis&quot;, &amp; &lt;b&gt;\"");
        Elements terms = page(REPORT).select(".terms");
        assertThat(terms).singleElement().satisfies(s -> {
            assertThat(s.attr("data-term")).isEqualTo(TERMS.source());
            assertThat(s.select("button.rendering")).extracting(b -> b.attr("data-rendering"))
                    .containsExactlyElementsOf(TERMS.renderings());
            assertThat(s.closest("tr.finding").attr("data-check")).isEqualTo("term-drift");
        });
    }

    @Test
    void theScriptIsStillAllowedByItsHashAlone() throws Exception {
        org.jsoup.nodes.Document page = page(REPORT);
        String csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        Elements scripts = page.select("script");
        assertThat(scripts).hasSize(1);
        assertThat(scripts.first().attributes().size()).as("inline, no src").isZero();
        String hash = "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(scripts.first().data().getBytes(StandardCharsets.UTF_8)));
        assertThat(csp).contains("default-src 'none'").contains("script-src '" + hash + "'");
        assertThat(csp.substring(csp.indexOf("script-src"))).doesNotContain("unsafe-inline");
        assertThat(scripts.first().data()).contains("nav.triage").contains("JSON.stringify");
        assertThat(page.select("[src], link[href], img, [onclick]")).isEmpty();
    }

    @Test
    void aReportWithoutFindingsHasNoTriageBar() {
        PairResult clean = new PairResult(EN, DE, Fixtures.alignment(link(List.of(0), List.of(0))), List.of());
        assertThat(page(new Report("1", List.of(clean), List.of())).select("nav.triage, [data-fingerprint]"))
                .isEmpty();
    }
}
