package dev.paracheck.check;

import static dev.paracheck.testing.Fixtures.alignment;
import static dev.paracheck.testing.Fixtures.document;
import static dev.paracheck.testing.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.check.entity.EntityCheck;
import dev.paracheck.check.form.LengthCheck;
import dev.paracheck.check.form.PunctuationCheck;
import dev.paracheck.check.language.UntranslatedCheck;
import dev.paracheck.check.numbers.NumberCheck;
import dev.paracheck.check.numbers.NumberExtractor;
import dev.paracheck.model.Alignment;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each content check on one-link pairs built by hand: a positive and a negative case at least. */
class ContentCheckUnitsTest {
    private static List<Finding> run(Check check, String source, String target) {
        Document en = document("en.txt", "en", new String[] {source});
        Document de = document("de.txt", "de", new String[] {target});
        return check.run(new CheckContext(en, de, alignment(link(List.of(0), List.of(0))),
                check.descriptor().defaultSeverity()));
    }

    /** The addition check's findings on documents of the given paragraphs (a sentence each), linked so. */
    private static List<Finding> additions(String[][] en, String[][] de, List<Link> links) {
        return new dev.paracheck.check.structure.AdditionCheck().run(new CheckContext(document("en.txt", "en", en),
                document("de.txt", "de", de), alignment(links.toArray(Link[]::new)), Severity.WARNING));
    }

