package dev.paracheck.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paracheck.internal.InputException;
import dev.paracheck.testing.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryLoaderTest {
    @TempDir
    Path dir;

    @Test
    void csvWithApprovedForbiddenNoteAndCase() {
        Path f = TestFiles.write(dir, "g.csv", "source,target,forbidden,note,case\n"
                + "Party Committee,Parteikomitee|Parteiausschuss,Parteikomitet,\"official, 2025\",\n"
                + "NATO,NATO,,,sensitive\n");

        Glossary g = GlossaryLoader.load(f, null, null);

        assertThat(g.entries()).hasSize(2);
        Glossary.Entry e = g.entries().get(0);
        assertThat(e.approved()).containsExactly("Parteikomitee", "Parteiausschuss");
        assertThat(e.forbidden()).containsExactly("Parteikomitet");
        assertThat(e.note()).isEqualTo("official, 2025");
        assertThat(e.line()).isEqualTo(2);
        assertThat(g.entries().get(1).caseSensitive()).isTrue();
    }

    @Test
    void tsvWithTheTwoRequiredColumns() {
        Path f = TestFiles.write(dir, "g.tsv", "source\ttarget\nconference\tKonferenz\n");

        assertThat(GlossaryLoader.load(f, null, null).entries()).singleElement()
                .satisfies(e -> assertThat(e.approved()).containsExactly("Konferenz"));
    }

    @Test
    void columnsNamedByLanguageServeThePairsLanguages() {
        // a multilingual table as translation platforms export it, and the CNCF glossary's title list
        Path multi = TestFiles.write(dir, "m.csv", "English,de-DE,fr_term,comment\n"
                + "conference,Konferenz,conférence,\n");
        Path titles = TestFiles.write(dir, "t.tsv", "en_term\tde_term\tpage\nService Mesh\tService Mesh\tservice-mesh.md\n");

        assertThat(GlossaryLoader.load(multi, "en", "de").entries()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("conference");
            assertThat(e.approved()).containsExactly("Konferenz");
        });
        assertThat(GlossaryLoader.load(multi, "fr", "de").entries()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("conférence");
            assertThat(e.approved()).containsExactly("Konferenz");
        });
        assertThat(GlossaryLoader.load(titles, "en", "de").entries()).singleElement()
                .satisfies(e -> assertThat(e.approved()).containsExactly("Service Mesh"));
    }

    @Test
    void languageColumnsThatAreMissingOrAmbiguousAreOneClearError() {
        Path twoGerman = TestFiles.write(dir, "g.csv", "en,de-DE,de-AT\nparking,Parkplatz,Parkplatz\n");

        assertThatThrownBy(() -> GlossaryLoader.load(twoGerman, "en", "de")).isInstanceOf(InputException.class)
                .hasMessage(twoGerman + ": line 1: the header must name the columns 'source' and 'target', or one "
                        + "column for each language (de-DE, de-AT are all de)");
        assertThatThrownBy(() -> GlossaryLoader.load(twoGerman, "en", "fr"))
                .hasMessageEndingWith("(none is named for fr)");
    }

    @Test
    void malformedCsvNamesFileAndLine() {
        Path noHeader = TestFiles.write(dir, "a.csv", "term,translation\nx,y\n");
        Path ragged = TestFiles.write(dir, "b.csv", "source,target\nx,y\nonly-one-field\n");
        Path emptySource = TestFiles.write(dir, "c.csv", "source,target\n,y\n");

        assertThatThrownBy(() -> GlossaryLoader.load(noHeader, null, null)).isInstanceOf(InputException.class)
                .hasMessage(noHeader + ": line 1: the header must name the columns 'source' and 'target', or columns "
                        + "by language given --source-lang and --target-lang");
        assertThatThrownBy(() -> GlossaryLoader.load(ragged, null, null)).hasMessage(ragged
                + ": line 3: expected 2 fields, found 1");
        assertThatThrownBy(() -> GlossaryLoader.load(emptySource, null, null)).hasMessageContaining("line 2");
    }

    @Test
    void tbxBasicReadsStatusesAsApprovedAndForbidden() {
        Path f = TestFiles.write(dir, "g.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <martif type="TBX-Basic" xml:lang="en"><text><body>
                  <termEntry id="c1">
                    <langSet xml:lang="en"><tig><term>Party Committee</term>
                      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
                    <langSet xml:lang="de-DE">
                      <tig><term>Parteikomitee</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                      <tig><term>Parteiausschuss</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
                    </langSet>
                  </termEntry>
                </body></text></martif>
                """);

        assertThat(GlossaryLoader.load(f, "en", "de").entries()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("Party Committee");
            assertThat(e.approved()).containsExactly("Parteikomitee");
            assertThat(e.forbidden()).containsExactly("Parteiausschuss");
        });
    }

    @Test
    void tbx3ConceptEntries() {
        Path f = TestFiles.write(dir, "g3.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
                  <conceptEntry id="c1">
                    <langSec xml:lang="en"><termSec><term>conference</term></termSec></langSec>
                    <langSec xml:lang="de"><termSec><term>Konferenz</term></termSec>
                      <termSec><term>Tagung</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec></langSec>
                  </conceptEntry>
                </body></text></tbx>
                """);

        assertThat(GlossaryLoader.load(f, "en", "de").entries()).singleElement().satisfies(e -> {
            assertThat(e.approved()).containsExactly("Konferenz");
            assertThat(e.forbidden()).containsExactly("Tagung");
        });
    }

    @Test
    void externalEntitiesAndDoctypesAreRefused() {
        Path xxe = TestFiles.write(dir, "xxe.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]>\n<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&x;"
                + "</term></tig></langSet></termEntry></body></text></martif>\n");
        Path laughs = TestFiles.write(dir, "lol.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n<martif>&lol2;</martif>\n");

        assertThatThrownBy(() -> GlossaryLoader.load(xxe, "en", "de")).isInstanceOf(InputException.class)
                .hasMessageStartingWith(xxe + ": line ").hasMessageNotContaining("root:");
        assertThatThrownBy(() -> GlossaryLoader.load(laughs, "en", "de")).isInstanceOf(InputException.class);
    }

    @Test
    void malformedTbxNamesTheLine() {
        Path f = TestFiles.write(dir, "bad.tbx", "<?xml version=\"1.0\"?>\n<martif>\n<text>\n</martif>\n");

        assertThatThrownBy(() -> GlossaryLoader.load(f, "en", "de")).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f + ": line 4: malformed TBX");
    }
}
