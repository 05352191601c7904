package dev.paracheck.report;

import static dev.paracheck.testing.Fixtures.document;
import static dev.paracheck.testing.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Paragraph;
import dev.paracheck.model.Report;
import dev.paracheck.model.Sentence;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Span;
import dev.paracheck.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The findings' spans marked in the page's texts: in the right place, and never at the cost of escaping. The pieces
 * are rendered as the page renders them, by partial {@code _span-marks}.
 */
class MarkedTextTest {
    private static final String HOSTILE = "Tickets <script>alert('x')</script> cost 4 & more.";

    /** {@code text} with {@code marks}, in HTML as the page's templates render it. */
    private static String html(String text, List<MarkedText.Mark> marks) {
        return html(MarkedText.pieces(text, marks));
    }

    /** The pieces in HTML as the page's templates render them (partial {@code _span-marks}, a fragment). */
    private static String html(List<MarkedText.Piece> pieces) {
        String html = Templates.compile("_span-marks").execute(Map.of("pieces", pieces));
        return html.endsWith("\n") ? html.substring(0, html.length() - 1) : html;
    }

    @Test
    void aMarkOverTextHoldingAScriptTagKeepsItEscaped() {
        int start = HOSTILE.indexOf("<script>");
        String html = html(HOSTILE, List.of(new MarkedText.Mark(start, HOSTILE.indexOf(" cost"),
                Span.Kind.UNTRANSLATED)));

        assertThat(html).isEqualTo("Tickets <mark class=\"span untranslated\" title=\"untranslated\">"
                + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</mark> cost 4 &amp; more.");
        assertThat(Jsoup.parse(html).select("script")).isEmpty();
    }

    @Test
    void overlappingSpansGiveOneMarkAStretchWithTheKindsOfBoth() {
        String html = html("one two three", List.of(new MarkedText.Mark(0, 7, Span.Kind.TERM),
                new MarkedText.Mark(4, 13, Span.Kind.CHANGED)));

        assertThat(html).isEqualTo("<mark class=\"span term\" title=\"term\">one </mark>"
                + "<mark class=\"span changed term\" title=\"changed term\">two</mark>"
                + "<mark class=\"span changed\" title=\"changed\"> three</mark>");
        assertThat(MarkedText.pieces("a <b> c", List.of(new MarkedText.Mark(2, 5, Span.Kind.NAME))))
                .as("unescaped, for a template").containsExactly(new MarkedText.Piece("a ", ""),
                        new MarkedText.Piece("<b>", "name"), new MarkedText.Piece(" c", ""));
    }

    @Test
    void aMarkNeverSplitsACharacterOutsideTheBasicPlane() {
        String ship = "a \uD83D\uDEA2 b";

        assertThat(html(ship, List.of(new MarkedText.Mark(2, 3, Span.Kind.NAME))))
                .isEqualTo("a <mark class=\"span name\" title=\"name\">\uD83D\uDEA2</mark> b");
    }

    @Test
    void spansOfALocationOfTwoSentencesAreMarkedInEachSentencesCell() {
        Document de = document("de.txt", "de", new String[] {"Die Fähre kostet 4 Euro.", "Kinder zahlen 2 Euro."});
        Location both = Location.ofSentences(de, List.of(0, 1));
        int second = both.text().indexOf("2 Euro");
        Finding f = new Finding("number", Severity.WARNING, "Numbers differ", null, both)
                .withSpans(List.of(new Span(Span.Side.TARGET, 17, 18, Span.Kind.NUMBER),
                        new Span(Span.Side.TARGET, second, second + 1, Span.Kind.NUMBER)));

        Map<Integer, List<MarkedText.Mark>> marks = MarkedText.bySentence(de, List.of(f), Span.Side.TARGET);

        assertThat(html(MarkedText.sentencePieces(de, List.of(1), marks)))
                .isEqualTo("Kinder zahlen <mark class=\"span number\" title=\"number\">2</mark> Euro.");
        assertThat(html(MarkedText.sentencePieces(de, List.of(0, 1), marks))).isEqualTo("Die Fähre kostet "
                + "<mark class=\"span number\" title=\"number\">4</mark> Euro. Kinder zahlen "
                + "<mark class=\"span number\" title=\"number\">2</mark> Euro.");
    }

    @Test
    void theNumbersOfANumberFindingAreMarkedInTheRowAndTheDocumentTextStaysEscaped() {
        Document en = document("en.txt", "en", new String[] {"Tickets <b>cost</b> 3 euros."});
        Document de = document("de.txt", "de", new String[] {HOSTILE});
        Finding f = new Finding("number", Severity.WARNING, "Numbers differ", Location.ofSentences(en, List.of(0)),
                Location.ofSentences(de, List.of(0))).withSpans(List.of(
                        new Span(Span.Side.SOURCE, 20, 21, Span.Kind.NUMBER),
                        new Span(Span.Side.TARGET, HOSTILE.indexOf('4'), HOSTILE.indexOf('4') + 1, Span.Kind.NUMBER)));
        String html = ReportFiles.render(new HtmlReporter(), new Report("1", List.of(new PairResult(en, de,
                Fixtures.alignment(link(List.of(0), List.of(0))), List.of(f))), List.of()));

        org.jsoup.nodes.Document page = Jsoup.parse(html);
        assertThat(page.select("table.align td.text mark.span.number")).extracting(Element::text)
                .containsExactly("3", "4");
        assertThat(page.select("script")).as("the page's own script alone").hasSize(1);
        assertThat(html).contains("Tickets &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; cost <mark")
                .contains("Tickets &lt;b&gt;cost&lt;/b&gt; <mark");
        assertThat(html).contains("script-src '" + HtmlReporter.scriptHash() + "'");
    }

    @Test
    void aRowOfAPagedDocumentShowsItsPage() {
        Document en = new Document(Path.of("en.pdf"), "en", List.of(new Paragraph(0, "One.", 0, 3, "p")),
                List.of(new Sentence(0, 0, "One.", 0)));
        Document de = document("de.txt", "de", new String[] {"Eins."});
        String html = ReportFiles.render(new HtmlReporter(), new Report("1", List.of(new PairResult(en, de,
                Fixtures.alignment(link(List.of(0), List.of(0))), List.of())), List.of()));

        assertThat(Jsoup.parse(html).select("table.align tr[id] span.ln")).extracting(Element::text)
                .as("no line in a PDF, its page instead").containsExactly("p. 3 · L1");
    }

    @Test
    void aTargetCheckedAloneHasItsSpansMarkedToo() {
        Document de = document("de.txt", "de", new String[] {"Die Sonne schien.", "Danach endete die Tagung."});
        Location at = Location.ofSentences(de, List.of(1));
        Finding f = new Finding("glossary", Severity.WARNING, "forbidden", null, at)
                .withSpans(List.of(new Span(Span.Side.TARGET, 18, 24, Span.Kind.TERM)));
        String html = ReportFiles.render(new HtmlReporter(), new Report("1", List.of(PairResult.targetOnly(de,
                List.of(f))), List.of()));

        assertThat(Jsoup.parse(html).select("table.target-only mark.span.term")).extracting(Element::text)
                .containsExactly("Tagung");
    }
}
