package dev.paracheck.check;

import static dev.paracheck.testing.Fixtures.alignment;
import static dev.paracheck.testing.Fixtures.document;
import static dev.paracheck.testing.Fixtures.link;
import static dev.paracheck.testing.Fixtures.moved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paracheck.check.structure.AdditionCheck;
import dev.paracheck.check.structure.NotParallelCheck;
import dev.paracheck.check.structure.OmissionCheck;
import dev.paracheck.check.structure.ReorderCheck;
import dev.paracheck.internal.InputException;
import dev.paracheck.model.Alignment;
import dev.paracheck.model.AlignmentStats;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.LooseSentence;
import dev.paracheck.model.Paragraph;
import dev.paracheck.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChecksTest {
    private static final Document EN = document("en.txt", "en",
            new String[] {"A one.", "A two.", "A three."}, new String[] {"B one.", "B two."}, new String[] {"C one."});
    private static final Document DE = document("de.txt", "de",
            new String[] {"A eins.", "A zwei.", "A drei."}, new String[] {"B eins.", "B zwei."}, new String[] {"C eins."});

    private static CheckContext context(Alignment a) {
        return new CheckContext(EN, DE, a, Severity.ERROR);
    }

    @Test
    void omissionNamesTheRunOfUnalignedSourceSentences() {
        Alignment a = alignment(link(List.of(0), List.of(0)), link(List.of(1), List.of()), link(List.of(2), List.of()),
                link(List.of(3), List.of(1)), link(List.of(4), List.of(2)), link(List.of(5), List.of(3, 4, 5)));

        List<Finding> f = new OmissionCheck().run(context(a));

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.source().sentences()).containsExactly(1, 2);
            assertThat(x.source().text()).isEqualTo("A two. A three.");
            assertThat(x.target()).isNull();
            assertThat(x.message()).startsWith("Source sentences 2–3 have no counterpart");
        });
    }

    @Test
    void omissionOfAWholeParagraphSaysSo() {
        Alignment a = alignment(link(List.of(0, 1, 2), List.of(0, 1, 2)), link(List.of(3), List.of()),
                link(List.of(4), List.of()), link(List.of(5), List.of(3, 4, 5)));

        assertThat(new OmissionCheck().run(context(a))).singleElement()
                .satisfies(x -> assertThat(x.message()).startsWith("Source paragraph 2 (sentences 4–5)"));
    }

    @Test
    void omissionsInTwoParagraphsAreTwoFindings() {
        Alignment a = alignment(link(List.of(0, 1), List.of(0, 1, 2)), link(List.of(2), List.of()),
                link(List.of(3), List.of()), link(List.of(4), List.of(3, 4)), link(List.of(5), List.of(5)));

        assertThat(new OmissionCheck().run(context(a))).hasSize(2);
    }

    @Test
    void additionNamesTheTargetSentence() {
        Alignment a = alignment(link(List.of(0, 1, 2), List.of(0, 1)), link(List.of(), List.of(2)),
                link(List.of(3, 4), List.of(3, 4)), link(List.of(5), List.of(5)));

        assertThat(new AdditionCheck().run(context(a))).singleElement().satisfies(x -> {
            assertThat(x.target().sentences()).containsExactly(2);
            assertThat(x.source()).isNull();
            assertThat(x.check()).isEqualTo("addition");
        });
    }

    @Test
    void aLooseSentenceInsideALinkIsAnOmissionOfItsOwn() {
        Alignment plain = alignment(link(List.of(0), List.of(0)), link(List.of(1, 2), List.of(1)),
                link(List.of(3), List.of(2)), link(List.of(4), List.of(3)), link(List.of(5), List.of(4, 5)));
        Alignment a = new Alignment(plain.paragraphs(), plain.sentences(), plain.stats(),
                List.of(new LooseSentence(true, 1, 3, 0)));

        assertThat(new OmissionCheck().run(context(plain))).isEmpty();
        assertThat(new OmissionCheck().run(context(a))).singleElement().satisfies(x -> {
            assertThat(x.source().sentences()).containsExactly(1);
            assertThat(x.target().sentences()).containsExactly(1);
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).startsWith("Source sentence 2 appears to have no counterpart in the target: "
                    + "it is paired, with its neighbour, with target sentence 2, which has none of its 3 names");
        });
        assertThat(new AdditionCheck().run(context(a))).isEmpty();
    }

    @Test
    void aNotePointingToTheEnglishOriginalIsATranslatorsNote() {
        Document en = document("en.txt", "en", new String[] {"Show the help.", "Print the version."},
                new String[] {"Report bugs to the tracker."}, new String[] {"Written by many people."});
        Document de = document("de.txt", "de", new String[] {"Hilfe anzeigen.", "Version ausgeben."},
                new String[] {"Fehler an den Tracker melden."}, new String[] {"Sie können mit dem folgenden Befehl "
                        + "das englische Original anzeigen: man -L en 1 apropos"},
                new String[] {"Von vielen Leuten geschrieben."});
        Alignment a = alignment(link(List.of(0), List.of(0)), link(List.of(1), List.of(1)),
                link(List.of(2), List.of(2)), link(List.of(), List.of(3)), link(List.of(3), List.of(4)));

        assertThat(new AdditionCheck().run(new CheckContext(en, de, a, Severity.WARNING))).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).contains("(a translator's note or credit)");
                });
    }

    @Test
    void aMissingPagesNavigationIsInfoButItsTextAWarning() {
        Document en = document("en.html", "en", new String[] {"Next"}, new String[] {"Install it first."},
                new String[] {"Next"}, new String[] {"Then run it."}, new String[] {"Next"},
                new String[] {"Finally, remove it."});
        Document de = document("de.html", "de", new String[] {"Weiter"}, new String[] {"Zuerst installieren."},
                new String[] {"Weiter"}, new String[] {"Dann ausführen."});
        Alignment a = alignment(link(List.of(0), List.of(0)), link(List.of(1), List.of(1)),
                link(List.of(2), List.of(2)), link(List.of(3), List.of(3)), link(List.of(4), List.of()),
                link(List.of(5), List.of()));

        assertThat(new OmissionCheck().run(new CheckContext(en, de, a, Severity.WARNING)))
                .extracting(Finding::severity, f -> f.source().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.INFO, "Next"),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "Finally, remove it."));
    }

    @Test
    void repeatedTextTheTranslationNeverHasIsNotNavigation() {
        Document en = document("en.html", "en", new String[] {"Android Quirks"}, new String[] {"It works."},
                new String[] {"Android Quirks"}, new String[] {"It fails."}, new String[] {"Android Quirks"});
        Document de = document("de.html", "de", new String[] {"Es geht."}, new String[] {"Es scheitert."});
        Alignment a = alignment(link(List.of(0), List.of()), link(List.of(1), List.of(0)), link(List.of(2), List.of()),
                link(List.of(3), List.of(1)), link(List.of(4), List.of()));

        assertThat(new OmissionCheck().run(new CheckContext(en, de, a, Severity.WARNING)))
                .hasSize(3).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aLineKeptAsItIsThatTheOtherSideJoinedElsewhereIsInfo() {
        Document en = document("nmap.en.txt", "en", new String[] {"Usage:"},
                new String[] {"-sL: List Scan - simply list targets to scan"}, new String[] {"Scan a host."},
                new String[] {"Use it with care."});
        Document de = document("nmap.de.txt", "de", new String[] {"Aufruf:"},
                new String[] {"Einen Host scannen."},
                new String[] {"-sP: Ping Scan -sL: List Scan - simply list targets to scan"});
        Alignment a = alignment(link(List.of(0), List.of(0)), link(List.of(1), List.of()),
                link(List.of(2), List.of(1)), link(List.of(3), List.of(2)));

        assertThat(new OmissionCheck().run(new CheckContext(en, de, a, Severity.WARNING))).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).contains("(but its words stand unchanged elsewhere in the target");
                });
    }

    @Test
    void listItemsTheTranslationRanIntoOneUnsureSentenceAreInfo() {
        Document en = document("xine.en.txt", "en", new String[] {"Start playing at once. Can be followed by:"},
                new String[] {"`f' in fullscreen mode,"}, new String[] {"`q' for quitting after playback,"},
                new String[] {"Version 2 added a DVD option."}, new String[] {"Select the audio driver."});
        Document de = document("xine.de.txt", "de", new String[] {"Startet die Wiedergabe sofort."},
                new String[] {"Folgende Optionen: `f' Vollbildmodus, `q' Programm nach Abspielen beenden."},
                new String[] {"Wählt den Audio-Treiber aus."});
        Alignment a = alignment(link(List.of(0), List.of(0)), new dev.paracheck.model.Link(List.of(), List.of(1),
                false, 0.3), link(List.of(1), List.of()), link(List.of(2), List.of()), link(List.of(3), List.of()),
                link(List.of(4), List.of(2)));

        assertThat(new OmissionCheck().run(new CheckContext(en, de, a, Severity.WARNING)))
                .extracting(f -> f.source().text(), Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("`f' in fullscreen mode,", Severity.INFO),
                        org.assertj.core.groups.Tuple.tuple("`q' for quitting after playback,", Severity.INFO),
                        org.assertj.core.groups.Tuple.tuple("Version 2 added a DVD option.", Severity.WARNING));
    }

    @Test
    void aTranslatorsNameBesideTheirRoleIsACredit() {
        Document en = document("en.docx", "en", new String[] {"Find files."}, new String[] {"Use the dialog."},
                new String[] {"Close it."}, new String[] {"Open it."}, new String[] {"Save it."},
                new String[] {"Print it."}, new String[] {"Copy it."}, new String[] {"Move it."},
                new String[] {"Delete it."});
        Document de = document("de.docx", "de", new String[] {"Dateien finden."}, new String[] {"Neue Funktion"},
                new String[] {"Den Dialog benutzen."},
                new String[] {"Deutsche Übersetzung: Werner Müller Überarbeitung der deutschen Übersetzung: "
                        + "Marco Wegner Redaktion: Thomas Diehl"},
                new String[] {"Schließen."}, new String[] {"Gregor Zumstein"},
                new String[] {"Deutsche Übersetzung, E-Mail: zumstein@example.org"}, new String[] {"Öffnen."},
                new String[] {"Speichern."}, new String[] {"Diese Übersetzung wurde 2011 von Helge Kreutzmann "
                        + "erstellt.", "Sie unterliegt der GNU GPL Version 2 (oder neuer)."},
                new String[] {"Drucken."}, new String[] {"Kopieren."}, new String[] {"Verschieben."},
                new String[] {"Löschen."});
        Alignment a = alignment(link(List.of(0), List.of(0)), link(List.of(), List.of(1)),
                link(List.of(1), List.of(2)), link(List.of(), List.of(3)), link(List.of(2), List.of(4)),
                link(List.of(), List.of(5)), link(List.of(), List.of(6)), link(List.of(3), List.of(7)),
                link(List.of(4), List.of(8)), link(List.of(), List.of(9, 10)), link(List.of(5), List.of(11)),
                link(List.of(6), List.of(12)), link(List.of(7), List.of(13)), link(List.of(8), List.of(14)));

        assertThat(new AdditionCheck().run(new CheckContext(en, de, a, Severity.WARNING)))
                .extracting(f -> f.target().text(), Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Neue Funktion", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("Deutsche Übersetzung: Werner Müller "
                                + "Überarbeitung der deutschen Übersetzung: Marco Wegner Redaktion: Thomas Diehl",
                                Severity.INFO),
                        org.assertj.core.groups.Tuple.tuple("Gregor Zumstein", Severity.INFO),
                        org.assertj.core.groups.Tuple.tuple("Deutsche Übersetzung, E-Mail: zumstein@example.org",
                                Severity.INFO),
                        org.assertj.core.groups.Tuple.tuple("Diese Übersetzung wurde 2011 von Helge Kreutzmann "
                                + "erstellt. Sie unterliegt der GNU GPL Version 2 (oder neuer).", Severity.INFO));
    }

    @Test
    void aCreditWithItsRoleAdjectiveOrAnAddressWrittenAgainstHarvestersIsACredit() {
        Document en = document("en.html", "en", new String[] {"Find files."}, new String[] {"Use the dialog."},
                new String[] {"Close it."}, new String[] {"Open it."}, new String[] {"Save it."},
                new String[] {"Print it."});
        Document fr = document("fr.html", "fr", new String[] {"Trouver des fichiers."},
                new String[] {"Traduction française : Robert Jacolin Traduction française : Stanislas Zeller"},
                new String[] {"Utiliser la boîte de dialogue."}, new String[] {"Une fonction toute nouvelle"},
                new String[] {"Fermer."}, new String[] {"Übersetzung Gregor Zumstein(zumstein AT example.org)"},
                new String[] {"Ouvrir."}, new String[] {"Enregistrer."}, new String[] {"Imprimer."});
        Alignment a = alignment(link(List.of(0), List.of(0)), link(List.of(), List.of(1)),
                link(List.of(1), List.of(2)), link(List.of(), List.of(3)), link(List.of(2), List.of(4)),
                link(List.of(), List.of(5)), link(List.of(3), List.of(6)), link(List.of(4), List.of(7)),
                link(List.of(5), List.of(8)));

        assertThat(new AdditionCheck().run(new CheckContext(en, fr, a, Severity.WARNING)))
                .extracting(f -> f.target().text(), Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Traduction française : Robert Jacolin "
                                + "Traduction française : Stanislas Zeller", Severity.INFO),
                        org.assertj.core.groups.Tuple.tuple("Une fonction toute nouvelle", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("Übersetzung Gregor Zumstein(zumstein AT example.org)",
                                Severity.INFO));
    }

    @Test
    void aNameUnderATranslationHeadingAndANoteOnTheOriginalAreCredits() {
        Document en = document("en.txt", "en", new String[] {"Find files."}, new String[] {"Use the dialog."},
                new String[] {"FILES"}, new String[] {"/proc/net/wireless"});
        Document fr = document("fr.txt", "fr", new String[] {"Trouver des fichiers."},
                new String[] {"Utiliser la boîte de dialogue."}, new String[] {"TRADUCTION"},
                new String[] {"Maxime CHARPENNE, octobre 2007 (wireless_tools.30-pre3)."},
                new String[] {"AVERTISSEMENT SUR LA TRADUCTION"},
                new String[] {"Il est possible que cette traduction soit imparfaite ou périmée.", "En cas de doute, "
                        + "veuillez vous reporter au document original en langue anglaise fourni avec le programme."},
                new String[] {"FICHIERS"}, new String[] {"/proc/net/wireless"});
        Alignment a = alignment(link(List.of(0), List.of(0)), link(List.of(1), List.of(1)),
                link(List.of(), List.of(2)), link(List.of(), List.of(3)), link(List.of(), List.of(4)),
                link(List.of(), List.of(5, 6)), link(List.of(2), List.of(7)), link(List.of(3), List.of(8)));

        assertThat(new AdditionCheck().run(new CheckContext(en, fr, a, Severity.WARNING)))
                .extracting(Finding::severity).hasSize(4).containsOnly(Severity.INFO);
    }

    @Test
    void aLooseSentenceNoLongerInAMultiSentenceLinkIsNotReported() {
        Alignment plain = alignment(link(List.of(0), List.of(0)), link(List.of(1), List.of(1)),
                link(List.of(2), List.of(2)), link(List.of(3), List.of(3)), link(List.of(4, 5), List.of(4, 5)));
        Alignment a = new Alignment(plain.paragraphs(), plain.sentences(), plain.stats(),
                List.of(new LooseSentence(true, 1, 3, 0)));

        assertThat(new OmissionCheck().run(context(a))).isEmpty();
    }

    @Test
    void noNullLinksNoOmissionOrAddition() {
        Alignment a = alignment(link(List.of(0, 1, 2), List.of(0, 1, 2)), link(List.of(3, 4), List.of(3, 4)),
                link(List.of(5), List.of(5)));

        assertThat(new OmissionCheck().run(context(a))).isEmpty();
        assertThat(new AdditionCheck().run(context(a))).isEmpty();
        assertThat(new ReorderCheck().run(context(a))).isEmpty();
    }

    @Test
    void reorderGroupsTheMovedParagraph() {
        Alignment a = alignment(link(List.of(0, 1, 2), List.of(0, 1, 2)), moved(List.of(3), List.of(4)),
                moved(List.of(4), List.of(5)), link(List.of(5), List.of(3)));

        assertThat(new ReorderCheck().run(new CheckContext(EN, DE, a, Severity.WARNING))).singleElement()
                .satisfies(x -> {
                    assertThat(x.source().sentences()).containsExactly(3, 4);
                    assertThat(x.target().sentences()).containsExactly(4, 5);
                    assertThat(x.severity()).isEqualTo(Severity.WARNING);
                });
    }

    @Test
    void aMoveOfCodeAloneIsAHint() {
        Document en = document("en.md", "en", new String[] {"Install it first."}, new String[] {"Then run it."},
                new String[] {"It reports what it finds."}, new String[] {"if (axios.isCancel(thrown)) {"},
                new String[] {"Read the report carefully."});
        Document de = document("de.md", "de", new String[] {"Installieren Sie es zuerst."},
                new String[] {"if (axios.isCancel(thrown)) {"}, new String[] {"Dann starten Sie es."},
                new String[] {"Es meldet, was es findet."}, new String[] {"Lesen Sie den Bericht genau."});
        en = withKind(en, 3, Paragraph.CODE);
        de = withKind(de, 1, Paragraph.CODE);
        Alignment a = alignment(link(List.of(0), List.of(0)), link(List.of(1), List.of(2)),
                link(List.of(2), List.of(3)), moved(List.of(3), List.of(1)), link(List.of(4), List.of(4)));

        assertThat(new ReorderCheck().run(new CheckContext(en, de, a, Severity.WARNING))).singleElement()
                .satisfies(x -> {
                    assertThat(x.severity()).isEqualTo(Severity.INFO);
                    assertThat(x.message()).endsWith("(code, whose lines recur)");
                });
    }

    /** {@code doc} with paragraph {@code p} of kind {@code kind}. */
    private static Document withKind(Document doc, int p, String kind) {
        List<Paragraph> paragraphs = new java.util.ArrayList<>(doc.paragraphs());
        Paragraph old = paragraphs.get(p);
        paragraphs.set(p, new Paragraph(old.index(), old.text(), old.line(), old.page(), kind));
        return new Document(doc.path(), doc.lang(), paragraphs, doc.sentences());
    }

    @Test
    void notParallelFiresOnLowCostGainAndSilencesStructuralChecks() {
        String[][] en = new String[12][];
        String[][] de = new String[12][];
        List<dev.paracheck.model.Link> links = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            en[i] = new String[] {"Sentence number " + i + " of the source."};
            de[i] = new String[] {"Ganz anderer Satz " + (i * 7) + "."};
            links.add(link(List.of(i), List.of(i)));
        }
        Document s = document("en.txt", "en", en);
        Document t = document("de.txt", "de", de);
        Alignment unrelated = new Alignment(List.of(), links, new AlignmentStats(1.0, 0.05, 0.04, true, 0.1));
        Alignment parallel = new Alignment(List.of(), links, new AlignmentStats(1.0, 0.3, 0.04, true, 0.8));

        List<Finding> findings = Checks.withoutGrammar().run(new CheckContext(s, t, unrelated, Severity.ERROR));

        assertThat(findings).extracting(Finding::check).containsExactly("not-parallel");
        assertThat(new NotParallelCheck().run(new CheckContext(s, t, parallel, Severity.ERROR))).isEmpty();
        // nearly every sentence linked, a modest gain: a short translated page, not an unrelated one
        Alignment shortPage = new Alignment(List.of(), links, new AlignmentStats(0.91, 0.3, 0.04, true, 0.22));
        Alignment lowGain = new Alignment(List.of(), links, new AlignmentStats(0.91, 0.3, 0.04, true, 0.12));
        assertThat(new NotParallelCheck().run(new CheckContext(s, t, shortPage, Severity.ERROR))).isEmpty();
        assertThat(new NotParallelCheck().run(new CheckContext(s, t, lowGain, Severity.ERROR))).hasSize(1);
        assertThat(new NotParallelCheck().run(context(unrelated))).as("too short to judge").isEmpty();
    }

    /** A stale translation keeps its source's outline though its text drifted: not "not parallel". */
    @Test
    void aTranslationWithTheSourcesOutlineIsParallelThoughItsTextDrifted() {
        Document s = outlined("en", "Section", "Text that was rewritten since.");
        Document t = outlined("de", "Abschnitt", "Text, der älter ist.");
        List<dev.paracheck.model.Link> headings = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i += 2) {
            headings.add(link(List.of(i), List.of(i)));
        }
        AlignmentStats drifted = new AlignmentStats(0.7, 0.3, 0.04, true, 0.25);
        AlignmentStats unrelated = new AlignmentStats(0.7, 0.3, 0.04, true, 0.1);

        assertThat(new NotParallelCheck().run(new CheckContext(s, t, new Alignment(List.of(), headings, drifted),
                Severity.ERROR))).isEmpty();
        assertThat(new NotParallelCheck().run(new CheckContext(s, t, new Alignment(List.of(), headings, unrelated),
                Severity.ERROR))).as("as little gain as unrelated texts").hasSize(1);
        assertThat(new NotParallelCheck().run(new CheckContext(s, t, new Alignment(List.of(), headings.subList(0, 9),
                drifted), Severity.ERROR))).as("nine headings shared: a standard outline").hasSize(1);
    }

    /** Twelve sections: a heading (h2) and a paragraph each, a sentence a paragraph. */
    private static Document outlined(String lang, String heading, String text) {
        List<dev.paracheck.model.Paragraph> ps = new java.util.ArrayList<>();
        List<dev.paracheck.model.Sentence> ss = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String line = i % 2 == 0 ? heading + " " + (i / 2 + 1) : text;
            ps.add(new dev.paracheck.model.Paragraph(i, line, i + 1, 0, i % 2 == 0 ? "h2" : "p"));
            ss.add(new dev.paracheck.model.Sentence(i, i, line, i + 1));
        }
        return new Document(java.nio.file.Path.of("doc." + lang + ".txt"), lang, ps, ss);
    }

    @Test
    void selectionAndSeverityOverrides() {
        Alignment a = alignment(link(List.of(0, 1, 2), List.of(0, 1)), link(List.of(), List.of(2)),
                link(List.of(3, 4, 5), List.of(3, 4, 5)));

        assertThat(Checks.select(Set.of("omission", "addition", "reorder"), Set.of("addition"), Map.of()).run(context(a)))
                .isEmpty();
        assertThat(Checks.select(Set.of("addition"), Set.of(), Map.of("addition", Severity.INFO)).run(context(a)))
                .extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void unknownCheckIdsAreRejectedNamingTheOption() {
        assertThatThrownBy(() -> Checks.select(Set.of("omision"), Set.of(), Map.of()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("--checks: unknown check 'omision'");
    }
}
