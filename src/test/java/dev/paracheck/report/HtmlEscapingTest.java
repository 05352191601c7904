package dev.paracheck.report;

import static dev.paracheck.testing.Fixtures.document;
import static dev.paracheck.testing.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.DiffOp;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Problem;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Span;
import dev.paracheck.model.Staleness;
import dev.paracheck.model.TermVariants;
import dev.paracheck.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every value that reaches an HTML page is escaped: markup put into each string a document, a finding or a run can
 * carry (paths, languages, text, messages, word diffs, marked spans, check ids, terms, the tool's version,
 * directories, problems, where a before-version came from, links) reaches the pages as text, and adds no element,
 * no attribute and no script.
 */
class HtmlEscapingTest {
    /** Markup that would close an attribute, run a script or add an element and a handler if it were not escaped. */
    private static final String H = "\"'><script>alert(1)</script><img src=x onerror=alert(2)>&amp;";

    private static final Document EN = document("docs/en/" + H + ".txt", "en" + H, new String[] {"One " + H + "."},
            new String[] {"Two."});
    private static final Document DE = document("docs/de/" + H + ".txt", "de" + H, new String[] {"Eins " + H + "."});
    private static final List<DiffOp> DIFF = List.of(new DiffOp(DiffOp.Op.DELETE, H), new DiffOp(DiffOp.Op.INSERT, H));
    private static final List<Finding> FINDINGS = List.of(
            new Finding("omission" + H, Severity.ERROR, "Missing " + H, Location.ofSentences(EN, List.of(1)), null),
            new Finding("outdated", Severity.WARNING, "Changed " + DiffOp.flatten(DIFF),
                    Location.ofSentences(EN, List.of(0)), Location.ofSentences(DE, List.of(0))).withDiff(DIFF)
                    .withSpans(List.of(new Span(Span.Side.SOURCE, 4, 4 + H.length(), Span.Kind.CHANGED),
                            new Span(Span.Side.TARGET, 5, 5 + H.length(), Span.Kind.UNTRANSLATED))),
            new Finding("term-drift", Severity.INFO, "Drift " + H, Location.ofSentences(EN, List.of(0)),
                    Location.ofSentences(DE, List.of(0)), new TermVariants("term" + H, List.of("a" + H, "b" + H))),
            new Finding("not-parallel" + H, Severity.INFO, "Document " + H, null, null));
    private static final PairResult PAIR = new PairResult(EN, DE, Fixtures.alignment(link(List.of(0), List.of(0)),
            new Link(List.of(1), List.of(), false, 0.5)), FINDINGS);
    private static final PairResult ALONE = PairResult.targetOnly(DE, List.of(
            new Finding("grammar" + H, Severity.WARNING, "Grammar " + H, null, Location.ofSentences(DE, List.of(0)))
                    .withSpans(List.of(new Span(Span.Side.TARGET, 5, 5 + H.length(), Span.Kind.TERM)))));
    private static final Report REPORT = new Report("9" + H, List.of(PAIR, ALONE), List.of());

    @Test
    void theReviewPageShowsMarkupFromEveryValueAsText() {
        String html = ReportFiles.render(new HtmlReporter(), REPORT);
        org.jsoup.nodes.Document page = assertNothingInjected(html);

        assertThat(page.select("td.text[lang]")).extracting(Element::text).contains("One " + H + ".", "Eins " + H + ".");
        assertThat(page.select("td.text[lang]")).extracting(e -> e.attr("lang")).contains("en" + H, "de" + H);
        assertThat(page.select("h2").text()).contains(Path.of("docs/en/" + H + ".txt").toString());
        assertThat(page.select("li")).extracting(e -> e.attr("data-check")).contains("omission" + H, "not-parallel" + H);
        assertThat(page.select("li").text()).contains("Missing " + H, "Document " + H);
        assertThat(page.select("li del").text()).isEqualTo(H);
        assertThat(page.select("li ins").text()).isEqualTo(H);
        assertThat(page.select("table.align td.text mark")).extracting(e -> e.attr("class") + ": " + e.text())
                .containsExactly("span changed: " + H, "span untranslated: " + H);
        assertThat(page.selectFirst(".terms").attr("data-term")).isEqualTo("term" + H);
        assertThat(page.select("button.rendering")).extracting(e -> e.attr("data-rendering"))
                .containsExactly("a" + H, "b" + H);
        assertThat(page.selectFirst("nav.triage").attr("data-tool")).isEqualTo("paracheck 9" + H);
        assertThat(page.select("section.target-only td.text > mark").text()).isEqualTo("Eins " + H + ".");
        assertThat(page.select("section.target-only td.text mark.sev-warning > mark.span.term").text()).isEqualTo(H);
        assertThat(page.select("section.target-only tr.finding").text()).contains("Grammar " + H);
    }

    @Test
    void theIndexShowsMarkupFromEveryValueAsText() {
        Report tree = new Report("9" + H, List.of(PAIR.withStaleness(new Staleness("git " + H, 3, 4)), ALONE),
                List.of(), Severity.ERROR, List.of(new Problem(Path.of("x"), "Problem " + H)),
                new Report.Roots(Path.of("en" + H), Path.of("de" + H)));
        String html = IndexPage.render(tree, List.of("a" + H + ".html", "b" + H + ".html"));
        org.jsoup.nodes.Document page = assertNothingInjected(html);

        assertThat(page.select("#pairs a")).extracting(e -> e.attr("href")).contains("a" + H + ".html", "b" + H + ".html");
        assertThat(page.select("p.roots code")).extracting(Element::text).containsExactly("en" + H, "de" + H);
        assertThat(page.select("td[title^=since]")).extracting(e -> e.attr("title")).containsExactly("since git " + H);
        assertThat(page.select("td.checks code")).extracting(Element::text).contains("omission" + H, "grammar" + H);
        assertThat(page.select("ul li")).extracting(Element::text).containsExactly("Problem " + H);
    }

    /** The page parsed, after checking that H added nothing to it: one script, no image, no handler, no source. */
    private static org.jsoup.nodes.Document assertNothingInjected(String html) {
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("\"'>");
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("img, [src], [onerror]")).isEmpty();
        assertThat(page.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
                .extracting(Attribute::getKey).noneMatch(k -> k.startsWith("on")));
        return page;
    }
}
