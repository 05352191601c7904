package dev.paracheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownParagraphsTest {
    @Test
    void blockMarkersAreDroppedAndTheLinesOfABlockJoined() {
        String md = "# Title\n\nSome text that is long enough to look like a wrapped line of prose\n"
                + "continued here.\n- first item\n- second item\n\n```\ncode();\n```\n";

        List<Paragraph> ps = MarkdownParagraphs.split(md);

        assertThat(ps).extracting(Paragraph::text).containsExactly("Title",
                "Some text that is long enough to look like a wrapped line of prose continued here.",
                "first item", "second item", "code();");
        assertThat(ps).extracting(Paragraph::kind).containsExactly("h1", "p", "li", "li", "pre");
        assertThat(ps).extracting(Paragraph::line).containsExactly(1, 3, 5, 6, 9);
    }

    @Test
    void codeFrontMatterLinkDefinitionsAndTemplateTagsAreNotProse() {
        String md = "---\nlayout: page\ntitle: \"About Ruby\"\ntags:\n  - intro\n---\n\n"
                + "# About\n\nRuby is simple in appearance.\n\n"
                + "{% highlight ruby %}\n# Output \"I love Ruby\"\nsay = \"I love Ruby\"\n{% endhighlight %}\n\n"
                + "~~~\n- not a list\n~~~\n\n"
                + "```ruby\nputs 1\n~~~ still code\n```\n\n"
                + "{% if site.data.downloads %}\nSee the [downloads][dl].\n{% endif %}\n\n"
                + "[dl]: https://www.ruby-lang.org/en/downloads/\n";

        List<Paragraph> ps = MarkdownParagraphs.split(md);

        assertThat(ps).extracting(Paragraph::text).containsExactly("layout: page", "title: \"About Ruby\"", "tags:",
                "- intro", "About", "Ruby is simple in appearance.", "# Output \"I love Ruby\"",
                "say = \"I love Ruby\"", "- not a list", "puts 1", "~~~ still code", "{% if site.data.downloads %}",
                "See the downloads.", "{% endif %}", "[dl]: https://www.ruby-lang.org/en/downloads/");
        assertThat(ps).extracting(Paragraph::kind).containsExactly("meta", "meta", "meta", "meta", "h1", "p",
                "pre", "pre", "pre", "pre", "pre", "meta", "p", "meta", "meta");
        assertThat(ps.get(5).line()).isEqualTo(10);
    }

    @Test
    void linkTargetsReferenceIdsImagesAndInlineHtmlAreNoText() {
        // the digits of [1], of howto-02.png and of a URL were read as numbers of the text
        String md = "See [the guide][1] and ![step 2](img/howto-02.png) in <b>bold</b> at "
                + "[release 2024](https://example.org/news/2024/10/release.html), or <https://example.org/42>.\n\n"
                + "[1]: https://example.org/guide-3\n";

        List<Paragraph> ps = MarkdownParagraphs.split(md);

        assertThat(ps).extracting(Paragraph::text).containsExactly(
                "See the guide and in bold at release 2024, or https://example.org/42.",
                "[1]: https://example.org/guide-3");
        assertThat(ps).extracting(Paragraph::isProse).containsExactly(true, false);
    }

    @Test
    void indentedCodeIsCodeInsideAListItemTooButAContinuationIsNot() {
        String md = "Operators:\n\n* `<<` and `>>` compose functions\n  of `Proc` and `Method`.\n\n"
                + "      f = proc{|x| x + 2}\n      (f << g).call(3) # -> 11\n\n"
                + "  The item goes on here.\n\nOut of the list.\n\n    puts 1\n\n"
                + "A paragraph\n    with a lazy indented line.\n";

        List<Paragraph> ps = MarkdownParagraphs.split(md);

        assertThat(ps).extracting(Paragraph::text).containsExactly("Operators:",
                "`<<` and `>>` compose functions of `Proc` and `Method`.", "f = proc{|x| x + 2}",
                "(f << g).call(3) # -> 11", "The item goes on here.", "Out of the list.", "puts 1",
                "A paragraph with a lazy indented line.");
        assertThat(ps).extracting(Paragraph::kind).containsExactly("p", "li", "pre", "pre", "li", "p", "pre", "p");
    }

    @Test
    void tableCellsAreParagraphsInRowOrder() {
        String md = "## Overview\n\n| term | meaning |\n| --- | --- |\n| pod | a group of containers |\n";

        List<Paragraph> ps = MarkdownParagraphs.split(md);

        assertThat(ps).extracting(Paragraph::text).containsExactly("Overview", "term", "meaning", "pod",
                "a group of containers");
        assertThat(ps).extracting(Paragraph::kind).containsExactly("h2", "th", "th", "td", "td");
        assertThat(ps).extracting(Paragraph::line).containsExactly(1, 3, 3, 5, 5);
    }

    @Test
    void includeDirectivesHtmlBlocksAndTomlFrontMatter() {
        String md = "+++\ntitle = \"Hello\"\n+++\n\nIntro text.\n\n```rust\n{{#rustdoc_include ../listings/main.rs}}\n```\n\n"
                + "{{#include ../listings/ch01/output.txt}}\n\n<!-- a comment -->\n\n<div class=\"note\">\nA note &amp; more.\n</div>\n";

        List<Paragraph> ps = MarkdownParagraphs.split(md);

        assertThat(ps).extracting(Paragraph::text).containsExactly("title = \"Hello\"", "Intro text.",
                "{{#rustdoc_include ../listings/main.rs}}", "{{#include ../listings/ch01/output.txt}}",
                "A note & more.");
        assertThat(ps).extracting(Paragraph::kind).containsExactly("meta", "p", "pre", "meta", "p");
    }

    @Test
    void aThematicBreakFirstIsNoFrontMatterWithoutYaml() {
        assertThat(MarkdownParagraphs.split("---\nJust a line of prose, not YAML.\n---\n"))
                .extracting(Paragraph::kind).containsExactly("h2");
    }

    @Test
    void preformattedTextInAnHtmlBlockIsCodeALineEach() {
        String md = "Run it so:\n\n<pre>\n<code class=\"language-sh\" translate=\"no\">\n# When to start the process\n"
                + "start on runlevel [2345]\n\n# When to stop it\nstop on runlevel [016]\n</code>\n</pre>\n\n"
                + "<div>Some text, and <pre>one more line</pre></div>\n";

        List<Paragraph> ps = MarkdownParagraphs.split(md);

        assertThat(ps).extracting(Paragraph::kind).containsExactly("p", "pre", "pre", "pre", "pre", "p", "pre");
        assertThat(ps).extracting(Paragraph::text).containsSubsequence("Run it so:", "# When to start the process",
                "start on runlevel [2345]", "# When to stop it", "stop on runlevel [016]", "Some text, and",
                "one more line");
        assertThat(ps.get(2).line()).isEqualTo(6);
    }

    @Test
    void xmlDataInAnHtmlBlockIsCodeMarkupAroundProseIsNot() {
        String md = "Import this:\n\n<xml xmlns=\"https://developers.google.com/blockly/xml\">\n"
                + "  <block type=\"comment\">\n    <field name=\"COMMENT\">Switch the light off</field>\n  </block>\n"
                + "</xml>\n\n<Note>\nA component of MDX holds prose.\n</Note>\n\n<my-card>\nSo does a custom element.\n"
                + "</my-card>\n\n<details>\nAnd HTML.\n</details>\n";

        List<Paragraph> ps = MarkdownParagraphs.split(md);

        assertThat(ps).extracting(Paragraph::kind).containsExactly("p", "pre", "pre", "pre", "pre", "pre", "p", "p",
                "p");
        assertThat(ps.get(3).text()).contains("Switch the light off");
        assertThat(ps).extracting(Paragraph::text).contains("A component of MDX holds prose.",
                "So does a custom element.", "And HTML.");
        assertThat(MarkdownParagraphs.xmlData("<block type=\"x\">")).isTrue();
        assertThat(MarkdownParagraphs.xmlData("<div>text</div>")).isFalse();
        assertThat(MarkdownParagraphs.xmlData("<!-- a comment -->")).isFalse();
    }

    @Test
    void mdxModuleLinesAreMetadataAndComponentTagsLeaveTheirMarkdownReadable() {
        String mdx = "---\ntitle: Structure\n---\nimport { Steps, FileTree } from '@astrojs/starlight/components';\n"
                + "import Diagram from '../../components/diagram.astro';\n\n"
                + "Every project holds these files:\n\n<Steps>\n1. Install the package.\n\n"
                + "   ```json title=\"src/content/i18n/en.json\"\n   { \"search\": \"No results for [TERM]\" }\n   ```\n"
                + "2. Start the server.\n</Steps>\n\n"
                + "<Diagram>\n    <Fragment slot=\"main\">Static content</Fragment>\n"
                + "<Card\n  title=\"Tip\"\n  icon=\"star\"\n/>\n</Diagram>\n{/* a comment */}\n\n"
                + "- `package.json` - A project manifest.\n- `astro.config.mjs` - A configuration file.\n\n"
                + "<a\n  href=\"https://example.org/projects/29\"\n  style={{ display: 'inline-flex' }}\n>\n"
                + "  <img alt=\"Badge\" src=\"https://example.org/badge\" style={{ display: 'inline' }} />\n</a>\n";

        List<Paragraph> ps = MarkdownParagraphs.split(mdx, true);

        assertThat(ps).extracting(Paragraph::text).containsExactly("title: Structure",
                "import { Steps, FileTree } from '@astrojs/starlight/components';",
                "import Diagram from '../../components/diagram.astro';", "Every project holds these files:",
                "Install the package.", "{ \"search\": \"No results for [TERM]\" }", "Start the server.",
                "Static content", "`package.json` - A project manifest.", "`astro.config.mjs` - A configuration file.");
        assertThat(ps).extracting(Paragraph::kind).containsExactly("meta", "meta", "meta", "p", "li", "pre", "li",
                "p", "li", "li");
        assertThat(ps).extracting(Paragraph::line).containsExactly(2, 4, 5, 7, 10, 13, 15, 19, 27, 28);
    }

    @Test
    void withoutMdxAComponentLineIsHtmlAndAModuleLineProse() {
        List<Paragraph> ps = MarkdownParagraphs.split("import x from 'y';\n\n<Steps>\n1. Install it.\n</Steps>\n");

        assertThat(ps).extracting(Paragraph::kind).containsExactly("p", "p");
        assertThat(ps.get(0).text()).isEqualTo("import x from 'y';");
    }

    @Test
    void containerMarkersGiveTheirTitleAsAHeadingAndNothingElse() {
        String md = "::: tip Profiling\nYou can run `vite --profile`.\n:::\n\n:::note[Before you start]\n"
                + "Read this.\n:::\n\n::: warning\nCareful.\n:::\n\n::: {.aside}\nAside text.\n:::\n";

        List<Paragraph> ps = MarkdownParagraphs.split(md);

        assertThat(ps).extracting(Paragraph::text).containsExactly("Profiling", "You can run `vite --profile`.",
                "Before you start", "Read this.", "Careful.", "Aside text.");
        assertThat(ps).extracting(Paragraph::kind).containsExactly("h6", "p", "h6", "p", "p", "p");
        assertThat(ps).extracting(Paragraph::line).containsExactly(1, 2, 5, 6, 10, 14);
    }

    @Test
    void aShortcodeAroundAParagraphIsMarkupAndAHeadingsAttributesAreNoText() {
        String md = "{{% def id=\"AIA\" name=\"Authority Information Access\" %}} A certificate extension. {{% /def %}}\n\n"
                + "{{< note >}}\n\n## What is observability? {#what-is-observability}\n\n{{ site.name }} {% if x %}\n";

        List<Paragraph> ps = MarkdownParagraphs.split(md);

        assertThat(ps).extracting(Paragraph::text).containsExactly("A certificate extension.", "{{< note >}}",
                "What is observability?", "{{ site.name }} {% if x %}");
        assertThat(ps).extracting(Paragraph::kind).containsExactly("p", "meta", "h2", "meta");
    }

    @Test
    void kramdownAttributeListsAndExtensionsAreNoText() {
        String md = "A note paragraph here.\n{: .note}\n\n## Heading {#custom}\n\nSome *text*{: .highlight} more.\n\n"
                + "{::options parse_block_html=\"true\" /}\n";

        assertThat(MarkdownParagraphs.split(md)).extracting(Paragraph::text).containsExactly(
                "A note paragraph here.", "Heading", "Some text more.");
    }

    @Test
    void anMdxExportRunsOverBlankLinesInsideItsBrackets() {
        String mdx = "export const meta = {\n\n  title: 'Hello'\n}\n\nThe page begins here.\n";

        List<Paragraph> ps = MarkdownParagraphs.split(mdx, true);

        assertThat(ps).extracting(Paragraph::text).containsExactly("export const meta = {", "title: 'Hello'", "}",
                "The page begins here.");
        assertThat(ps).extracting(Paragraph::kind).containsExactly("meta", "meta", "meta", "p");
        assertThat(MarkdownParagraphs.split("import { a from 'b';\n\nThe page begins here.\n", true))
                .extracting(Paragraph::kind).containsExactly("meta", "p"); // a brace left open takes no prose
    }
}
