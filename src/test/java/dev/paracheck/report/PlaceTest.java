package dev.paracheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Document;
import dev.paracheck.model.Paragraph;
import dev.paracheck.model.Sentence;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a sentence stands, as the HTML report labels it: a line, a page, or (neither known) a paragraph. */
class PlaceTest {
    private static Document document(int line, int page) {
        return new Document(Path.of("a.html"), "en",
                List.of(new Paragraph(0, "One.", line, page, "p"), new Paragraph(1, "Two. Three.", line, page, "p")),
                List.of(new Sentence(0, 0, "One.", line), new Sentence(1, 1, "Two.", line),
                        new Sentence(2, 1, "Three.", line)));
    }

    @Test
    void aLineAPageOrAParagraph() {
        assertThat(AlignedSection.place(document(7, 0), 2)).isEqualTo("L7");
        assertThat(AlignedSection.place(document(7, 3), 2)).isEqualTo("p.\u00a03 L7");
        assertThat(AlignedSection.place(document(0, 3), 2)).isEqualTo("p.\u00a03");
        assertThat(AlignedSection.place(document(0, 0), 2)).as("HTML, DOCX, ODT").isEqualTo("¶2");
    }
}
