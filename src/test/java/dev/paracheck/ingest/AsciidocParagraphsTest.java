package dev.paracheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsciidocParagraphsTest {
    private static final String GUIDE = """
            = Installing the Tool
            :toc: left
            :experimental:
            // a comment nobody reads

            The tool needs Java 17.
            Install it with your package manager,
            see https://adoptium.net[the Adoptium site].

            [source,shell]
            ----
            sudo apt-get install openjdk-17-jdk
            java -version
            ----

            NOTE: Press kbd:[Ctrl+C] to stop it, or choose menu:File[Quit].

            == Options

            .Common options
            * `--help` prints the *usage*.
            * `--verbose` says _more_ than
            usual.

            verbose:: Prints every step.

            |===
            | Option | Meaning
            | `-q` | quiet
            |===

            ////
            A block comment.
            ////

              an indented literal line

            include::partials/footer.adoc[]
            See <<options,the options>> and xref:faq.adoc[the FAQ].
            """;

    @Test
    void blocksGetTheirKindsAndCodeStaysCode() {
        List<Paragraph> ps = AsciidocParagraphs.split(GUIDE);

        assertThat(ps).extracting(Paragraph::text).containsExactly(
                "Installing the Tool",
                ":toc: left",
                ":experimental:",
                "The tool needs Java 17. Install it with your package manager, see the Adoptium site "
                        + "<https://adoptium.net>.",
                "sudo apt-get install openjdk-17-jdk",
                "java -version",
                "Press `Ctrl+C` to stop it, or choose File > Quit.",
                "Options",
                "Common options",
                "`--help` prints the usage.",
                "`--verbose` says more than usual.",
                "verbose",
                "Prints every step.",
                "Option", "Meaning", "`-q`", "quiet",
                "an indented literal line",
                "include::partials/footer.adoc[]",
                "See the options and the FAQ.");
        assertThat(ps).extracting(Paragraph::kind).containsExactly("h1", "meta", "meta", "p", "pre", "pre", "p",
                "h2", "caption", "li", "li", "dt", "p", "td", "td", "td", "td", "pre", "meta", "p");
        assertThat(ps.get(3).line()).isEqualTo(6);
        assertThat(ps.get(4).line()).isEqualTo(12);
    }

    @Test
    void hardLineBreaksAndCalloutsAreMarkupNotText() {
        List<Paragraph> ps = AsciidocParagraphs.split("Roses are red, +\nviolets are blue.\n\n----\nrun() // <1>\n----\n"
                + "<1> Starts the run.\n");

        assertThat(ps).extracting(Paragraph::text).containsExactly("Roses are red, violets are blue.", "run() // <1>",
                "Starts the run.");
        assertThat(ps).extracting(Paragraph::kind).containsExactly("p", "pre", "li");
    }

    /** Constructs met in real documents (WeeChat's guides, Asciidoctor's README and its translations). */
    @Test
    void headerAnchorsAttributesTermsConditionsAndInlineMacrosOfRealDocuments() {
        List<Paragraph> ps = AsciidocParagraphs.split("""
                = Asciidoctor
                Dan Allen <https://github.com/mojavelinux[@mojavelinux]>
                v2.0, 2024-01-01
                :url-docs: https://docs.asciidoctor.org
                :url-chat: https://chat.asciidoctor.org

                image:https://img.shields.io/gem/v/asciidoctor.svg[Latest Release, link={url-docs}]

                [[start]]
                == Start WeeChat

                See the {url-docs}/maven-tools/latest/[Maven plugin] or https://weechat.org/scripts/[this page^].
                Type `+icon:fire[]+` and `+${sec.data.pass}+`, then read the x^2^ line about AsciiDoc(R).
                ifdef::env-github[]
                Refer to the CHANGELOG.
                endif::[]

                Project chat (Zulip):: {url-chat}
                Discussion list:: Ask there.
                Twitter:: Follow https://twitter.com/asciidoctor[@asciidoctor]

                Read {uri-undefined}/themes[How do I theme it?] first.
                """);

        assertThat(ps).extracting(Paragraph::text).containsExactly(
                "Asciidoctor",
                "Dan Allen <https://github.com/mojavelinux[@mojavelinux]>",
                "v2.0, 2024-01-01",
                ":url-docs: https://docs.asciidoctor.org",
                ":url-chat: https://chat.asciidoctor.org",
                "Latest Release",
                "Start WeeChat",
                "See the Maven plugin <https://docs.asciidoctor.org/maven-tools/latest/> or this page "
                        + "<https://weechat.org/scripts/>. Type `icon:fire[]` and `${sec.data.pass}`, then read the x2 "
                        + "line about AsciiDoc\u00AE.",
                "ifdef::env-github[]",
                "Refer to the CHANGELOG.",
                "endif::[]",
                "Project chat (Zulip)",
                "https://chat.asciidoctor.org",
                "Discussion list",
                "Ask there.",
                "Twitter",
                "Follow @asciidoctor <https://twitter.com/asciidoctor>",
                "Read How do I theme it? <{uri-undefined}/themes> first.");
        assertThat(ps).extracting(Paragraph::kind).containsExactly("h1", "meta", "meta", "meta", "meta", "p", "h2",
                "p", "meta", "p", "meta", "dt", "p", "dt", "p", "dt", "p", "p");
    }

    @Test
    void aTableCellsSpecifierIsNoText() {
        List<Paragraph> ps = AsciidocParagraphs.split("|===\n|Name |Value\na|The *first* one 2+|spans two\n"
                + "h|Header cell |42\n|===\n");

        assertThat(ps).extracting(Paragraph::text).containsExactly("Name", "Value", "The first one", "spans two",
                "Header cell", "42");
        assertThat(ps).extracting(Paragraph::kind).containsOnly("td");
    }

    @Test
    void boldItalicAndHighlightMarksGoButIdentifiersKeepTheirs() {
        assertThat(AsciidocParagraphs.split("Use *bold*, **un**constrained, _this_ and #that#, not snake_case_name "
                + "or 2 * 3 * 4.").get(0).text())
                .isEqualTo("Use bold, unconstrained, this and that, not snake_case_name or 2 * 3 * 4.");
    }

    @Test
    void aFencedBlockAndAnUnclosedParagraphEndAsTheyShould() {
        List<Paragraph> ps = AsciidocParagraphs.split("Text before.\n```java\nint x = 1;\n```\nText after.\n");

        assertThat(ps).extracting(Paragraph::text).containsExactly("Text before.", "int x = 1;", "Text after.");
        assertThat(ps).extracting(Paragraph::kind).containsExactly("p", "pre", "p");
    }

    @Test
    void twoLineAndSymmetricTitlesAreHeadingsNotListings() {
        List<Paragraph> ps = AsciidocParagraphs.split("""
                Using this manual
                -----------------
                When opened from within the program, this manual has
                no controls.

                == Branch Wizardry ==

                An ordinary line
                ----
                a listing, the underline being far too short
                ----
                """);

        assertThat(ps).extracting(Paragraph::kind).containsExactly("h2", "p", "h2", "p", "pre");
        assertThat(ps).extracting(Paragraph::text).containsExactly("Using this manual",
                "When opened from within the program, this manual has no controls.", "Branch Wizardry",
                "An ordinary line", "a listing, the underline being far too short");
    }

    @Test
    void rolesAndLegacyQuotationMarksAreNoCode() {
        assertThat(AsciidocParagraphs.split("[big]#USER MANUAL# of the ``medley'' branch, not `sanitized' nor "
                + "`code`, and it's fine.").get(0).text())
                .isEqualTo("USER MANUAL of the \u201Cmedley\u201D branch, not \u2018sanitized\u2019 nor `code`, "
                        + "and it's fine.");
    }

    @Test
    void plainTextIsTakenForAsciidocOnlyOnItsOwnConstructs() {
        assertThat(AsciidocParagraphs.looksLikeAsciidoc("""
                == Branch Wizardry ==

                Text.

                === The Boss Key ===

                More text.

                === Dirty Work ===
                """)).isTrue();
        assertThat(AsciidocParagraphs.looksLikeAsciidoc("""
                :icons:
                :toc: left

                image::images/Banner.jpg["Banner"]

                Welcome.
                """)).isTrue();
        assertThat(AsciidocParagraphs.looksLikeAsciidoc("""
                README
                ======

                = A line that starts so.
                ----------------------------
                Rules above and below, an ordinary text file.
                ----------------------------
                """)).isFalse();
        assertThat(AsciidocParagraphs.looksLikeAsciidoc("""
                NOTE: an ordinary text file's note.

                ----------------------------------------

                A section between rules.

                ----------------------------------------
                """)).as("rules apart from the text are no block").isFalse();
        assertThat(AsciidocParagraphs.split("Output\n----\n$ make install\n----\n\nProse after it.\n"))
                .extracting(Paragraph::kind).as("an underline two characters short is no title")
                .containsExactly("p", "pre", "p");
    }

    @Test
    void frontMatterAnchorsAndConcealedIndexTermsAreNoText() {
        List<Paragraph> ps = AsciidocParagraphs.split("""
                ---
                title: Linux Users
                copyright: 2008 The FreeBSD Project
                ---

                = FreeBSD for Linux Users

                See [[appendix1_3]]the appendix(((index term))) anchor:x1[] for 3 tables.
                """);

        assertThat(ps).extracting(Paragraph::kind).containsExactly("meta", "meta", "meta", "meta", "h1", "p");
        assertThat(ps.get(5).text()).isEqualTo("See the appendix for 3 tables.");
    }

    @Test
    void aCrossReferenceWithoutTextKeepsItsIdsWords() {
        List<Paragraph> ps = AsciidocParagraphs.split("""
                = Oberfläche

                Wechselt zur <<_slave_definition_view>>. Siehe <<options,die Optionen>>.
                """);

        assertThat(ps.get(1).text()).isEqualTo("Wechselt zur slave definition view. Siehe die Optionen.");
    }

    @Test
    void aTermsDescriptionOnIndentedLinesBelowItIsProseNotALiteral() {
        List<Paragraph> ps = AsciidocParagraphs.split("""
                G61::
                     (mode trajectoire exacte) G61 indique au planificateur de suivre
                    exactement la trajectoire prévue.

                    $ literal after a blank line
                """);

        assertThat(ps).extracting(Paragraph::kind).containsExactly("dt", "p", "pre");
        assertThat(ps.get(1).text()).isEqualTo("(mode trajectoire exacte) G61 indique au planificateur de suivre "
                + "exactement la trajectoire prévue.");
    }
}
