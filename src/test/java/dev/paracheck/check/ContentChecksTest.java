package dev.paracheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Finding;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Severity;
import dev.paracheck.pipeline.ConsistencyRun;
import dev.paracheck.pipeline.PairOptions;
import dev.paracheck.testing.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content checks end to end on the seed pair and edited copies of it. */
class ContentChecksTest {
    private static final Set<String> CONTENT = Set.of("number", "entity", "untranslated", "wrong-language");
    private static ConsistencyRun run;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        run = new ConsistencyRun();
    }

    private PairResult check(List<String> german) {
        Path tgt = TestFiles.writeLines(dir, "edited.de.txt", german);
        return run.check(TestFiles.seedEnglish(), tgt, new PairOptions(null, null, false), Checks.withoutGrammar());
    }

    private static List<String> german() {
        return new ArrayList<>(TestFiles.lines(TestFiles.seedGerman()));
    }

    private static List<Finding> atLeastWarning(PairResult r) {
        return r.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING)).toList();
    }

    private static void replace(List<String> lines, String from, String to) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(from)) {
                lines.set(i, lines.get(i).replaceFirst(java.util.regex.Pattern.quote(from), to));
                return;
            }
        }
        throw new AssertionError("not in the text: " + from);
    }

    @Test
    void seedPairHasNoWarningAndItsRepeatedSentenceAndRealTermDriftAsInfo() {
        PairResult r = run.check(TestFiles.seedEnglish(), TestFiles.seedGerman(), new PairOptions(null, null, false),
                Checks.withoutGrammar());

        assertThat(atLeastWarning(r)).as(r.findings().toString()).isEmpty();
        assertThat(r.findings()).extracting(Finding::check).containsOnlyOnce("inconsistent-translation");
        // "Executive Committee" is "Parteivorstand" five times and "Exekutivkomitee" three times
        assertThat(r.findings()).filteredOn(f -> f.check().equals("term-drift")).hasSize(3).allSatisfy(f -> {
            assertThat(f.message()).contains("\"executive committee\" is rendered \"Exekutivkomitee\" here")
                    .contains("\"Parteivorstand\" 5×");
            assertThat(f.target().text()).contains("Exekutivkomitee");
        });
    }

    @Test
    void theRepeatedSeedSentenceTranslatedTwoWaysIsInconsistentWithItsDiff() {
        PairResult r = run.check(TestFiles.seedEnglish(), TestFiles.seedGerman(), new PairOptions(null, null, false),
                Checks.withoutGrammar());

        assertThat(r.findings()).filteredOn(f -> f.check().equals("inconsistent-translation")).singleElement()
                .satisfies(f -> {
                    assertThat(f.source().text()).startsWith("At the Conference, Comrade Nguyen Hoai Nam");
                    assertThat(f.message()).contains("[-stellte-]{+präsentierte+}");
                });
    }

    @Test
    void changedDateNumberAndNameGiveExactlyThoseFindings() {
        List<String> de = german();
        replace(de, "14. und 15. Juli", "14. und 16. Juli");
        replace(de, "Verordnung 272", "Verordnung 227");
        replace(de, "Genosse Bui Thanh Son", "Genosse Bui Thanh Sun");

        List<Finding> found = atLeastWarning(check(de)).stream()
                .filter(f -> !f.check().equals("inconsistent-translation") && !f.check().equals("term-drift")).toList();

        assertThat(found).extracting(Finding::check).containsExactlyInAnyOrder("number", "number", "entity");
        assertThat(found).filteredOn(f -> f.check().equals("number")).extracting(f -> f.source().text())
                .anySatisfy(t -> assertThat(t).contains("July 14-15"))
                .anySatisfy(t -> assertThat(t).contains("Regulation 272"));
        assertThat(found).filteredOn(f -> f.check().equals("entity")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Son"));
    }

    @Test
    void paragraphLeftInEnglishIsUntranslated() {
        List<String> de = german();
        List<String> en = TestFiles.lines(TestFiles.seedEnglish());
        de.set(7, en.get(7));

        List<Finding> found = check(de).findings().stream().filter(f -> CONTENT.contains(f.check())).toList();

        assertThat(found).filteredOn(f -> f.check().equals("untranslated")).singleElement()
                .satisfies(f -> {
                    assertThat(f.target().paragraph()).isEqualTo(7);
                    assertThat(f.message()).contains("source language");
                });
    }

    /** A list of program names a manual page's SEE ALSO gives is the same in every language. */
    @Test
    void aParagraphOfProgramNamesIsNoTextLeftUntranslated() {
        List<String> de = german();
        List<String> en = TestFiles.lines(TestFiles.seedEnglish());
        String names = "potrace, cairo, rsvg, batik, ghostscript, pstoedit.";
        en.add("");
        en.add(names);
        de.add("");
        de.add(names);

        Path src = TestFiles.writeLines(dir, "names.en.txt", en);
        Path tgt = TestFiles.writeLines(dir, "names.de.txt", de);
        PairResult r = run.check(src, tgt, new PairOptions(null, null, false), Checks.withoutGrammar());

        assertThat(r.findings()).filteredOn(f -> f.check().equals("untranslated")).isEmpty();
    }

    @Test
    void aSentenceLeftInEnglishInsideAGermanParagraphIsUntranslated() {
        List<String> de = german();
        // the English of another paragraph, so no sentence it could be identical to is aligned with it; the
        // paragraph stays German as a whole
        de.set(8, de.get(8) + " The delegates discussed the draft documents in depth and agreed on the next steps.");

        PairResult r = check(de);

        assertThat(r.findings()).filteredOn(f -> f.check().equals("untranslated")).singleElement()
                .satisfies(f -> {
                    assertThat(f.target().paragraph()).isEqualTo(8);
                    assertThat(f.target().text()).isEqualTo(
                            "The delegates discussed the draft documents in depth and agreed on the next steps.");
                    assertThat(f.message()).contains("reads as en, the source language, not de");
                });
    }

    /** A licence kept in English is a level lower, its whole body with its title: translations often keep it so. */
    @Test
    void aLicenceLeftInEnglishIsAWarning() {
        List<String> de = german();
        de.set(8, "This program is free software; you can redistribute it and/or modify it under the terms of the "
                + "GNU General Public License as published by the Free Software Foundation.");
        de.set(9, "You may charge a fee for the physical act of transferring a copy, and you may at your option offer "
                + "warranty protection in exchange for a fee.");
        de.set(10, "This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without "
                + "even the implied warranty of fitness for a particular purpose.");

        assertThat(check(de).findings()).filteredOn(f -> f.check().equals("untranslated"))
                .extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.WARNING, Severity.WARNING);
        // text before the first of the licence's words is no licence
        de.set(8, german().get(8));
        assertThat(check(de).findings()).filteredOn(f -> f.check().equals("untranslated"))
                .extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
        de.set(10, german().get(10));
        de.set(8, "The installer asks where the program should be installed, and then copies all of its files.");
        de.set(9, "This manual is published under the Creative Commons Attribution licence, like the program.");
        assertThat(check(de).findings()).filteredOn(f -> f.check().equals("untranslated"))
                .extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
    }

    /** A short German sentence around a command left as it is reads as English to the models, not to the dictionaries. */
    @Test
    void aShortSentenceWithAWordOnlyTheTargetHasIsNoUntranslatedText() {
        List<String> de = german();
        de.set(8, de.get(8) + " Siehe git help branch.");
        assertThat(check(de).findings()).filteredOn(f -> f.check().equals("untranslated")).isEmpty();

        de.set(8, german().get(8) + " See git help branch.");
        assertThat(check(de).findings()).filteredOn(f -> f.check().equals("untranslated")).singleElement()
                .satisfies(f -> assertThat(f.target().text()).isEqualTo("See git help branch."));
    }

    @Test
    void vietnameseCaptionIsWrongLanguage() {
        List<String> de = german();
        de.add(3, "Quang cảnh phiên họp sáng 22/12 tại Hà Nội. (Ảnh: An Đăng/TTXVN)");

        List<Finding> found = check(de).findings();

        assertThat(found).filteredOn(f -> f.check().equals("wrong-language")).singleElement()
                .satisfies(f -> {
                    assertThat(f.target().paragraph()).isEqualTo(3);
                    assertThat(f.message()).contains("Vietnamese");
                });
    }

    /**
     * Optimaize calls this German line Dutch (p 0.99), as it called English lines of the WMT24 documents Norwegian
     * and Afrikaans; the German dictionary knows every word of it, and of a Dutch line only a quarter.
     */
    @Test
    void aShortGermanParagraphTheIdentifierTakesForDutchIsNoWrongLanguageButADutchOneIs() {
        List<String> de = german();
        de.add(3, "Ich werde abwarten müssen, was morgen passiert.");
        de.add(5, "Ik zal moeten afwachten wat er morgen gebeurt met de plannen van het bestuur.");

        List<Finding> found = check(de).findings();

        assertThat(found).filteredOn(f -> f.check().equals("wrong-language")).singleElement()
                .satisfies(f -> {
                    assertThat(f.target().text()).startsWith("Ik zal");
                    assertThat(f.message()).contains("(nl)");
                });
    }

    @Test
    void captionsInTheSeedPagesAreWrongLanguageOnTheSourceSide() {
        PairResult r = run.check(TestFiles.resource("seeds/captions.en.txt"), TestFiles.resource("seeds/captions.en.txt"),
                new PairOptions("en", "en", false), Checks.withoutGrammar());

        assertThat(r.findings()).filteredOn(f -> f.check().equals("wrong-language") && f.source() != null)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).contains("(vi)"));
        // nothing is untranslated at any sentence: the target reads as the source's language as a whole
        assertThat(r.findings()).filteredOn(f -> f.check().equals("untranslated")).singleElement()
                .satisfies(f -> assertThat(f.target().sentences()).isEmpty());
    }

    /**
     * A Markdown page of a documentation site: code, front matter, link definitions and template tags stay the
     * same in a translation and are no untranslated text, no foreign language and no omission; prose is.
     */
    @Test
    void markdownCodeAndMetadataAreLeftAloneButProseIsChecked() {
        String code = "{% highlight ruby %}\nclass Greeter\n  def initialize(name = \"World\")\n    @name = name\n"
                + "  end\nend\n{% endhighlight %}\n\n```sh\n$ gem install rails --version 5.0\n"
                + "$ git clone https://github.com/ruby/ruby.git\n```\n\n";
        Path en = TestFiles.write(dir, "page.en.md", "---\nlayout: page\nlang: en\n---\n\n# Getting started\n\n"
                + "Ruby is a dynamic, open source programming language with a focus on simplicity and productivity.\n\n"
                + "It has an elegant syntax that is natural to read and easy to write.\n\n" + code
                + "Create a class and call its methods from the interactive shell to see how it works.\n\n"
                + "Read the [documentation][docs] to learn much more about the language.\n\n"
                + "{% if site.data.downloads %}\n"
                + "Download the latest stable release from the official downloads page of the project.\n{% endif %}\n\n"
                + "[docs]: https://www.ruby-lang.org/en/documentation/\n[blog]: https://www.ruby-lang.org/en/news/\n");
        Path de = TestFiles.write(dir, "page.de.md", "---\nlayout: page\nlang: de\n---\n\n# Erste Schritte\n\n"
                + "Ruby ist eine dynamische, quelloffene Programmiersprache mit Fokus auf Einfachheit und Produktivität.\n\n"
                + "Sie hat eine elegante Syntax, die sich natürlich liest und leicht schreiben lässt.\n\n" + code
                + "Create a class and call its methods from the interactive shell to see how it works.\n\n"
                + "Lies die [Dokumentation][docs], um viel mehr über die Sprache zu erfahren.\n\n"
                + "{% if site.data.downloads %}\n"
                + "Lade die neueste stabile Version von der offiziellen Download-Seite des Projekts herunter.\n"
                + "{% endif %}\n\n[docs]: https://www.ruby-lang.org/de/documentation/\n");

        PairResult r = run.check(en, de, new PairOptions("en", "de", false), Checks.withoutGrammar());

        assertThat(r.findings()).filteredOn(f -> f.severity().atLeast(Severity.WARNING))
                .extracting(Finding::check).containsExactly("untranslated");
        assertThat(r.findings()).filteredOn(f -> f.check().equals("untranslated")).singleElement()
                .satisfies(f -> assertThat(f.target().text()).startsWith("Create a class"));
    }

    /** A section left out with its code block: the block's lines are one finding, beside the section's prose. */
    @Test
    void aCodeBlockLeftOutIsOneFinding() {
        String shared = "# Blocks\n\nThe blocks of the editor are grouped by what they do in a script.\n\n";
        Path en = TestFiles.write(dir, "blocks.en.md", shared + "## Wait\n\nThis block pauses the script for a while "
                + "before it goes on with the next block.\n\n```js\nconsole.log('Before pause');\nsetTimeout(() => {\n"
                + "  console.log('After pause');\n}, 1000);\n```\n\n## Log\n\nThis block writes its text to the log "
                + "of the script engine.\n");
        Path de = TestFiles.write(dir, "blocks.de.md", "# Blöcke\n\nDie Blöcke des Editors sind danach gruppiert, was "
                + "sie in einem Skript tun.\n\n## Log\n\nDieser Block schreibt seinen Text in das Protokoll der "
                + "Skript-Engine.\n");

        PairResult r = run.check(en, de, new PairOptions("en", "de", false), Checks.withoutGrammar());

        assertThat(r.findings()).filteredOn(f -> f.check().equals("omission") && f.message().contains("(code:"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.source().sentences()).hasSize(4);
                    assertThat(f.message()).contains("Before pause").contains("sentences 5–8");
                });
    }

    @Test
    void aParagraphQuotingEnglishWordsIsTranslatedWhenTheRestOfItIsGerman() {
        String quote = "A sustainable web for everyone, built by the people who use it every day";
        List<String> quoting = german();
        quoting.set(12, "„" + quote + "“, Vortrag von Tom Greenwood");
        List<String> english = german();
        english.set(12, quote + ", a talk by Tom Greenwood");

        assertThat(check(quoting).findings()).filteredOn(f -> f.check().equals("untranslated")
                && f.severity() == Severity.ERROR).isEmpty();
        assertThat(check(english).findings()).filteredOn(f -> f.check().equals("untranslated")
                && f.severity() == Severity.ERROR).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("a talk by Tom Greenwood"));
    }
}
