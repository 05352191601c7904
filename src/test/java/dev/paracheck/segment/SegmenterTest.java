package dev.paracheck.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paracheck.internal.InputException;
import dev.paracheck.model.Document;
import dev.paracheck.model.Paragraph;
import dev.paracheck.model.RawDocument;
import dev.paracheck.model.Sentence;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    private static RawDocument raw(String... paragraphs) {
        List<Paragraph> ps = new java.util.ArrayList<>();
        for (String p : paragraphs) {
            ps.add(new Paragraph(ps.size(), p, ps.size() + 1, 0, "p"));
        }
        return new RawDocument(Path.of("doc.txt"), "text/plain", ps);
    }

    @Test
    void detectsEnglishAndGerman() {
        assertThat(segmenter.language(raw("The committee met on Monday to discuss the budget for next year."), null,
                "--source-lang")).isEqualTo("en");
        assertThat(segmenter.language(raw("Der Ausschuss traf sich am Montag, um über den Haushalt zu beraten."),
                null, "--target-lang")).isEqualTo("de");
    }

    @Test
    void aGivenLanguageWins() {
        assertThat(segmenter.language(raw("The committee met on Monday."), "FR", "--source-lang")).isEqualTo("fr");
    }

    @Test
    void rejectsCodesThatAreNotIso6391() {
        assertThatThrownBy(() -> Segmenter.validateLanguage("english", "--source-lang"))
                .isInstanceOf(InputException.class)
                .hasMessage("--source-lang: 'english' is not an ISO 639-1 language code (e.g. en, de, fr)");
        assertThatThrownBy(() -> Segmenter.validateLanguage("xx", "--target-lang")).isInstanceOf(InputException.class);
    }

    @Test
    void sentencesKnowTheirParagraphAndLine() {
        Document d = segmenter.segment(raw("One. Two.", "Three."), "en");

        assertThat(d.sentences()).extracting(Sentence::text).containsExactly("One.", "Two.", "Three.");
        assertThat(d.sentences()).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
        assertThat(d.sentences()).extracting(Sentence::line).containsExactly(1, 1, 2);
    }

    @Test
    void segmentedLinesAreSentencesNumberedByLine() {
        Document d = Segmenter.fromLines(Path.of("x"), List.of("a b.", "", "c."), "en");

        assertThat(d.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2);
        assertThat(d.sentences()).extracting(Sentence::text).containsExactly("a b.", "", "c.");
        assertThat(d.paragraphs()).hasSize(1);
    }
}
