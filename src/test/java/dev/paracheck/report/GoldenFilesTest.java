package dev.paracheck.report;

import static dev.paracheck.testing.Fixtures.document;
import static dev.paracheck.testing.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Alignment;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Span;
import dev.paracheck.testing.Fixtures;
import dev.paracheck.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every writer against a golden file (src/test/resources/dev/paracheck/golden/report.FORMAT-EXTENSION): a
 * report with an omission, an addition, a moved link and an info finding with spans and a suggestion. To
 * regenerate after a deliberate change: run with {@code -Dparacheck.golden.update=true} and review the diff.
 */
class GoldenFilesTest {
    static final Report REPORT = report();

    static List<Reporter> reporters() {
        return List.of(new ConsoleReporter(), new JsonReporter(), new SarifReporter(), new JUnitReporter(),
                new MarkdownReporter(), new TmxReporter(), new TsvReporter(), new LadderReporter(), new HtmlReporter());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reporters")
    void matchesItsGoldenFile(Reporter reporter) throws Exception {
        String actual = ReportFiles.render(reporter, REPORT);
        String name = "golden/report." + reporter.extension();
        if (Boolean.getBoolean("paracheck.golden.update")) {
            Files.writeString(Path.of("src/test/resources/dev/paracheck").resolve(name), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(TestFiles.resource(name), StandardCharsets.UTF_8));
    }

    private static Report report() {
        Document en = document("docs/en/page.txt", "en", new String[] {"The ferry leaves at 9.", "It is \"fast\" & cheap."},
                new String[] {"Tickets cost 3 euros."}, new String[] {"Children travel free."});
        Document de = document("docs/de/page.txt", "de", new String[] {"Die Fähre fährt um 9 Uhr ab."},
                new String[] {"Kinder reisen kostenlos."}, new String[] {"Tickets kosten 3 Euro."},
                new String[] {"Ein Zusatz <b>hier</b>."});
        Alignment a = new Alignment(
                List.of(new Link(List.of(0), List.of(0), false, 0.9), new Link(List.of(1), List.of(2), true, 0.8),
                        new Link(List.of(2), List.of(1), false, 0.9), new Link(List.of(), List.of(3), false, 0.5)),
                List.of(link(List.of(0), List.of(0)), new Link(List.of(1), List.of(), false, 0.6),
                        new Link(List.of(2), List.of(2), true, 0.8), link(List.of(3), List.of(1)),
                        new Link(List.of(), List.of(3), false, 0.7)),
                Fixtures.PARALLEL);
        List<Finding> findings = List.of(
                new Finding("omission", Severity.ERROR, "Source sentence 2 has no counterpart in the target: "
                        + "\"It is 'fast' & cheap.\"", Location.ofSentences(en, List.of(1)), null),
                new Finding("addition", Severity.ERROR, "Target sentence 4 has no counterpart in the source",
                        null, Location.ofSentences(de, List.of(3))),
                new Finding("reorder", Severity.WARNING, "Source sentence 3 is translated elsewhere",
                        Location.ofSentences(en, List.of(2)), Location.ofSentences(de, List.of(2))),
                new Finding("number", Severity.INFO, "A number is written in words: \"neun\"",
                        Location.ofSentences(en, List.of(0)), Location.ofSentences(de, List.of(0)))
                        .withSpans(List.of(new Span(Span.Side.SOURCE, 20, 21, Span.Kind.NUMBER),
                                new Span(Span.Side.TARGET, 19, 20, Span.Kind.NUMBER)))
                        .withSuggestions(List.of("9")));
        List<CheckDescriptor> checks = List.of(
                new CheckDescriptor("omission", "Omitted text", "A source sentence with no counterpart.", Severity.ERROR),
                new CheckDescriptor("addition", "Added text", "A target sentence with no counterpart.", Severity.ERROR),
                new CheckDescriptor("reorder", "Reordered text", "A sentence translated elsewhere.", Severity.WARNING),
                new CheckDescriptor("number", "Number mismatch", "Numbers that differ.", Severity.ERROR));
        return new Report("0.0.0-test", List.of(new PairResult(en, de, a, findings)), checks, Severity.ERROR);
    }
}
