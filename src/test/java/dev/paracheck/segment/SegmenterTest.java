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
    void aFileNameSuggestsALanguageByADottedPartOrItsFolder() {
        assertThat(Segmenter.languageInName(Path.of("samples/article.de.txt"))).contains("de");
        assertThat(Segmenter.languageInName(Path.of("README.FR.md"))).contains("fr");
        assertThat(Segmenter.languageInName(Path.of("site/de/index.md"))).contains("de");
        assertThat(Segmenter.languageInName(Path.of("docs/index.md"))).isEmpty();
        assertThat(Segmenter.languageInName(Path.of("de.txt"))).isEmpty(); // the first part is the name
        assertThat(Segmenter.languageInName(Path.of("notes.xx.txt"))).isEmpty(); // no ISO 639-1 code
    }

    @Test
    void detectsEnglishAndGerman() {
        assertThat(segmenter.language(raw("The committee met on Monday to discuss the budget for next year."), null,
                "--source-lang")).isEqualTo("en");
        assertThat(segmenter.language(raw("Der Ausschuss traf sich am Montag, um über den Haushalt zu beraten."),
                null, "--target-lang")).isEqualTo("de");
    }

    /** A German page of a programming site: most of its characters are English markup. */
    @Test
    void markupAndCodeDoNotDecideTheLanguageAndFrontMatterDeclaresIt() {
        String markup = "<img src=\"../../images/about/screenshot-happy-hacking.png\" alt=\"Design\" width=\"400\" "
                + "style=\"border: 1px solid #d6d3d1;\" />";
        RawDocument page = new RawDocument(Path.of("index.md"), "text/markdown", List.of(
                new Paragraph(0, "Diese Website wurde mit Ruby erstellt, siehe [Jekyll][jekyll].", 1, 0, "p"),
                new Paragraph(1, markup, 2, 0, "p"),
                new Paragraph(2, "Die Website wurde im Dezember erneuert.", 3, 0, "p"),
                new Paragraph(3, "{% for release in site.data.releases %} {{ release.version }} {% endfor %}", 4, 0,
                        "meta"),
                new Paragraph(4, "def initialize(name = \"World\") @name = name end", 5, 0, "pre"),
                new Paragraph(5, "Man schreibt `foo = Foo.new(\"hi\")` statt `Foo foo = new Foo(\"hi\")` in Ruby.", 6,
                        0, "p"),
                new Paragraph(6, "[Ruby beim Open Directory Project][ruby-opendir] &copy; &nbsp;", 7, 0, "p")));
        List<Paragraph> declared = new java.util.ArrayList<>(List.of(new Paragraph(0, "lang: de", 2, 0, "meta"),
                new Paragraph(1, "Creative Commons Attribution-ShareAlike 2.5 License for the logo of the project.",
                        3, 0, "p")));

        assertThat(segmenter.language(page, null, "--target-lang")).isEqualTo("de");
        Document doc = segmenter.segment(page, "de");
        assertThat(doc.paragraphLang(5)).isIn("de", "");
        assertThat(doc.paragraphLang(4)).isEmpty();
        assertThat(doc.paragraphLang(6)).isIn("de", "");
        assertThat(segmenter.language(new RawDocument(Path.of("logo.md"), "text/markdown", declared), null,
                "--target-lang")).isEqualTo("de");
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
