package dev.paracheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paracheck.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A finding's typed data is checked where it is built: a span outside its text is a bug of the check. */
class FindingTest {
    private static final Location SOURCE = new Location(List.of(0), 0, 1, "It costs 3 euros.");
    private static final Location TARGET = new Location(List.of(0), 0, 1, "Es kostet 4 Euro.");
    private static final Finding NUMBER = new Finding("number", Severity.WARNING, "Numbers differ", SOURCE, TARGET);

    @Test
    void spansAreKeptInOrderSourceFirstWithoutDuplicates() {
        Span target = new Span(Span.Side.TARGET, 10, 11, Span.Kind.NUMBER);
        Span source = new Span(Span.Side.SOURCE, 9, 10, Span.Kind.NUMBER);

        Finding f = NUMBER.withSpans(List.of(target, source, target));

        assertThat(f.spans()).containsExactly(source, target);
        assertThat(source.of(f.source().text())).isEqualTo("3");
        assertThat(target.of(f.target().text())).isEqualTo("4");
        assertThat(f.withSuggestions(List.of("3", "3")).suggestions()).containsExactly("3");
        assertThat(NUMBER.spans()).isEmpty();
        assertThat(NUMBER.suggestions()).isEmpty();
        assertThat(NUMBER.diff()).isEmpty();
    }

    @Test
    void aSpanMustLieInTheTextOfItsSide() {
        assertThatThrownBy(() -> NUMBER.withSpans(List.of(new Span(Span.Side.TARGET, 10, 18, Span.Kind.NUMBER))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the target text");
        Finding onlySource = new Finding("omission", Severity.ERROR, "m", SOURCE, null);
        assertThatThrownBy(() -> onlySource.withSpans(List.of(new Span(Span.Side.TARGET, 0, 1, Span.Kind.NAME))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(Span.Side.SOURCE, 3, 3, Span.Kind.NAME))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NUMBER.withSuggestions(List.of(" "))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSpanOverTheWholeTextLeavesWhiteSpaceOut() {
        assertThat(Span.whole(Span.Side.TARGET, "  Hello world. ", Span.Kind.UNTRANSLATED))
                .isEqualTo(new Span(Span.Side.TARGET, 2, 14, Span.Kind.UNTRANSLATED));
        assertThat(Span.whole(Span.Side.TARGET, " \t", Span.Kind.UNTRANSLATED)).isNull();
    }

    @Test
    void aDiffFlattensAsMessagesQuoteItAndGivesBothTexts() {
        List<DiffOp> diff = List.of(new DiffOp(DiffOp.Op.EQUAL, "grown to "), new DiffOp(DiffOp.Op.DELETE, "420"),
                new DiffOp(DiffOp.Op.INSERT, "450"), new DiffOp(DiffOp.Op.EQUAL, ",000"));

        assertThat(DiffOp.flatten(diff)).isEqualTo("grown to [-420-]{+450+},000");
        assertThat(DiffOp.before(diff)).isEqualTo("grown to 420,000");
        assertThat(DiffOp.after(diff)).isEqualTo("grown to 450,000");
        assertThat(NUMBER.withDiff(diff).diff()).isEqualTo(diff);
        assertThatThrownBy(() -> new DiffOp(DiffOp.Op.INSERT, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLocationHasThePageOfItsParagraph() {
        Document pdf = new Document(Path.of("a.pdf"), "en", List.of(new Paragraph(0, "One.", 0, 1, "p"),
                new Paragraph(1, "Two.", 0, 3, "p")), List.of(new Sentence(0, 0, "One.", 0),
                new Sentence(1, 1, "Two.", 0)));

        assertThat(Location.ofSentences(pdf, List.of(1)).page()).isEqualTo(3);
        assertThat(Location.ofSentences(Fixtures.document("a.txt", "en", new String[] {"One."}), List.of(0)).page())
                .as("a format without pages").isZero();
    }
}
