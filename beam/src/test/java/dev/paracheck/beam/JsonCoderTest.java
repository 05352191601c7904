package dev.paracheck.beam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.check.terminology.Lemmatizer;
import dev.paracheck.check.terminology.PairWords;
import dev.paracheck.check.terminology.WordClass;
import dev.paracheck.model.AlignmentStats;
import dev.paracheck.model.DiffOp;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Location;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Span;
import dev.paracheck.model.TermVariants;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonCoderTest {
    private static <T> T roundTrip(Class<T> type, T value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonCoder.of(type).encode(value, out);
        JsonCoder.of(type).encode(value, out);
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        T first = JsonCoder.of(type).decode(in);
        assertThat(JsonCoder.of(type).decode(in)).isEqualTo(first);
        assertThat(in.available()).isZero();
        return first;
    }

    @Test
    void aCheckedPairComesBackEqual() throws IOException {
        Location s = new Location(List.of(3, 4), 1, 7, "The committee met.");
        Location t = new Location(List.of(3), 1, 0, "Das Komitee tagte.");
        PairOutcome pair = new PairOutcome("p/1", new DocumentSummary("gs://b/a.en.md", "en", 4, 9),
                new DocumentSummary("gs://b/a.de.md", "de", 4, 8),
                List.of(new Link(List.of(0), List.of(0), false, 0.9), new Link(List.of(1), List.of(), false, 0)),
                new AlignmentStats(0.9, 0.4, 0.05, true, 0.8),
                List.of(new Finding("omission", Severity.WARNING, "Left out: \"x\"", s, null),
                        new Finding("term-drift", Severity.INFO, "Term drift", s, t,
                                new TermVariants("committee", List.of("Ausschuss", "Komitee")),
                                List.of(new Span(Span.Side.SOURCE, 4, 13, Span.Kind.TERM),
                                        new Span(Span.Side.TARGET, 4, 11, Span.Kind.TERM)),
                                List.of("Ausschuss"), List.of(new DiffOp(DiffOp.Op.EQUAL, "Das "),
                                        new DiffOp(DiffOp.Op.DELETE, "Komitee"),
                                        new DiffOp(DiffOp.Op.INSERT, "Ausschuss")))));
        assertThat(roundTrip(PairOutcome.class, pair)).isEqualTo(pair);
    }

    @Test
    void aPairsWordsComeBackEqual() throws IOException {
        Location s = new Location(List.of(0), 0, 1, "Committees");
        Location t = new Location(List.of(0), 0, 1, "Ausschüsse");
        PairTermWords words = new PairTermWords("p", new PairWords("p", List.of(new PairWords.Link(s, t,
                List.of(new Lemmatizer.Token(new Lemmatizer.Word("committees", Set.of("committees", "committee"),
                        "committee", WordClass.NOUN, true), 0, 10)),
                List.of(new Lemmatizer.Token(new Lemmatizer.Word("ausschüsse", Set.of("ausschüsse", "ausschuss"),
                        "Ausschuss", WordClass.NOUN, true), 0, 10))))));
        assertThat(roundTrip(PairTermWords.class, words)).isEqualTo(words);
    }

    @Test
    void aRowWithInlineTextsComesBackEqual() throws IOException {
        PairRow row = new PairRow("m.jsonl", 2, "x", null, "de/x.md", "en", null, "Line one.\nLine two.", null, "site");
        assertThat(roundTrip(PairRow.class, row)).isEqualTo(row);
    }
}
