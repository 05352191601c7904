package dev.paracheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class RstParagraphsTest {
    private static final String GUIDE = """
            .. index::
               single: Translations

            Translations
            ============

            The term "internationalization" (often abbreviated `i18n`_) refers to
            the process of abstracting strings, see :doc:`the book </book/index>`
            and `Sphinx <https://www.sphinx-doc.org>`_. For text, this means wrapping
            each with a function::

                // text will *always* print out in English
                echo 'Hello World';

            .. note::

                The term *locale* refers to the user's language. Use ``fr_FR`` and
                :class:`Symfony\\\\Component\\\\Translator` for it.

            #. Enable the ``Translation`` component;

            #. Create translation resources for each
               supported locale.

            Configuration
            -------------

            .. code-block:: yaml

                framework:
                    translator: { fallback: en }

            .. _i18n: https://en.wikipedia.org/wiki/Internationalization

            .. This is a comment nobody reads.

            term
                Its definition.

            =====  ==========
            Key    Meaning
            =====  ==========
            ``-q`` quiet
            =====  ==========
            """;

    @Test
    void blocksHaveTheirKinds() {
        List<Paragraph> ps = RstParagraphs.split(GUIDE);

        assertThat(ps).extracting(Paragraph::kind).containsExactly("meta", "h1", "p", "pre", "pre", "p", "li", "li",
                "h2", "pre", "pre", "meta", "dt", "p", "td", "td", "td", "td");
        assertThat(ps).extracting(Paragraph::text).containsExactly(".. index::", "Translations",
                "The term \"internationalization\" (often abbreviated i18n) refers to the process of abstracting "
                        + "strings, see the book and Sphinx <https://www.sphinx-doc.org>. For text, this means "
                        + "wrapping each with a function:",
                "// text will *always* print out in English", "echo 'Hello World';",
                "The term locale refers to the user's language. Use `fr_FR` and "
                        + "`Symfony\\Component\\Translator` for it.",
                "Enable the `Translation` component;", "Create translation resources for each supported locale.",
                "Configuration", "framework:", "translator: { fallback: en }",
                ".. _i18n: https://en.wikipedia.org/wiki/Internationalization", "term", "Its definition.",
                "Key", "Meaning", "`-q`", "quiet");
        assertThat(ps.get(1).line()).isEqualTo(4);
        assertThat(ps.get(3).line()).isEqualTo(12);
    }

    @Test
    void titlesTakeTheirLevelsInTheOrderTheirStylesAppear() {
        List<Paragraph> ps = RstParagraphs.split("""
                =====
                Guide
                =====

                Part
                ****

                Chapter
                =======

                Another part
                ************
                """);

        assertThat(ps).extracting(Paragraph::kind).containsExactly("h1", "h2", "h3", "h2");
    }

    @Test
    void anAdmonitionsFirstWordsAndAFiguresLegendAreText() {
        List<Paragraph> ps = RstParagraphs.split("""
                .. warning:: Do not run this as root.

                .. figure:: images/flow.png
                   :alt: the flow

                   How a request flows.

                .. versionadded:: 2.1
                   The ``trans`` tag.
                """);

        assertThat(ps).extracting(Paragraph::kind).containsExactly("p", "meta", "caption", "meta", "p");
        assertThat(ps.get(0).text()).isEqualTo("Do not run this as root.");
        assertThat(ps.get(2).text()).isEqualTo("How a request flows.");
        assertThat(ps.get(4).text()).isEqualTo("The `trans` tag.");
    }

    @Test
    void anObjectsDescriptionIsTextAndPathologicalLinesAreReadInTime() {
        List<Paragraph> ps = RstParagraphs.split("""
                .. option:: -v, --verbose

                   Print every file name as it is processed.
                """);
        assertThat(ps).extracting(Paragraph::kind).containsExactly("meta", "p");
        assertThat(ps.get(1).text()).isEqualTo("Print every file name as it is processed.");

        // a border of thousands of columns, a line of colons, a staircase of indentation: no overflow
        String border = "= ".repeat(3000) + "\n\n" + ":a".repeat(20000) + "\n\n";
        StringBuilder stair = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            stair.append(" ".repeat(i)).append("- item\n");
        }
        assertThat(RstParagraphs.split(border + stair)).isNotEmpty();
    }

    @Test
    void aSimpleTablesRowsMayStandApartAndATableOfTwoBordersEndsAtItsSecond() {
        List<Paragraph> ps = RstParagraphs.split("""
                =====  ========
                Key    Meaning
                =====  ========
                F1     Help

                F2     Rename
                =====  ========

                A paragraph after it.

                =====  =====
                a      b
                =====  =====

                The end.
                """);

        assertThat(ps).extracting(Paragraph::text).containsExactly("Key", "Meaning", "F1", "Help", "F2", "Rename",
                "A paragraph after it.", "a", "b", "The end.");
    }
}