    @Test
    void codeWithACharacterMoreIsAnotherFile() {
        assertThat(run(new EntityCheck(), "Edit the `config.xml` file.", "Bearbeiten Sie die Datei `\"config.xml\"`."))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aNameUsedOnceAndReplacedIsFoundAnExonymOrACommonNounIsNot() {
        assertThat(run(new EntityCheck(), "The desktop of this machine is KDE, set up by Torvalds.",
                "Die Arbeitsumgebung dieses Rechners ist Xfce, eingerichtet von Torvalds.")).singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("\"KDE\" in the source became \"Xfce\" in the target"));
        // "Drummaps" is the German compound of "drum maps", no second new name beside "Korg"
        assertThat(run(new EntityCheck(), "Choose the Roland GS or Yamaha XG drum maps.",
                "Wählen Sie die Roland GS oder Korg XG Drummaps.")).singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("\"Yamaha\" in the source became \"Korg\" in the target"));
        // a capitalised common word within an English sentence is a name, when a name beyond doubt replaced it
        assertThat(run(new EntityCheck(), "Import your contacts from Thunderbird and Opera into the address book.",
                "Importieren Sie Ihre Kontakte aus Thunderbird und Outlook in das Adressbuch.")).singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("\"Opera\" in the source became \"Outlook\" in the target"));
        assertThat(run(new EntityCheck(), "Import your contacts from Thunderbird and Opera into the address book.",
                "Importieren Sie Ihre Kontakte aus Thunderbird und Fermate in das Adressbuch.")).as("an unknown "
                + "German noun may be a compound").isEmpty();
        // a capitalised common noun the dictionary knows no name of ("Plasma") is one when an acronym replaced it
        assertThat(run(new EntityCheck(), "In both windows, all the normal Plasma shortcuts are functional.",
                "In beiden Fenstern funktionieren alle üblichen GNOME-Kurzbefehle.")).singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("\"Plasma\" in the source became \"GNOME\" in the target"));
        assertThat(run(new EntityCheck(), "In both windows, all the normal Plasma shortcuts are functional.",
                "In beiden Fenstern funktionieren alle üblichen Xfce-Kurzbefehle.")).as("no name beyond doubt")
                .isEmpty();
        // a name written in lower case with a capital within ("digiKam") is a name beyond doubt too
        assertThat(run(new EntityCheck(), "A middle click opens files by type, e.g. images with Gwenview.",
                "Un clic du milieu ouvre les fichiers par type, par exemple des images avec digiKam."))
                .singleElement().satisfies(f -> assertThat(f.message())
                        .isEqualTo("\"Gwenview\" in the source became \"digiKam\" in the target"));
        assertThat(run(new EntityCheck(), "Contacts From Thunderbird And Opera Into The Address Book",
                "Kontakte aus Thunderbird und Outlook in das Adressbuch")).as("title case").isEmpty();
        // spacing and quote style inside code are a typesetter's, not another command
        assertThat(run(new EntityCheck(), "Run `some-command >logfile 2>&1` and set `“project.id”` there.",
                "Führen Sie `some-command > logfile 2>&1` aus und setzen Sie dort `\"project.id\"`.")).isEmpty();
        // a name written with a hyphen is the same name
        assertThat(run(new EntityCheck(), "It recognises clients that have a ClientID in their hostnames.",
                "Es erkennt Clients, deren Hostnamen eine Client-ID enthalten.")).isEmpty();
        // "DEB" of an identifier both sides have is no new name
        assertThat(run(new EntityCheck(), "# Install a library into the multi-arch lib directory # ASSUMES COMPAT 13, "
                        + "where substitution patterns are available build/output/libfrop*.so.* usr/lib/${DEB_HOST_MULTIARCH}",
                "# installiert eine Bibliothek in das Multiarch-Bibliotheksverzeichnis # SETZT KOMPATIBILITÄTSSTUFE 13 "
                        + "VORAUS, in der Ersetzungsmuster # verfügbar sind build/output/libfrop*.so.* "
                        + "usr/lib/${DEB_HOST_MULTIARCH}")).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(run(new EntityCheck(), "Patches were sent by Linus Torvalds in person.",
                "Patches wurden persönlich von Linus Tanenbaum geschickt.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"Torvalds\"").contains("\"Tanenbaum\""));
        // German capitalises its nouns: "Puffer" is no name; a name dropped without another is no finding
        assertThat(run(new EntityCheck(), "Memory used by kernel buffers (Buffers in /proc/meminfo).",
                "Von den Kernel-Puffern genutzter Speicher (Puffer in /proc/meminfo).")).isEmpty();
        assertThat(run(new EntityCheck(), "Prepare the NPT Review Conference and the Convention on Cybercrime.",
                "Die Überprüfungskonferenz des Atomwaffensperrvertrags und die Konvention zur Cyberkriminalität "
                        + "vorbereiten.")).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(run(new EntityCheck(), "Press `Ctrl` and type `head ` to insert it.",
                "Drücken Sie `Strg` und tippen Sie `head`, um es einzufügen.")).isEmpty();
        assertThat(run(new EntityCheck(), "Allow `<video>` here.", "Erlauben Sie hier `< video >`.")).hasSize(1);
        // a language menu: each version names the others
        assertThat(run(new EntityCheck(), "Other languages: Deutsch, Français.",
                "Andere Sprachen: English, Français.")).isEmpty();
        assertThat(run(new EntityCheck(), "Press `Ctrl` and type `head`.", "Drücken Sie `Alt` und tippen Sie `head`."))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("`Ctrl`").contains("`Alt`"));
        assertThat(run(new EntityCheck(), "Open it in Firefox and reload.",
                "Öffnen Sie es im Browser und laden Sie neu.")).isEmpty();
    }

    /**
     * Code written otherwise by the translation's rules is no change (a placeholder of a syntax line translated, a
     * command capitalised at the source's sentence start, a case-insensitive directive, a final slash); an identifier
     * capitalised as a German noun is.
     */
    @Test
    void codeWrittenByTheTranslationsRulesIsNoChangeACapitalisedIdentifierIs() {
        var entities = new EntityCheck();
        assertThat(run(entities, "Syntax: `PidFile filename` and `ServerLimit number`",
                "Syntax: `PidFile Dateiname` und `ServerLimit Anzahl`")).isEmpty();
        assertThat(run(entities, "`Makepasswd` generates passwords; see `/etc/pam.d/` and http://x.org/.",
                "`makepasswd` génère des mots de passe ; voir `/etc/pam.d` et http://x.org.")).isEmpty();
        assertThat(run(entities, "Call it after `deviceready`.", "Rufen Sie es nach `Deviceready` auf."))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("`Deviceready`"));
        assertThat(run(entities, "Syntax: `PidFile filename`", "Syntax: `PidFile Datei.pid`")).hasSize(1);
        assertThat(run(entities, "See `config.xml`.", "Siehe `\"config.xml\"`.")).hasSize(1);
        // a menu path, a key with a sign, a site with its final slash, a country as the target spells it
        assertThat(run(entities, "Go to `Database -> DB Manager`, press `Shift+!` and see www.claws-mail.org in Canada.",
                "Allez dans `Base de données -> Gestionnaire BD`, tapez `Maj+!` et voyez www.claws-mail.org/ au Kanada."))
                .isEmpty();
        assertThat(run(entities, "They sailed from Greece with Linus Torvalds.",
                "Ils sont partis de Grèce avec Linus Torvalds.")).isEmpty();
        assertThat(run(entities, "They sailed from Greece with Linus Torvalds.",
                "Ils sont partis de Grèce avec Linus Tanenbaum.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"Tanenbaum\""));
        // not: another case in an option, a name swapped for a near one the target writes elsewhere, a key's parts
        assertThat(run(entities, "Run `ls -l` here.", "Führen Sie hier `ls -L` aus.")).hasSize(1);
        assertThat(run(entities, "Set it with `git config user.name`.", "Setzen Sie es mit `git config benutzer.name`."))
                .hasSize(1);
        // a print key named in the target's language, the source's modifier misspelt
        assertThat(run(entities, "Press `Ctrl + Shift + Print` or `PgDown`.",
                "Drücken Sie `Strg + Shift + Drucken` oder `PgDn`.")).isEmpty();
        // a code span of white space only is no crash
        assertThat(run(entities, "Separate the fields with `tab` characters.", "Trennen Sie die Felder mit ` ` Zeichen."))
                .hasSize(1);
    }

    /** A name two edits away is the target's spelling only where the target never writes the source's. */
    @Test
    void aNearNameIsASwapWhereTheTargetWritesTheSourcesNameElsewhere() {
        Document en = document("en.txt", "en", new String[] {"Ljubljana is the capital of Slovenia."},
                new String[] {"Slovenia joined the union in 2004."});
        Document de = document("de.txt", "de", new String[] {"Ljubljana ist die Hauptstadt von Slovakia."},
                new String[] {"Slovenia trat der Union 2004 bei."});
        List<Finding> found = new EntityCheck().run(new CheckContext(en, de, alignment(link(List.of(0), List.of(0)),
                link(List.of(1), List.of(1))), Severity.WARNING));

        assertThat(found).extracting(Finding::message)
                .containsExactly("\"Slovenia\" in the source became \"Slovakia\" in the target");
    }

    /**
     * A name changed into the same other name throughout is the translation's own name for it (info); code, an
     * identifier or a key changed so is still a change.
     */
    @Test
    void aNameChangedTheSameWayThroughoutIsTheTranslationsOwnName() {
        Document en = document("en.txt", "en", new String[] {"Units exert a ZOC on their neighbours."},
                new String[] {"Scouts ignore the ZOC of enemy units."}, new String[] {"Set `MaxRequestWorkers` first."},
                new String[] {"Then raise `MaxRequestWorkers` again."});
        Document fr = document("fr.txt", "fr", new String[] {"Les unités exercent une ZdC sur leurs voisines."},
                new String[] {"Les éclaireurs ignorent la ZdC des unités ennemies."},
                new String[] {"Réglez d'abord `MaxClients`."}, new String[] {"Puis augmentez encore `MaxClients`."});
        List<Finding> found = new EntityCheck().run(new CheckContext(en, fr, alignment(link(List.of(0), List.of(0)),
                link(List.of(1), List.of(1)), link(List.of(2), List.of(2)), link(List.of(3), List.of(3))),
                Severity.WARNING));

        assertThat(found).extracting(Finding::severity).containsExactly(Severity.INFO, Severity.INFO,
                Severity.WARNING, Severity.WARNING);
        assertThat(found.get(0).message()).isEqualTo(
                "\"ZOC\" in the source became \"ZdC\" in the target (so in 2 places: the translation's own name for it?)");
    }

    @Test
    void aHeadingInCapitalsIsNoAcronymSpelledOutButAnAcronymIs() {
        assertThat(run(new EntityCheck(), "SYNOPSIS", "ÜBERSICHT")).isEmpty();
        assertThat(run(new EntityCheck(), "THE SOFTWARE COMES WITH NO WARRANTY OF MERCHANTABILITY.",
                "DIE SOFTWARE KOMMT OHNE JEDE GEWÄHRLEISTUNG.")).isEmpty();
        assertThat(run(new EntityCheck(), "It stores the data in NASA format.",
                "Es speichert die Daten im Format der Raumfahrtbehörde.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"NASA\"").contains("spelled out"));
        // a short acronym that is also a word, within a sentence, is still an acronym
        assertThat(run(new EntityCheck(), "The disks form a RAID array.",
                "Die Platten bilden einen Plattenverbund.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"RAID\"").contains("spelled out"));
    }

    @Test
    void aNameReplacedIsFoundThoughTheOtherDocumentHasItInsideAnIdentifierOrALongerWord() {
        Document en = document("en.txt", "en", new String[] {"Set DEBCONF_FORCE_XDIALOG to force it."},
                new String[] {"Then debconf will use Xdialog in preference to whiptail."},
                new String[] {"Each day is one of Mon, Tue, Wed."});
        Document de = document("de.txt", "de", new String[] {"Setzen Sie DEBCONF_FORCE_XDIALOG, um es zu erzwingen."},
                new String[] {"Dann bevorzugt debconf Nakamura vor whiptail."},
                new String[] {"Jeder Tag ist einer aus: Tanenbaum, Tue, Wed, jeden Monat."});
        List<Finding> found = new EntityCheck().run(new CheckContext(en, de, alignment(link(List.of(0), List.of(0)),
                link(List.of(1), List.of(1)), link(List.of(2), List.of(2))), Severity.WARNING));

        assertThat(found).extracting(Finding::message).containsExactly(
                "\"Xdialog\" in the source became \"Nakamura\" in the target",
                "\"Mon\" in the source became \"Tanenbaum\" in the target");
    }

    @Test
    void numbers() {
        assertThat(run(new NumberCheck(), "It cost 1,500.75 euros in 2024.", "Es kostete 1.500,75 Euro im Jahr 2024."))
                .isEmpty();
        assertThat(run(new NumberCheck(), "It cost 1,500 euros.", "Es kostete 1.600 Euro.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"1,500\"").contains("\"1.600\""));
        assertThat(run(new NumberCheck(), "On September 2 at 10 p.m.", "Am 2. September um 22 Uhr.")).isEmpty();
        assertThat(run(new NumberCheck(), "Um 20.30 Uhr waren sie am Gipfel.", "A 20 h. 30 ils étaient au sommet."))
                .isEmpty();
        assertThat(run(new NumberCheck(), "The train leaves at 15:30.", "Der Zug fährt um 15.30 Uhr.")).isEmpty();
        assertThat(run(new NumberCheck(), "It opens on the 5th of January.", "Es öffnet am 5. Januar.")).isEmpty();
        // zero in words is a number in words, as any other
        assertThat(run(new NumberCheck(), "It speeds up from 0 to the feed rate.", "Il accélère de zéro à la vitesse."))
                .extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(run(new NumberCheck(), "It lists zero length files.", "Es listet Dateien der Länge 0."))
                .extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(run(new NumberCheck(), "Released 2022-11-02.", "Erschienen am 2. Oktober 2022.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"2022-11-02\"").contains("\"Oktober\""));
        assertThat(run(new NumberCheck(), "Ein Träger bekommt 3 Rupien (Fr. 2.70) am Tag.",
                "Un porteur reçoit 3 roupies (2 fr. 70) par jour.")).isEmpty();
        assertThat(run(new NumberCheck(), "The train leaves at 15:30.", "Der Zug fährt um 15.40 Uhr.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"15.40\""));
        assertThat(run(new NumberCheck(), "Zwischen Lager 2 und 3 war es schwer.",
                "Entre le camp II et le camp III, c'était dur.")).isEmpty();
        assertThat(run(new NumberCheck(), "Louis XIV died in 1715.", "Ludwig 14 starb 1715.")).isEmpty();
        assertThat(run(new NumberCheck(), "Zwischen Lager 2 und 3 war es schwer.",
                "Entre le camp II et le camp IV, c'était dur.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("source has \"3\""));
        assertThat(run(new NumberCheck(), "Es war die zweite und die dritte Besteigung.",
                "Ce furent les 2e et 3e ascensions.")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(NumberExtractor.romanNumerals("I saw MCMLVI, XIV, IIII, VX and IC in Vienna."))
                .containsExactly("1", "1956", "14");
        assertThat(run(new NumberCheck(), "It has 6 rooms.", "Es hat sechs Zimmer.")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void aNumberWordReplacedByAnotherIsAMismatchANumberWordOnOneSideIsNot() {
        assertThat(run(new NumberCheck(), "If two source packages are given, it compares them.",
                "Falls sechs Quellpakete übergeben wurden, vergleicht es sie.")).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).isEqualTo("Numbers differ: source has \"two\" not found in the target; "
                            + "target has \"sechs\" not found in the source");
                });
        assertThat(run(new NumberCheck(), "The next four fields are ages.", "Die nächsten vier Felder sind Alter."))
                .isEmpty();
        assertThat(run(new NumberCheck(), "The next four fields are ages.", "Die nächsten 4 Felder sind Alter."))
                .extracting(Finding::severity).containsExactly(Severity.INFO);
        // "both" for "two", and the Italian "due" of "due to", are no numbers that changed
        assertThat(run(new NumberCheck(), "Both files are read twice.", "Beide Dateien werden zweimal gelesen."))
                .isEmpty();
        assertThat(run(new NumberCheck(), "It failed due to three errors.", "Es schlug wegen drei Fehlern fehl."))
                .isEmpty();
        assertThat(run(new NumberCheck(), "Wait a second, then press two keys.",
                "Warten Sie kurz und drücken Sie dann zwei Tasten.")).isEmpty();
        // counted: one of the two "two"s became "drei"; a "two" not repeated is no change
        assertThat(run(new NumberCheck(), "Two databases qualify as two distinct resources.",
                "Zwei Datenbanken stellen drei Ressourcen dar.")).singleElement().satisfies(f -> assertThat(
                        f.message()).isEqualTo("Numbers differ: source has \"two\" not found in the target; target has "
                        + "\"drei\" not found in the source"));
        assertThat(run(new NumberCheck(), "Two databases qualify as two distinct resources.",
                "Zwei Datenbanken gelten als getrennte Ressourcen.")).isEmpty();
    }

    /** Each pair from the WMT24 EN–DE references, where the number check called a faithful rendering an error. */
    @Test
    void numbersAsProfessionalTranslatorsRenderThem() {
        String[][] faithful = {
            {"JANUARY 14th, 10:26 PM, 2543.", "14. JANUAR, 22:26 Uhr, 2543."},
            {"It opens with a reception from 6-8 p.m.", "Der Empfang ist von 18-20 Uhr."},
            {"0430 Itania time.", "Es ist 4:30 Uhr nach itanischer Zeit."},
            {"We are heading out at 0500", "Wir rücken um 5:00 Uhr aus."},
            {"It had an oversight office from 1981-87.", "Es gab von 1981 bis 1987 eine Aufsichtsbehörde."},
            {"I was pushing for 100k meters this month.", "Ich wollte diesen Monat 100.000 Meter erreichen."},
            {"I gained my political consciousness in the 1970s.", "Mein politisches Bewusstsein kam in den 70ern."},
            {"like back in the 00s you had bionicles", "In den 2000er Jahren gab es Bionicles."}};
        for (String[] pair : faithful) {
            assertThat(run(new NumberCheck(), pair[0], pair[1])).as(pair[0]).isEmpty();
        }
        String[][] inWords = {
            {"It triggers the 1 percent spending cut.", "Sie löst die einprozentige Kürzung aus."},
            {"fewer than 1 million departures", "weniger als eine Million Abflüge"},
            {"2.53 per 1 million departures", "2,53 Unfälle pro Million Abflüge"},
            {"for twenty-two years", "seit 22 Jahren"},
            {"I'm giving you fifteen minutes", "Sie haben 15 Minuten"}};
        for (String[] pair : inWords) {
            assertThat(run(new NumberCheck(), pair[0], pair[1])).as(pair[0]).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        }
        assertThat(run(new NumberCheck(), "It cost N585 million.", "Es kostete 858 Millionen Naira.")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(run(new NumberCheck(), "At 10:26 PM.", "Um 20:26 Uhr.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"20\""));
        assertThat(run(new NumberCheck(), "in the 1970s", "in den 80ern")).hasSize(1);
        assertThat(run(new NumberCheck(), "about 5k people", "etwa 500 Leute")).hasSize(1);
        assertThat(run(new NumberCheck(), "2.53 per 2 million departures", "2,53 Unfälle pro Million Abflüge"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    /**
     * How strong the evidence is: a number dropped or changed is a warning; a number only the target has, beside all
     * the source's, is most often made explicit by the translator; many numbers differing on both sides are example
     * data localized or a misaligned link. A number changed into one the sentence has elsewhere stays a warning.
     */
    @Test
    void numbersOnlyTheTargetHasOrRewrittenDataAreInfo() {
        // an approximate quantity in words against its digits
        assertThat(run(new NumberCheck(), "It takes about 15 minutes.", "Cela prend une quinzaine de minutes."))
                .extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(run(new NumberCheck(), "360 == daily", "360 == täglich (12 x 30 Tage)")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(run(new NumberCheck(), "Union Avenue 776, phone 0482938838.",
                "Bahnhofstrasse 1, 20001 Hamburg, Telefon 040/82938838.")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(run(new NumberCheck(), "See ps(1), top(1) and vmstat(8).", "Siehe ps(7), top(1) und vmstat(8)."))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).isEqualTo("Numbers differ: target has \"7\" not found in the source");
                });
        assertThat(run(new NumberCheck(), "It takes 5 minutes.", "Es dauert 6 Minuten.")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(run(new NumberCheck(), "It takes 5 minutes.", "Es dauert Minuten.")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    /** A chapter the edition numbers otherwise, throughout, is info; a number changed once stays a warning. */
    @Test
    void aChapterRenumberedThroughoutIsInfo() {
        Document en = document("en.txt", "en", new String[] {"Chapter 18."}, new String[] {"See Section 18.2.5 below."},
                new String[] {"It takes 5 minutes."});
        Document de = document("de.txt", "de", new String[] {"Kapitel 22."},
                new String[] {"Siehe Abschnitt 22.2.5 unten."}, new String[] {"Es dauert 6 Minuten."});
        List<Finding> f = new NumberCheck().run(new CheckContext(en, de, alignment(link(List.of(0), List.of(0)),
                link(List.of(1), List.of(1)), link(List.of(2), List.of(2))), Severity.WARNING));

        assertThat(f).extracting(Finding::severity).containsExactly(Severity.INFO, Severity.INFO, Severity.WARNING);

        Document en2 = document("en.txt", "en", new String[] {"Wait 5 seconds."}, new String[] {"Use 5 threads."});
        Document de2 = document("de.txt", "de", new String[] {"Warten Sie 6 Sekunden."},
                new String[] {"Verwenden Sie 6 Threads."});
        assertThat(new NumberCheck().run(new CheckContext(en2, de2, alignment(link(List.of(0), List.of(0)),
                link(List.of(1), List.of(1))), Severity.WARNING))).as("a number of the content, changed twice")
                .extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.WARNING);
    }

    /**
     * Placeholder words of a path or an address rendered in the target's language, a label as a label and keys
     * named in capitals are no changed names; another word of the path changed, a separator, or an identifier is.
     */
    @Test
    void localizedPlaceholdersAndKeyNamesAreNoChangedNames() {
        assertThat(run(new EntityCheck(), "This is an example of a debian/package.docs file:",
                "Dies ist ein Beispiel einer debian/Paket.docs-Datei:")).isEmpty();
        assertThat(run(new EntityCheck(), "Type scheme://username@servername.example.com/folder here.",
                "Tapez scheme://nomutilisateur@nomduserveur.exemple.com/dossier ici.")).isEmpty();
        assertThat(run(new EntityCheck(), "Write to username@servername.example.com today.",
                "Écrivez à nomutilisateur@nomduserveur.exemple.fr aujourd'hui.")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(run(new EntityCheck(), "Edit `package.json` first.", "Bearbeite zuerst `paket.json`.")).as("a file name")
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(run(new EntityCheck(), "Edit debian/control.docs first.", "Bearbeite zuerst debian/steuerung.docs."))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(run(new EntityCheck(), "`Processing` - Creates the customer data, then press `Tab`.",
                "`Verarbeitung` - Erzeugt die Kundendaten, dann drücken Sie `Tabulatortaste`.")).isEmpty();
        // code whose words were translated is example data or a placeholder, or a field an import needs: info
        assertThat(run(new EntityCheck(), "The field `company` holds the name.", "Das Feld `Firma` enthält den Namen."))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).endsWith("(its words translated: example data or a placeholder?)");
                });
        assertThat(run(new EntityCheck(), "These commands start with CONTROL-h, the help key.",
                "Ces commandes commencent par C-h, la touche d'aide.")).isEmpty();
    }

    /**
     * The same thing written the translation's way is no changed name: a function with its empty call, a link to
     * the page's version in the target's language, a placeholder in angle brackets, a name in another case or
     * joined to the next word. A link to another page, or another function, still is.
     */
    @Test
    void theSameThingWrittenTheTranslationsWayIsNoChangedName() {
        assertThat(run(new EntityCheck(), "Say we have a function `add` that adds.",
                "Imaginons une fonction `add()` qui additionne.")).isEmpty();
        assertThat(run(new EntityCheck(), "Say we have a function `add` that adds.",
                "Imaginons une fonction `sum()` qui additionne.")).hasSize(1);
        assertThat(run(new EntityCheck(),
                "Read https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Function/apply now.",
                "Lies https://developer.mozilla.org/de/docs/Web/JavaScript/Reference/Globale_Objekte/Function/apply."))
                .isEmpty();
        assertThat(run(new EntityCheck(), "Read https://developer.mozilla.org/en-US/docs/Web/API/fetch first.",
                "Lies zuerst https://developer.mozilla.org/de/docs/Web/API/XMLHttpRequest.")).as("another page")
                .hasSize(1);
        assertThat(run(new EntityCheck(), "Read https://example.org/en/v1/api first.",
                "Lies zuerst https://example.org/de/v2/api.")).as("another version").hasSize(1);
        assertThat(run(new EntityCheck(), "Read https://example.org/en/docs/a first.",
                "Lies zuerst https://example.org/fr/docs/a.")).as("not the target's language").hasSize(1);
        assertThat(run(new EntityCheck(), "Open https://example.org/path/to/file.txt now.",
                "Öffne jetzt https://example.org/path/my/file.txt.")).as("no language at all").hasSize(1);
        assertThat(run(new EntityCheck(), "Read https://docs.python.org/3/library/os.html first.",
                "Lesen Sie zuerst https://docs.python.org/de/3/library/os.html.")).isEmpty();
        assertThat(run(new EntityCheck(), "See https://en.wikipedia.org/wiki/MQTT today.",
                "Siehe https://de.wikipedia.org/wiki/MQTT heute.")).isEmpty();
        // a site by language titles its pages in that language; the same page at a secure address is a hint
        assertThat(run(new EntityCheck(), "See also http://en.wikipedia.org/wiki/Byte_order_mark today.",
                "Siehe auch http://de.wikipedia.org/wiki/Byte-Reihenfolge heute.")).isEmpty();
        assertThat(run(new EntityCheck(), "See also http://en.wikipedia.org/wiki/Byte_order_mark today.",
                "Siehe auch http://de.wikipedia.org/w/Byte-Reihenfolge heute.")).as("another part of the site")
                .hasSize(1);
        assertThat(run(new EntityCheck(), "Project page: http://waterlan.home.xs4all.nl/dos2unix.html",
                "Projektseite: https://waterlan.home.xs4all.nl/dos2unix.html")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(run(new EntityCheck(), "Project page: http://waterlan.home.xs4all.nl/dos2unix.html",
                "Projektseite: https://waterlan.home.xs4all.nl/unix2dos.html")).as("another page").hasSize(1);
        assertThat(run(new EntityCheck(), "Read https://developer.mozilla.org/en-US/docs/Web/API first.",
                "Lesen Sie zuerst https://developer.mozilla.org/de/blog/news.")).as("another part of the site")
                .hasSize(1);
        assertThat(run(new EntityCheck(), "Read https://example.org/en/docs/a first.",
                "Lesen Sie zuerst https://example.com/de/docs/a.")).as("another site").hasSize(1);
        assertThat(run(new EntityCheck(), "Restore with `iobroker restore <Backupfilename>` then.",
                "Stelle mit `iobroker restore <Backupdateiname>` wieder her.")).isEmpty();
        assertThat(run(new EntityCheck(), "Connect through the WebSocket protocol on port 80.",
                "Verbinde über ein Websocket Protokoll auf Port 80.")).isEmpty();
        assertThat(run(new EntityCheck(), "Modules for the Raspberry Pi are not recommended.",
                "Module für den RaspberryPi werden nicht empfohlen.")).isEmpty();
        assertThat(run(new EntityCheck(), "In the directory `/www/htdocs/example1/example2` we have a file.",
                "Dans le répertoire `/www/htdocs/exemple1/exemple2` se trouve un fichier.")).isEmpty();
        assertThat(run(new EntityCheck(), "In the directory `/www/htdocs/example1` we have a file.",
                "Dans le répertoire `/www/htdocs/exemple2` se trouve un fichier.")).as("another number").hasSize(1);
        assertThat(run(new EntityCheck(), "Then type fetch=URL/PATH/TO/FILE at the prompt.",
                "Ensuite, tapez fetch=URL/CHEMIN/DU/FICHIER à l'invite.")).isEmpty();
        assertThat(run(new EntityCheck(), "See ‹http://example.org/manual/en.i386/ch04s05.html› for more.",
                "Siehe ‹http://example.org/manual/de.i386/ch04s05.html› für mehr.")).isEmpty();
        assertThat(run(new EntityCheck(), "See `docs/README.md` first.", "Siehe zuerst `docs/LICENSE.md`."))
                .as("one word in capitals is a name").hasSize(1);
        assertThat(run(new EntityCheck(), "Type `:map <F5> :make<CR>` then.", "Tippe dann `:map <F6> :make<CR>`."))
                .as("a key in brackets").hasSize(1);
    }

    @Test
    void entities() {
        assertThat(run(new EntityCheck(), "See https://example.org/a. or mail info@example.org",
                "Siehe https://example.org/a oder info@example.org")).isEmpty();
        assertThat(run(new EntityCheck(), "See https://example.org/a for #news.", "Siehe https://example.com/a."))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("https://example.org/a")
                        .contains("#news"));
        assertThat(run(new EntityCheck(), "Run `mvn test` in src/main/App.java now.", "Führe mvn test aus."))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("`mvn test`")
                        .contains("src/main/App.java"));
        assertThat(run(new EntityCheck(), "The NATO summit.", "Der Gipfel des Nordatlantikpakts.")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    /**
     * An unaligned sentence the aligner is unsure of (it could as well belong to its neighbour's link: a sentence
     * split in two) is reported a level lower, and says so; a sure one stays an error.
     */
    @Test
    void anAdditionTheAlignerIsUnsureOfIsAWarning() {
        Document en = document("en.txt", "en", new String[] {"Black is boring, pink is not even pink, it is coral."},
                new String[] {"We flew today."});
        Document de = document("de.txt", "de", new String[] {"Schwarz ist langweilig und Pink ist nicht einmal Pink.",
                "Eher korallenrot."}, new String[] {"Wir sind heute geflogen.", "Dann regnete es den ganzen Tag."});
        List<Finding> f = new dev.paracheck.check.structure.AdditionCheck().run(new CheckContext(en, de,
                alignment(link(List.of(0), List.of(0)), new Link(List.of(), List.of(1), false, 0.2),
                        link(List.of(1), List.of(2)), new Link(List.of(), List.of(3), false, 0.95)), Severity.ERROR));

        assertThat(f).extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.ERROR);
        assertThat(f.get(0).message()).isEqualTo("Target sentence 2 has no counterpart in the source, unless it is "
                + "part of a neighbouring sentence's translation (split off it; the alignment is unsure): "
                + "\"Eher korallenrot.\"");
        assertThat(f.get(1).message()).isEqualTo("Target sentence 4 has no counterpart in the source: "
                + "\"Dann regnete es den ganzen Tag.\"");
    }

    /**
     * A sentence run on after a heading without a full stop ("BESCHREIBUNG Auf Android …" against "DESCRIPTION") is
     * an addition; a sentence the translation merely words longer, or a heading run on with the definition that the
     * next source sentence gives, is not.
     */
    @Test
    void aSentenceRunOnAfterAHeadingIsAnAddition() {
        String[][] en = {{"DESCRIPTION"}, {"The tool reads every file you give it and prints a short summary."},
                {"It stops at the first error it meets."}, {"OPTIONS"}, {"It writes nothing to the disk itself."},
                {"Present Value"}, {"The present value of the loan."}, {"The files are read in the order given."}};
        String[][] de = {{"BESCHREIBUNG Auf Android beginnt die Unterstützung für diese Funktion erst mit KitKat."},
                {"Das Werkzeug liest jede Datei, die Sie ihm geben, und gibt eine kurze Zusammenfassung aus."},
                {"Es hält beim ersten Fehler an, auf den es trifft."}, {"OPTIONEN"},
                {"Es schreibt selbst nichts auf die Festplatte."},
                {"Aktueller Wert - Der aktuelle Wert des Darlehens, also der augenblicklich geschuldete Betrag."},
                {"Die Dateien werden in der angegebenen Reihenfolge gelesen."}};
        List<Link> links = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            links.add(link(List.of(k), List.of(k)));
        }
        links.add(new Link(List.of(6), List.of(), false, 0.9));
        links.add(link(List.of(7), List.of(6)));
        List<Finding> f = additions(en, de, links);

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).isEqualTo("Target paragraph 1 (sentence 1) goes on, after what translates the "
                    + "source, with text that has no counterpart in the source (a heading or list item without a full "
                    + "stop, and a sentence added after it?): \"Auf Android beginnt die Unterstützung für diese "
                    + "Funktion erst mit KitKat.\"");
        });
    }

    /**
     * An item that names code ("· PositionError.PERMISSION_DENIED") is an item all the same: a sentence run on after
     * it is an addition. Code run on after it (a call the translation pasted in) is not reported as a sentence.
     */
    @Test
    void aSentenceRunOnAfterAnItemThatNamesCodeIsAnAddition() {
        String[][] en = {{"· PositionError.PERMISSION_DENIED"},
                {"Returned when users do not allow the app to retrieve position information."},
                {"· PositionError.TIMEOUT"}, {"Returned when the device is unable to retrieve a position in time."},
                {"· PositionError.POSITION_UNAVAILABLE"},
                {"Returned when the device is unable to retrieve a position at all."},
                {"The options object is optional and may be left out."},
                {"The callback receives the position as its argument."}};
        String[][] de = {{"· PositionError.PERMISSION_DENIED Setzt das Kommentarfeld für den neu erstellten Eintrag."},
                {"Wird zurückgegeben, wenn Benutzer der App nicht erlauben, Positionsinformationen abzurufen."},
                {"· PositionError.TIMEOUT Navigator.geolocation.clearWatch(watchID); watchID = null; return."},
                {"Wird zurückgegeben, wenn das Gerät eine Position nicht rechtzeitig abrufen kann."},
                {"· PositionError.POSITION_UNAVAILABLE"},
                {"Wird zurückgegeben, wenn das Gerät überhaupt keine Position abrufen kann."},
                {"Das Optionsobjekt ist optional und kann weggelassen werden."},
                {"Die Rückruffunktion erhält die Position als ihr Argument."}};
        List<Link> links = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            links.add(link(List.of(k), List.of(k)));
        }
        List<Finding> f = additions(en, de, links);

        assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).endsWith(
                ": \"Setzt das Kommentarfeld für den neu erstellten Eintrag.\""));
    }
    /**
     * From the WMT24 EN–DE references: an English possessive ("Sunak's"), a German genitive ("Rooneys") and a line
     * in capitals ("VERY MUCH SO.", whose "SO" is no acronym) were reported as names or acronyms gone missing.
     */
    @Test
    void possessivesGenitivesAndCapitalsAreNoMissingNames() {
        Document en = document("en.txt", "en", new String[] {"We asked Rishi Sunak and Sally Rooney today."},
                new String[] {"There are problems with Rishi Sunak's approach."},
                new String[] {"Here is Sally Rooney's latest essay."},
                new String[] {"VERY MUCH SO, SAID THE MAN."}, new String[] {"They said SO in the note."});
        Document de = document("de.txt", "de", new String[] {"Wir fragten heute Rishi Sunak und Sally Rooney."},
                new String[] {"Es gibt Probleme mit der Herangehensweise von Rishi Sunak."},
                new String[] {"Hier kommt Sally Rooneys neuester Aufsatz."},
                new String[] {"DAS TRIFFT DIE SACHE GENAU, SAGTE DER MANN."},
                new String[] {"Sie schrieben SO in die Notiz."});
        List<Link> links = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            links.add(link(List.of(k), List.of(k)));
        }
        List<Finding> f = new EntityCheck().run(new CheckContext(en, de, alignment(links.toArray(Link[]::new)),
                Severity.WARNING));

        assertThat(f).isEmpty();
        assertThat(new EntityCheck().run(new CheckContext(en, document("de.txt", "de",
                new String[] {"Wir fragten heute Rishi Sunak und Sally Rooney."},
                new String[] {"Es gibt Probleme mit der Herangehensweise von Rishi."},
                new String[] {"Hier kommt Sally Rooneys neuester Aufsatz."},
                new String[] {"DAS TRIFFT DIE SACHE GENAU, SAGTE DER MANN."},
                new String[] {"Sie schrieben SO in die Notiz."}), alignment(links.toArray(Link[]::new)),
                Severity.WARNING))).singleElement().satisfies(x -> assertThat(x.message()).isEqualTo(
                "\"Sunak\" of the source missing in the target"));
    }

    /**
     * A German compound takes a name in with a hyphen ("Mario-Levels", "Twitter-Konto"): the name is there. A word
     * opening a quotation is capitalised as any sentence-initial word ("„Ah, …"): no name, though the English has
     * an "Ah" too (WMT24 EN–DE references, read by hand).
     */
    @Test
    void aNameInAHyphenatedCompoundIsPresentAndAQuotationsFirstWordIsNoName() {
        Document en = document("en.txt", "en", new String[] {"I have played a lot of Mario stuff on Twitter."},
                new String[] {"Ah, what a game, I said to Anna."}, new String[] {"She asked: “Really?”"},
                new String[] {"Mario is back."});
        Document de = document("de.txt", "de",
                new String[] {"Ich habe viele Mario-Levels auf meinem Twitter-Konto gespielt."},
                new String[] {"Ah, was für ein Spiel, sagte ich zu Anna."}, new String[] {"Sie fragte: „Ah, wirklich?“"},
                new String[] {"Mario ist zurück."});
        Alignment alignment = alignment(link(List.of(0), List.of(0)), link(List.of(1), List.of(1)),
                link(List.of(2), List.of(2)), link(List.of(3), List.of(3)));

        assertThat(new EntityCheck().run(new CheckContext(en, de, alignment, Severity.WARNING))).isEmpty();
        Document dropped = document("de.txt", "de",
                new String[] {"Ich habe viele Levels auf meinem Twitter-Konto gespielt."},
                new String[] {"Ah, was für ein Spiel, sagte ich zu Anna."}, new String[] {"Sie fragte: „Ah, wirklich?“"},
                new String[] {"Mario ist zurück."});
        assertThat(new EntityCheck().run(new CheckContext(en, dropped, alignment, Severity.WARNING)))
                .singleElement().satisfies(x -> assertThat(x.message()).isEqualTo(
                        "\"Mario\" of the source missing in the target"));
    }

    /**
     * "Strings" and "Variable" are German nouns (loanwords) that an English Title Case heading capitalises too, so
     * they passed for names; English writes them in lower case in its prose, which no name does.
     */
    @Test
    void aLoanwordTheOtherSideWritesInLowerCaseIsNoName() {
        Document en = document("en.txt", "en", new String[] {"Working With Strings"},
                new String[] {"In Ruby, text is mutable and Matz likes it."},
                new String[] {"A variable holds strings, see `ruby -e` or https://ruby.example/docs."},
                new String[] {"Then Matz wrote More About Strings."});
        Document de = document("de.txt", "de", new String[] {"Arbeiten mit Strings"},
                new String[] {"In Ruby sind Strings veränderlich, und er mag sie."},
                new String[] {"Eine Variable hält Zeichenketten, siehe `ruby -e` oder https://ruby.example/docs."},
                new String[] {"Dann schrieb Matz mehr über Strings."});
        List<Finding> f = new EntityCheck().run(new CheckContext(en, de, alignment(link(List.of(0), List.of(0)),
                link(List.of(1), List.of(1)), link(List.of(2), List.of(2)), link(List.of(3), List.of(3))),
                Severity.WARNING));

        assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).isEqualTo(
                "\"Matz\" of the source missing in the target"));
    }

    @Test
    void namesThatPassThroughMustBeInEveryLink() {
        Document en = document("en.txt", "en", new String[] {"We met Anna Keller today."},
                new String[] {"Then Anna Keller spoke."});
        Document de = document("de.txt", "de", new String[] {"Wir trafen heute Anna Keller."},
                new String[] {"Dann sprach Anna Kellner."});
        List<Finding> f = new EntityCheck().run(new CheckContext(en, de,
                alignment(link(List.of(0), List.of(0)), link(List.of(1), List.of(1))), Severity.WARNING));

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.message()).contains("Keller");
            assertThat(x.source().sentences()).containsExactly(1);
        });
    }

    /** A heading of the words the document writes as code names a command: the same in every language. */
    @Test
    void anIdenticalHeadingOfTheDocumentsCodeWordsIsNoUntranslatedText() {
        Document en = document("en.txt", "en", new String[] {"## gem install"},
                new String[] {"Run `gem install asciidoctor` in a terminal."});
        Document de = document("de.txt", "de", new String[] {"## gem install"},
                new String[] {"Führen Sie `gem install asciidoctor` in einem Terminal aus."});
        List<Finding> f = new UntranslatedCheck().run(new CheckContext(en, de,
                alignment(link(List.of(0), List.of(0)), link(List.of(1), List.of(1))), Severity.ERROR));

        assertThat(f).isEmpty();
        assertThat(run(new UntranslatedCheck(), "## Problem it addresses", "## Problem it addresses"))
                .extracting(Finding::check).containsExactly("untranslated");
    }

    /**
     * Example lines a link joins ("iwconfig eth0 rate 11M", "iwconfig eth0 rate auto", …) are judged a line at a
     * time: none is a sentence, so together they are none either; an API's signature as a heading is code.
     */
    @Test
    void identicalExampleLinesAndSignaturesAreNoUntranslatedText() {
        Document en = document("en.txt", "en", new String[] {"iwconfig eth0 rate 11M", "iwconfig eth0 rate auto",
                "iwconfig eth0 rate 5.5M auto"});
        Document fr = document("fr.txt", "fr", new String[] {"iwconfig eth0 rate 11M", "iwconfig eth0 rate auto",
                "iwconfig eth0 rate 5.5M auto"});
        assertThat(new UntranslatedCheck().run(new CheckContext(en, fr,
                alignment(link(List.of(0, 1, 2), List.of(0, 1, 2))), Severity.ERROR))).isEmpty();
        assertThat(run(new UntranslatedCheck(), "axios.put(url[, data[, config]])",
                "axios.put(url[, data[, config]])")).isEmpty();
        assertThat(run(new UntranslatedCheck(), "Put the data in the cache and patch the file.",
                "Put the data in the cache and patch the file.")).extracting(Finding::check)
                .containsExactly("untranslated");
    }

    @Test
    void identicalSentenceIsUntranslatedButNamesAndNumbersAreNot() {
        assertThat(run(new UntranslatedCheck(), "The meeting starts soon.", "The meeting starts soon."))
                .extracting(Finding::check).containsExactly("untranslated");
        assertThat(run(new UntranslatedCheck(), "Anna Keller, 2024", "Anna Keller, 2024")).isEmpty();
        // a heading left in English (the German CNCF glossary page on service meshes); a name is no heading
        assertThat(run(new UntranslatedCheck(), "## Problem it addresses", "## Problem it addresses"))
                .extracting(Finding::check).containsExactly("untranslated");
        assertThat(run(new UntranslatedCheck(), "## Service Mesh", "## Service Mesh")).isEmpty();
        // a word said three times is no heading (WMT24 EN–DE: "Video, video, video." is German as it stands)
        assertThat(run(new UntranslatedCheck(), "Video, video, video.", "Video, Video, Video.")).isEmpty();
        assertThat(run(new UntranslatedCheck(), "Cloud computing", "Cloud computing")).isEmpty();
        // program names the dictionary does not know are the same in every language
        assertThat(run(new UntranslatedCheck(), "gvim gview evim eview rvim rview rgvim rgview",
                "gvim gview evim eview rvim rview rgvim rgview")).isEmpty();
        assertThat(run(new UntranslatedCheck(), "Start it as gvim gview evim eview rvim rview rgvim rgview.",
                "gvim gview evim eview rvim rview rgvim rgview")).isEmpty();
        assertThat(run(new UntranslatedCheck(), "vim view vimdiff and the editor you start with them",
                "vim view vimdiff and the editor you start with them")).extracting(Finding::check)
                .containsExactly("untranslated");
        assertThat(run(new UntranslatedCheck(), "@user2 #science https://example.org/a-long-path id 4dba-adc4",
                "@user2 #science https://example.org/a-long-path id 4dba-adc4")).isEmpty();
        assertThat(run(new UntranslatedCheck(), "The meeting starts soon.", "Die Sitzung beginnt bald.")).isEmpty();
        String video = "<video autoplay=\"autoplay\" controls=\"controls\" muted=\"muted\" poster=\"demo.png\">";
        assertThat(run(new UntranslatedCheck(), video, video)).isEmpty();
        assertThat(run(new UntranslatedCheck(), "`Splitting the last argument is deprecated`",
                "`Splitting the last argument is deprecated`")).isEmpty();
        assertThat(run(new UntranslatedCheck(), "<b>The meeting starts soon.</b>", "<b>The meeting starts soon.</b>"))
                .extracting(Finding::check).containsExactly("untranslated");
        // a glossary in both languages, carried as it is by both versions
        assertThat(run(new UntranslatedCheck(), "beat frequency oscillator / Überlagerungsoszillator",
                "beat frequency oscillator / Überlagerungsoszillator")).isEmpty();
        assertThat(run(new UntranslatedCheck(), "## Access to USB drives and CD-ROMs/DVDs",
                "## Access to USB drives and CD-ROMs/DVDs")).extracting(Finding::check).containsExactly("untranslated");
        // a link alone: its text is the title of what it links to, kept as that is written (further reading)
        String reading = "Gradient factors for dummies, by Kevin Watts <https://www.deep6gear.com/PDFs/GF-Watts.pdf>";
        assertThat(run(new UntranslatedCheck(), reading, reading)).isEmpty();
        assertThat(run(new UntranslatedCheck(), "Read the guide <https://x.org/guide> before you start.",
                "Read the guide <https://x.org/guide> before you start.")).extracting(Finding::check)
                .containsExactly("untranslated");
        String sentence = "Before you install the package, make sure that your system meets the requirements described "
                + "in the installation guide <https://example.org/install>";
        assertThat(run(new UntranslatedCheck(), sentence, sentence)).extracting(Finding::check)
                .containsExactly("untranslated");
    }

    @Test
    void punctuation() {
        assertThat(run(new PunctuationCheck(), "Is it done?", "Ist es fertig?")).isEmpty();
        assertThat(run(new PunctuationCheck(), "He said \"yes\" (twice).", "Er sagte „ja“ (zweimal).")).isEmpty();
        assertThat(run(new PunctuationCheck(), "Is it done?", "Es ist fertig.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("ends with a question mark"));
        assertThat(run(new PunctuationCheck(), "Stop!", "Halt.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("the source ends with an exclamation mark"));
        assertThat(run(new PunctuationCheck(), "A note (see below).", "Eine Notiz (siehe unten.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("unbalanced ()"));
        assertThat(run(new PunctuationCheck(), "Take an example.", "Prenons l’exemple d’un ami.")).as("apostrophes")
                .isEmpty();
        assertThat(run(new PunctuationCheck(), "Take an example.", "Prenons l’exemple ‘d’un’ ami.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("quotation marks on one side only"));
    }

    /**
     * A target that ends in a word no sentence ends with (an article, a conjunction) was cut off, whatever its
     * length; a German separable particle or a pronoun ends sentences, and so does a source cut the same way.
     */
    @Test
    void aTargetEndingInAnArticleOrConjunctionIsCutOff() {
        assertThat(run(new LengthCheck(), "All that remains is to add the music and combine all the parts.",
                "Jetzt müssen wir nur noch die Noten einfügen und.")).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).isEqualTo("The target ends in \"und.\", a word no sentence ends with: "
                            + "the rest of the sentence may be missing");
                });
        assertThat(run(new LengthCheck(), "He switches the light off.", "Er schaltet das Licht aus.")).isEmpty();
        assertThat(run(new LengthCheck(), "I have one.", "Ich habe eine.")).isEmpty();
        assertThat(run(new LengthCheck(), "I know that.", "Ich weiß das.")).isEmpty();
        assertThat(run(new LengthCheck(), "Bread and.", "Brot und.")).as("the source ends so too").isEmpty();
    }

    /** A cut sentence followed by the next one in a 2-2 link is cut all the same. */
    @Test
    void aCutSentenceInsideATwoToTwoLinkIsCutOff() {
        Document en = document("en.txt", "en", new String[] {"The password should not be a proper name.",
                "Any of these may be guessed."});
        Document de = document("de.txt", "de", new String[] {"Das Passwort sollte somit kein.",
                "All das kann erraten werden."});
        List<Finding> f = new LengthCheck().run(new CheckContext(en, de,
                alignment(link(List.of(0, 1), List.of(0, 1))), Severity.WARNING));

        assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).startsWith(
                "Target sentence 1 ends in \"kein.\", a word no sentence ends with"));
    }

    /**
     * The length check's findings on eight plain 1-1 links, the fifth of which is {@code source} and {@code target}:
     * the rest of the document sets the length a link is expected to have.
     */
    private static List<Finding> lengthAmongPlainLinks(String source, String target) {
        List<String[]> en = new ArrayList<>();
        List<String[]> de = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            en.add(new String[] {i == 4 ? source
                    : "This is a plain sentence of medium length, number " + i + ", for the test."});
            de.add(new String[] {i == 4 ? target
                    : "Dies ist ein einfacher Satz mittlerer Länge, Nummer " + i + ", für den Test."});
            links.add(link(List.of(i), List.of(i)));
        }
        return new LengthCheck().run(new CheckContext(document("en.txt", "en", en.toArray(String[][]::new)),
                document("de.txt", "de", de.toArray(String[][]::new)), alignment(links.toArray(Link[]::new)),
                Severity.WARNING));
    }

    /**
     * A German target ending in an adjective inflected for a noun that does not follow ("für ein dreißigjähriges.")
     * was cut when it is also far too short; an ellipsis of the same kind at full length ("0 ist die neuste.") is
     * no finding.
     */
    @Test
    void aShortGermanTargetEndingInAnInflectedAdjectiveIsCutOff() {
        assertThat(lengthAmongPlainLinks("What is your monthly payment on a loan of 100,000 dollars over thirty years "
                + "at a fixed rate of four percent?", "Wie hoch sind die monatlichen Raten für ein dreißigjähriges."))
                .singleElement().satisfies(x -> {
                    assertThat(x.severity()).isEqualTo(Severity.WARNING);
                    assertThat(x.message()).startsWith("The target ends in \"dreißigjähriges.\", an adjective "
                            + "without its noun, and the target is ");
                });
        assertThat(lengthAmongPlainLinks("Here the number is the version, and zero is the newest.",
                "Hierbei ist die Nummer die Version, und null ist die neuste.")).isEmpty();
    }

    /**
     * A German target that is a subordinate clause alone ("Wenn …" without the comma its main clause needs) was cut
     * when it is also too short for its source; the same clause translating a source fragment is no finding.
     */
    @Test
    void aShortTargetThatIsASubordinateClauseAloneIsCutOff() {
        String clause = "Wenn Sie den Befehl mit der Option ausführen.";
        assertThat(lengthAmongPlainLinks("If you run the command with the option, the program prints every file it "
                + "changed to the console.", clause)).singleElement().satisfies(x -> {
                    assertThat(x.severity()).isEqualTo(Severity.WARNING);
                    assertThat(x.message()).startsWith("The target is a subordinate clause alone (\"Wenn …\"), and "
                            + "the target is ").endsWith("its main clause may be missing");
                });
        assertThat(lengthAmongPlainLinks("If you run the command with the option.", clause)).isEmpty();
    }

    /**
     * A German target without a comma whose English source sets a clause off with one lost the clause when it is
     * also far too short; at a fitting length it turned the clause into a phrase.
     */
    @Test
    void aShortGermanTargetWithoutTheCommaOfItsSourcesClauseLostTheClause() {
        String source = "The program reads the whole file, before it writes the new report.";
        assertThat(lengthAmongPlainLinks(source, "Das Programm liest die Datei.")).singleElement()
                .satisfies(x -> assertThat(x.message())
                        .startsWith("The source's clause after a comma (\", before …\") has no comma in the target"));
        assertThat(lengthAmongPlainLinks(source,
                "Das Programm liest die ganze Datei vor dem Schreiben des neuen Berichts.")).isEmpty();
    }

    /** A German target whose modal verb has no infinitive after it was cut off, unless it is longer than expected. */
    /** A lead-in to an example, a colon ending both sides, is often condensed: too short, but a level lower. */
    @Test
    void aCondensedLeadInIsALevelLower() {
        assertThat(lengthAmongPlainLinks("This option might look something like the following example here:",
                "Hierzu ein Beispiel:")).singleElement().satisfies(x -> {
                    assertThat(x.severity()).isEqualTo(Severity.INFO);
                    assertThat(x.message()).endsWith("(a lead-in to what follows, which translators often condense)");
                });
        assertThat(lengthAmongPlainLinks("This option might look something like the following example here.",
                "Hierzu ein Beispiel.")).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aGermanTargetWhoseModalVerbLacksItsInfinitiveIsCutOff() {
        String source = "You can choose the default user interface in the settings dialog.";
        assertThat(lengthAmongPlainLinks(source, "Sie können die standardmäßige Benutzerschnittstelle."))
                .singleElement().satisfies(x -> {
                    assertThat(x.severity()).isEqualTo(Severity.WARNING);
                    assertThat(x.message()).startsWith("The target has the modal verb \"können\" but ends in a noun");
                });
        assertThat(lengthAmongPlainLinks(source,
                "Sie können die standardmäßige Benutzerschnittstelle im Einstellungsdialog wählen.")).isEmpty();
    }

    @Test
    void lengthFlagsOnlyTheOutlier() {
        List<String[]> en = new ArrayList<>();
        List<String[]> de = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            en.add(new String[] {"This is a plain sentence of medium length, number " + i + ", for the test."});
            de.add(new String[] {i == 6 ? "Nur ein Teil " + i + "." : "Dies ist ein einfacher Satz mittlerer Länge, Nummer "
                    + i + ", für den Test."});
            links.add(link(List.of(i), List.of(i)));
        }
        Document s = document("en.txt", "en", en.toArray(String[][]::new));
        Document t = document("de.txt", "de", de.toArray(String[][]::new));
        List<Finding> f = new LengthCheck().run(new CheckContext(s, t, alignment(links.toArray(Link[]::new)),
                Severity.WARNING));

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.source().sentences()).containsExactly(6);
            assertThat(x.message()).contains("target is");
            assertThat(x.severity()).as("a target cut off").isEqualTo(Severity.WARNING);
        });
    }

    /** A target far too long is most often an explanation, and too short a list number alone: a level lower. */
    @Test
    void lengthReportsALongTargetOrOneWithoutWordsALevelLower() {
        for (String odd : List.of("Dies ist ein einfacher Satz mittlerer Länge, Nummer 6, für den Test, den der "
                + "Übersetzer um eine lange Erklärung ergänzt hat, die im Original nicht steht, aber hilft.", "6.")) {
            List<String[]> en = new ArrayList<>();
            List<String[]> de = new ArrayList<>();
            List<Link> links = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                en.add(new String[] {"This is a plain sentence of medium length, number " + i + ", for the test."});
                de.add(new String[] {i == 6 ? odd : "Dies ist ein einfacher Satz mittlerer Länge, Nummer " + i
                        + ", für den Test."});
                links.add(link(List.of(i), List.of(i)));
            }
            Document s = document("en.txt", "en", en.toArray(String[][]::new));
            Document t = document("de.txt", "de", de.toArray(String[][]::new));
            List<Finding> f = new LengthCheck().run(new CheckContext(s, t, alignment(links.toArray(Link[]::new)),
                    Severity.WARNING));

            assertThat(f).as(odd).singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
        }
    }

    @Test
    void boilerplateIsIgnored() {
        Boilerplate b = Boilerplate.defaults();
        assertThat(b.matches("Comment (0)")).isTrue();
        assertThat(b.matches("Kommentar (0)")).isTrue();
        assertThat(b.matches("Source: https://example.org/x.html")).isTrue();
        assertThat(b.matches("ZaloFacebookTwitterPrint Copy link")).isTrue();
        assertThat(b.matches("The source of the river is in the Alps.")).isFalse();
        assertThat(run(new NumberCheck(), "Comment (0)", "Kommentar (3)")).isEmpty();
    }

    @Test
    void anAcronymTheTranslationReordersOrFormsFromANameIsNoChangeAnotherIs() {
        assertThat(run(new EntityCheck(), "It suits developers who come from OOP languages.",
                "Es passt zu Entwicklern, die von POO-Sprachen kommen.")).isEmpty();
        assertThat(run(new EntityCheck(), "Use Single-File Components for full applications.",
                "Nutzen Sie SFC-Komponenten für ganze Anwendungen.")).isEmpty();
        assertThat(run(new EntityCheck(), "It suits developers who come from OOP languages.",
                "Es passt zu Entwicklern, die von FP-Sprachen kommen.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"OOP\""));
    }

    @Test
    void theOrdinalOfThirdPartyIsNoNumberAThirdComponentIs() {
        var numbers = new dev.paracheck.check.numbers.NumberCheck();
        assertThat(run(numbers, "Review the code of 3rd-party components and third-party plugins.",
                "Prüfen Sie den Code von Fremdkomponenten und Erweiterungen anderer Anbieter.")).isEmpty();
        assertThat(run(numbers, "Review the code of 3rd components.", "Prüfen Sie den Code der Komponenten."))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("\"3\""));
    }

    @Test
    void aNameOnBothSidesIsNoReplacementOfAMissingOne() {
        String[][] en = {{"Reach the Node.js stewards via the OpenJS Foundation Slack instead."},
            {"The Open Source Security Foundation runs a badge program."}};
        String[][] fr = {{"Contactez les responsables de Node.js via le Slack de la Fondation OpenJS."},
            {"La Open Source Security Foundation gère un programme de badges."}};
        List<Finding> found = new EntityCheck().run(new CheckContext(document("en.txt", "en", en),
                document("fr.txt", "fr", fr), alignment(link(List.of(0), List.of(0)), link(List.of(1), List.of(1))),
                Severity.WARNING));
        assertThat(found).noneMatch(f -> f.message().contains("\"Node\""));
    }

    @Test
    void aFootnotesMarkGluedToItsFirstWordIsNoNumber() {
        var numbers = new dev.paracheck.check.numbers.NumberCheck();
        assertThat(run(numbers, "2The character | is used as a delimiter.",
                "5Das Zeichen | dient als Trennzeichen.")).isEmpty();
        assertThat(run(numbers, "The character | is used 2 times.", "Das Zeichen | dient 5-mal.")).isNotEmpty();
        assertThat(run(numbers, "With the support program makeindex,1 an index is made; see the outside.5 Besides,",
                "Mit dem Hilfsprogramm makeindex,3 entsteht ein Index; siehe außen.7 Außerdem,")).isEmpty();
        assertThat(run(numbers, "Version 2.1 and 1,5 litres.", "Version 2.2 und 1,6 Liter.")).isNotEmpty();
        assertThat(run(numbers, "If a process is still writing to file.0, savelog moves it to file.1.",
                "Falls ein Prozess noch in Datei.0 schreibt, verschiebt Savelog sie in Datei.1.")).isEmpty();
        assertThat(run(numbers, "See No.5 Paragraph 2.", "Siehe Nr.6 Absatz 2.")).isNotEmpty();
    }

    @Test
    void equationNumbersReferenceLabelsAndTableNumbersInLowerCaseAreNumbering() {
        var numbers = new dev.paracheck.check.numbers.NumberCheck();
        assertThat(run(numbers, "(3.46)", "(3.47)")).isEmpty();
        assertThat(run(numbers, "[10] Rainer Schöpf, Bernd Raichle, Chris Rowley.",
                "[11] Schöpf, Rainer ; Raichle, Bernd et Rowley Chris.")).isEmpty();
        assertThat(run(numbers, "See Table 2.4.", "Reportez-vous au tableau 2.9.")).isEmpty();
        // footnotes and citations numbered through the book by the tools: as many marks on both sides, any numbers
        assertThat(run(numbers, "TeX was created by Donald E. Knuth [2].", "TeX a été écrit par Donald E. Knuth [3]."))
                .isEmpty();
        assertThat(run(numbers, "Review /etc/pam.d/passwd[16] and the 2 files.",
                "Vérifiez /etc/pam.d/passwd [24] et les 2 fichiers.")).isEmpty();
        assertThat(run(numbers, "Review /etc/pam.d/passwd[16] and the 2 files.",
                "Vérifiez /etc/pam.d/passwd [24] et les 3 fichiers.")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo(
                        "Numbers differ: source has \"2\" not found in the target; target has \"3\" not found in the source"));
        assertThat(run(numbers, "TeX was created by Donald E. Knuth [2].", "TeX a été écrit par Donald E. Knuth."))
                .isNotEmpty();
        assertThat(run(numbers, "Copy buf[511] and buf[512].", "Kopieren Sie buf[510] und buf[512].")).isNotEmpty();
        assertThat(run(numbers, "1.5 Mbps is the minimum.", "2.5 Mbit/s ist das Minimum.")).isNotEmpty();
        assertThat(run(numbers, "159 \\@preamerr \\thr@@ \\fi} 160 \\def\\@x{1}", "139 \\@preamerr \\thr@@ \\fi} 140 "
                + "\\def\\@x{1}")).isEmpty();
        assertThat(run(numbers, "It took 159 seconds.", "Es dauerte 139 Sekunden.")).isNotEmpty();
    }
}
