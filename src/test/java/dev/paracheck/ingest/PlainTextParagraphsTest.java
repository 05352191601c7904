package dev.paracheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextParagraphsTest {
    @Test
    void everyLineIsAParagraphWithItsLineNumber() {
        List<Paragraph> ps = PlainTextParagraphs.split("First line.\nSecond line.\n\nThird after a blank.\n", false);

        assertThat(ps).extracting(Paragraph::text).containsExactly("First line.", "Second line.", "Third after a blank.");
        assertThat(ps).extracting(Paragraph::line).containsExactly(1, 2, 4);
    }

    @Test
    void hardWrappedBlocksAreJoined() {
        String text = "This paragraph was wrapped by an editor at seventy-two columns, so\n"
                + "its lines end in the middle of a sentence and must be joined again\n"
                + "into one paragraph.\n\nA second paragraph, also wrapped at the same width by the same\n"
                + "editor, follows after a blank line.\n";

        List<Paragraph> ps = PlainTextParagraphs.split(text, false);

        assertThat(ps).hasSize(2);
        assertThat(ps.get(0).text()).startsWith("This paragraph").endsWith("into one paragraph.").doesNotContain("\n");
        assertThat(ps.get(1).line()).isEqualTo(5);
    }

    /**
     * Posts a line, as the WMT24 social-media documents come: most end without a full stop, so they passed for
     * hard-wrapped and the whole file became one paragraph, while its translation (with full stops) had one a
     * line. Their ragged widths tell them from a wrapped column.
     */
    @Test
    void raggedLinesWithoutFullStopsAreOneParagraphEach() {
        String text = "Time to tear up the bedroom, the last room in the house that only ever got a quick coat of paint"
                + " and nothing else in all these years\n"
                + "Took out the horrible electric fire and the hearth, boxed in the chimney\n"
                + "We always start with a rough pencil sketch of the whole wall first\n"
                + "Messy stage done, and a few dead birds found at the back of the flue :(\n";

        assertThat(PlainTextParagraphs.split(text, false)).hasSize(4);
    }

    @Test
    void shortLinesInABlockStayApart() {
        List<Paragraph> ps = PlainTextParagraphs.split("Home\nNews\nContact\n", false);

        assertThat(ps).extracting(Paragraph::text).containsExactly("Home", "News", "Contact");
    }

    @Test
    void handlesWindowsAndOldMacLineEnds() {
        assertThat(PlainTextParagraphs.split("One.\r\nTwo.\rThree.", false)).extracting(Paragraph::text)
                .containsExactly("One.", "Two.", "Three.");
    }

    @Test
    void markdownMarkersStartBlocksAndAreDropped() {
        String md = "# Title\n\nSome text that is long enough to look like a wrapped line of prose\n"
                + "continued here.\n- first item\n- second item\n\n```\ncode();\n```\n";

        List<Paragraph> ps = PlainTextParagraphs.split(md, true);

        assertThat(ps).extracting(Paragraph::text).containsExactly("Title",
                "Some text that is long enough to look like a wrapped line of prose continued here.",
                "first item", "second item", "code();");
        assertThat(ps).extracting(Paragraph::kind).containsExactly("h1", "p", "li", "li", "pre");
    }

    @Test
    void markdownCodeFrontMatterLinkDefinitionsAndTemplateTagsAreNotProse() {
        String md = "---\nlayout: page\ntitle: \"About Ruby\"\ntags:\n  - intro\n---\n\n"
                + "# About\n\nRuby is simple in appearance.\n\n"
                + "{% highlight ruby %}\n# Output \"I love Ruby\"\nsay = \"I love Ruby\"\n{% endhighlight %}\n\n"
                + "~~~\n- not a list\n~~~\n\n"
                + "```ruby\nputs 1\n~~~ still code\n```\n\n"
                + "{% if site.data.downloads %}\nSee the [downloads][dl].\n{% endif %}\n\n"
                + "[dl]: https://www.ruby-lang.org/en/downloads/\n";

        List<Paragraph> ps = PlainTextParagraphs.split(md, true);

        assertThat(ps).extracting(Paragraph::text).containsExactly("layout: page", "title: \"About Ruby\"", "tags:",
                "- intro", "About", "Ruby is simple in appearance.", "# Output \"I love Ruby\"",
                "say = \"I love Ruby\"", "- not a list", "puts 1", "~~~ still code", "{% if site.data.downloads %}",
                "See the [downloads][dl].", "{% endif %}", "[dl]: https://www.ruby-lang.org/en/downloads/");
        assertThat(ps).extracting(Paragraph::kind).containsExactly("meta", "meta", "meta", "meta", "h1", "p",
                "pre", "pre", "pre", "pre", "pre", "meta", "p", "meta", "meta");
        assertThat(ps).extracting(Paragraph::isProse).containsExactly(false, false, false, false, true, true,
                false, false, false, false, false, false, true, false, false);
        assertThat(ps.get(5).line()).isEqualTo(10);
    }

    @Test
    void markdownIndentedCodeIsCodeInsideAListItemTooButAContinuationIsNot() {
        // as the ruby-lang.org release notes write it: code four columns beyond the text of a list item
        String md = "Operators:\n\n* `<<` and `>>` compose functions\n  of `Proc` and `Method`.\n\n"
                + "      f = proc{|x| x + 2}\n      (f << g).call(3) # -> 11\n\n"
                + "  The item goes on here.\n\n    Still the item, not code.\n\nOut of the list.\n\n    puts 1\n\n"
                + "A paragraph\n    with a lazy indented line.\n";

        List<Paragraph> ps = PlainTextParagraphs.split(md, true);

        assertThat(ps).extracting(Paragraph::text).containsExactly("Operators:",
                "`<<` and `>>` compose functions of `Proc` and `Method`.", "f = proc{|x| x + 2}",
                "(f << g).call(3) # -> 11", "The item goes on here.", "Still the item, not code.", "Out of the list.",
                "puts 1", "A paragraph with a lazy indented line.");
        assertThat(ps).extracting(Paragraph::kind).containsExactly("p", "li", "pre", "pre", "p", "p", "p", "pre",
                "p");
        assertThat(PlainTextParagraphs.split("    not code in plain text\n", false))
                .extracting(Paragraph::kind).containsExactly("p");
    }

    @Test
    void markdownJoinsTheLinesOfABlockButNotAHeadingOrTableRows() {
        String md = "## Overview\nThe glossary aims to make the cloud native space — which is\n"
                + "notorious for its complexity — simpler to understand.\nIt is a project of the CNCF.\n\n"
                + "| term | meaning |\n| --- | --- |\n| pod | a group of containers |\n";

        List<Paragraph> ps = PlainTextParagraphs.split(md, true);

        assertThat(ps).extracting(Paragraph::text).containsExactly("Overview",
                "The glossary aims to make the cloud native space — which is notorious for its complexity — simpler "
                        + "to understand. It is a project of the CNCF.",
                "| term | meaning |", "| --- | --- |", "| pod | a group of containers |");
        assertThat(ps).extracting(Paragraph::line).containsExactly(1, 2, 6, 7, 8);
        assertThat(PlainTextParagraphs.split("One short line.\nAnother short line.\n", false)).hasSize(2);
    }

    @Test
    void aThematicBreakFirstIsNoFrontMatterWithoutYamlAndPlainTextHasNone() {
        assertThat(PlainTextParagraphs.split("---\nJust a line of prose, not YAML.\n---\n", true))
                .extracting(Paragraph::kind).containsExactly("p");
        assertThat(PlainTextParagraphs.split("---\nlayout: page\n---\n```\ncode\n", false))
                .extracting(Paragraph::kind).containsOnly("p");
    }
}
