package dev.paracheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextParagraphsTest {
    @Test
    void everyLineIsAParagraphWithItsLineNumber() {
        List<Paragraph> ps = PlainTextParagraphs.split("First line.\nSecond line.\n\nThird after a blank.\n");

        assertThat(ps).extracting(Paragraph::text).containsExactly("First line.", "Second line.", "Third after a blank.");
        assertThat(ps).extracting(Paragraph::line).containsExactly(1, 2, 4);
    }

    @Test
    void hardWrappedBlocksAreJoined() {
        String text = "This paragraph was wrapped by an editor at seventy-two columns, so\n"
                + "its lines end in the middle of a sentence and must be joined again\n"
                + "into one paragraph.\n\nA second paragraph, also wrapped at the same width by the same\n"
                + "editor, follows after a blank line.\n";

        List<Paragraph> ps = PlainTextParagraphs.split(text);

        assertThat(ps).hasSize(2);
        assertThat(ps.get(0).text()).startsWith("This paragraph").endsWith("into one paragraph.").doesNotContain("\n");
        assertThat(ps.get(1).line()).isEqualTo(5);
    }

    /** A German quotation closes with a guillemet: the wrapped line still goes on ("»man -L C BEFEHL« / ein."). */
    @Test
    void aLineEndingInAClosingGuillemetGoesOn() {
        String text = "       Dieses Programm startet den bevorzugten Editor des Benutzers,\n"
                + "       wie er in den Umgebungsvariablen festgelegt wurde, und greift\n"
                + "       andernfalls auf einen der installierten Editoren zurück, die das\n"
                + "       System bereitstellt.\n"
                + "\n"
                + "       Wenn keine der Variablen gesetzt ist, wird nacheinander eine\n"
                + "       Liste bekannter Programme durchprobiert, bis eines davon\n"
                + "       gefunden wird, das sich starten lässt und das die Datei öffnen\n"
                + "       kann.\n"
                + "\n"
                + "       Die Auswahl lässt sich jederzeit ändern, indem der Benutzer das\n"
                + "       Programm zur Auswahl erneut aufruft und dort einen anderen\n"
                + "       Eintrag aus der angezeigten Liste wählt, der dann gespeichert\n"
                + "       wird.\n"
                + "\n"
                + "       Programme, die einen Editor brauchen, sollten dieses Werkzeug\n"
                + "       aufrufen, statt selbst nach einem Editor zu suchen, damit die\n"
                + "       Wahl des Benutzers überall beachtet wird und gleich bleibt.\n"
                + "\n"
                + "       Um die englische Originalversion zu lesen, geben Sie »man -L C BEFEHL«\n"
                + "       ein.\n"
                + "\n";

        List<Paragraph> ps = PlainTextParagraphs.split(text);

        assertThat(ps).hasSize(5);
        assertThat(ps.get(4).text()).isEqualTo("Um die englische Originalversion zu lesen, geben Sie »man -L C BEFEHL« "
                + "ein.");
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

        assertThat(PlainTextParagraphs.split(text)).hasSize(4);
    }

    @Test
    void numberedItemsOfAManualPageWithoutBlankLinesStayApart() {
        String text = "       The columns of the block lines:\n"
                + "\t      2.  Number of the stream containing this block\n"
                + "\t      3.  Block number relative to the beginning of  the  stream  (the\n"
                + "\t\t  first block is 1)\n"
                + "\t      4.  Block number relative to the beginning of the file\n"
                + "\t      5.  Compressed  start  offset  relative  to the beginning of the\n"
                + "\t\t  file\n";

        assertThat(PlainTextParagraphs.split(text)).extracting(Paragraph::text).containsExactly(
                "The columns of the block lines:", "2. Number of the stream containing this block",
                "3. Block number relative to the beginning of the stream (the first block is 1)",
                "4. Block number relative to the beginning of the file",
                "5. Compressed start offset relative to the beginning of the file");
    }

    @Test
    void aTaggedParagraphWhoseTermATabEndsGoesOnUnderItsText() {
        String text = "       +[num]\t   For the first file the cursor will be  positioned  on  line\n"
                + "\t\t   \"num\".   If \"num\" is missing, the cursor will be positioned\n"
                + "\t\t   on the last line.\n\n"
                + "       -C\t   Compatible.\t Set  the 'compatible' option.\tThis will make\n"
                + "\t\t   Vim behave mostly like Vi, even though a  .vimrc  file  exists.\n";

        assertThat(PlainTextParagraphs.split(text)).extracting(Paragraph::text).containsExactly(
                "+[num] For the first file the cursor will be positioned on line \"num\". If \"num\" is missing, "
                        + "the cursor will be positioned on the last line.",
                "-C Compatible. Set the 'compatible' option. This will make Vim behave mostly like Vi, even though "
                        + "a .vimrc file exists.");
    }

    @Test
    void shortLinesInABlockStayApart() {
        List<Paragraph> ps = PlainTextParagraphs.split("Home\nNews\nContact\n");

        assertThat(ps).extracting(Paragraph::text).containsExactly("Home", "News", "Contact");
    }

    @Test
    void handlesWindowsAndOldMacLineEnds() {
        assertThat(PlainTextParagraphs.split("One.\r\nTwo.\rThree.")).extracting(Paragraph::text)
                .containsExactly("One.", "Two.", "Three.");
    }

    @Test
    void indentationSeparatesHeadingsOptionsAndDescriptionsOfAManualPage() {
        String man = "DESCRIPTION\n       The passwd command changes passwords for user accounts. A normal user\n"
                + "       may only change the password for their own account.\n\n"
                + "       •   lower case alphabetics, and the other characters that make a long\n"
                + "           item of a list\n\n"
                + "       -a, --all\n           This option can be used only with -S and causes show status for all\n"
                + "           users.\n\n"
                + "       low    Very  trivial questions that have defaults that will work in the\n"
                + "              vast majority of cases.\n\n"
                + "  !! Hinweis: Bevor Du einen der unten aufgeführten Schritte ausführst, lies\n"
                + "     diese gesamte Lektion!!\n\n"
                + "Anmerkung:  Die Eingabe lediglich des Bewegungsteils im Normalmodus bewegt den\n"
                + "  Cursor entsprechend.\n\n"
                + "    It was a dark and stormy night when the first line of this paragraph was\n"
                + "indented, as books do, and the rest of it was not.\n";

        List<Paragraph> ps = PlainTextParagraphs.split(man);

        assertThat(ps).extracting(Paragraph::text).containsExactly("DESCRIPTION",
                "The passwd command changes passwords for user accounts. A normal user may only change the password "
                        + "for their own account.",
                "• lower case alphabetics, and the other characters that make a long item of a list", "-a, --all",
                "This option can be used only with -S and causes show status for all users.",
                "low Very trivial questions that have defaults that will work in the vast majority of cases.",
                "!! Hinweis: Bevor Du einen der unten aufgeführten Schritte ausführst, lies diese gesamte Lektion!!",
                "Anmerkung: Die Eingabe lediglich des Bewegungsteils im Normalmodus bewegt den Cursor entsprechend.",
                "It was a dark and stormy night when the first line of this paragraph was indented, as books do, "
                        + "and the rest of it was not.");
        assertThat(ps).extracting(Paragraph::line).containsExactly(1, 2, 5, 8, 9, 12, 15, 18, 21);
    }

    @Test
    void wordsHyphenatedByTheTypesetterAreJoinedACompoundKeepsItsHyphen() {
        String man = "       Standardmäßig werden zu der Debian-Richtlinie kon\u2010\n"
                + "       forme Werte für UID und GID gewählt, mit einer command-\n"
                + "       line option des De\u2010\n       bian-Systems.\n";

        assertThat(PlainTextParagraphs.split(man)).extracting(Paragraph::text).containsExactly(
                "Standardmäßig werden zu der Debian-Richtlinie konforme Werte für UID und GID gewählt, mit einer "
                        + "command-line option des Debian-Systems.");
    }

    /**
     * In a text wrapped at a column, a block of short sentences a line is not wrapped as a whole, but a line the next word did not fit on goes on
     * in the next line (a German noun starts it in upper case), and so does a line ending in a word before a line
     * in lower case. A line the next word would have fit on, ending a sentence, stays apart.
     */
    @Test
    void aLineBrokenForWantOfRoomGoesOnInTheNext() {
        String text = "   ACHTUNG:\n"
                + "   Die in den Lektionen angewendeten Kommandos werden den Text modifizieren.\n"
                + "   Erstelle eine Kopie dieser Datei, in der Du üben willst (falls Du \"vimtutor\"\n"
                + "   aufgerufen hast, ist dies bereits eine Kopie).\n\n"
                + "Anmerkung: Möglicherweise siehst Du die Cursorposition in der unteren rechten\n"
                + "      Bildschirmecke. Dies ist eine Auswirkung der Option.\n\n"
                + ">> Type C-h k C-f.\n"
                + "   See how this window shrinks, while a new one appears\n"
                + "   to display documentation on the C-f command.\n\n"
                + "   Es ist wichtig, sich zu vergegenwärtigen, dass dieser Tutor für das Anwenden\n"
                + "   konzipiert ist.\n\n"
                + "   Der Cursor sollte jetzt in der ersten Zeile stehen. Der Cursor wird mit den\n"
                + "   Tasten h, j, k und l bewegt, wie unten gezeigt. Die Taste h ist links und\n"
                + "   bewegt nach links, die Taste l ist rechts und bewegt nach rechts, die Taste\n"
                + "   j sieht wie ein Pfeil nach unten aus. Bewege den Cursor so lange, bis Du\n"
                + "   Dich sicher fühlst, und halte die Taste j gedrückt, bis sie sich wiederholt.\n"
                + "   Nun weißt Du, wie Du Dich zur nächsten Lektion bewegen kannst, und mehr.\n";

        List<Paragraph> ps = PlainTextParagraphs.split(text);

        assertThat(ps).extracting(Paragraph::text).containsExactly("ACHTUNG:",
                "Die in den Lektionen angewendeten Kommandos werden den Text modifizieren.",
                "Erstelle eine Kopie dieser Datei, in der Du üben willst (falls Du \"vimtutor\" aufgerufen hast, ist "
                        + "dies bereits eine Kopie).",
                "Anmerkung: Möglicherweise siehst Du die Cursorposition in der unteren rechten Bildschirmecke. Dies "
                        + "ist eine Auswirkung der Option.",
                ">> Type C-h k C-f.",
                "See how this window shrinks, while a new one appears to display documentation on the C-f command.",
                "Es ist wichtig, sich zu vergegenwärtigen, dass dieser Tutor für das Anwenden konzipiert ist.",
                ps.get(7).text());
        assertThat(ps.get(7).text()).startsWith("Der Cursor").endsWith("und mehr.");
        assertThat(ps).extracting(Paragraph::line).containsExactly(1, 2, 3, 6, 9, 10, 13, 16);
    }

    /**
     * A command's examples, one a line and each starting with the command, stay lines of their own, though each
     * ends in a word and the next starts in lower case; wrapped prose around them is joined as before.
     */
    @Test
    void examplesStartingAlikeStayLinesOfTheirOwn() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            text.append("       The driver will use this value as the fixed rate of the card, or the rate\n")
                    .append("       below it when the card cannot use the value given here by the user.\n\n");
        }
        text.append("       Examples :\n")
                .append("            iwconfig eth0 rate 11M\n")
                .append("            iwconfig eth0 rate auto\n")
                .append("            iwconfig eth0 rate 5.5M auto\n");

        List<Paragraph> ps = PlainTextParagraphs.split(text.toString());

        assertThat(ps).extracting(Paragraph::text).endsWith("Examples :", "iwconfig eth0 rate 11M",
                "iwconfig eth0 rate auto", "iwconfig eth0 rate 5.5M auto");
        assertThat(ps.get(0).text()).isEqualTo("The driver will use this value as the fixed rate of the card, or "
                + "the rate below it when the card cannot use the value given here by the user.");
    }

    /** A line ending in a word in brackets goes on in a next line in lower case, as after a bare word. */
    @Test
    void aLineEndingInABracketedWordGoesOnInLowerCase() {
        String text = "  Mit Löschoperator und Bewegungsschritt (siehe oben) \n"
                + "  stellt man, um mehr zu löschen, dem Schritt einen Zähler voran:\n"
                + "\td  Nummer  Bewegungsschritt\n\n"
                + "  Der Cursor sollte jetzt in der ersten Zeile stehen. Der Cursor wird mit den\n"
                + "  Tasten h, j, k und l bewegt, wie unten gezeigt. Die Taste h ist links und\n"
                + "  bewegt nach links, die Taste l ist rechts und bewegt nach rechts, die Taste\n"
                + "  j sieht wie ein Pfeil nach unten aus. Bewege den Cursor so lange, bis Du\n"
                + "  Dich sicher fühlst, und halte die Taste j gedrückt, bis sie sich wiederholt.\n"
                + "  Nun weißt Du, wie Du Dich zur nächsten Lektion bewegen kannst, und mehr.\n\n"
                + "  Es ist wichtig, sich zu vergegenwärtigen, dass dieser Tutor für das Anwenden\n"
                + "  konzipiert ist. Das bedeutet, dass Du die Kommandos ausführen musst, um sie\n"
                + "  richtig zu lernen. Wenn Du nur den Text liest, vergisst Du die Kommandos!\n"
                + "  Jetzt stelle sicher, dass die Umschalt-Feststelltaste NICHT aktiviert ist.\n"
                + "  Drücke mehrmals die Taste j, um den Cursor nach unten zu bewegen, bis die\n"
                + "  Lektion 1.1 den Bildschirm vollständig ausfüllt, und lies dann weiter.\n";

        List<Paragraph> ps = PlainTextParagraphs.split(text);

        assertThat(ps).extracting(Paragraph::text).startsWith("Mit Löschoperator und "
                + "Bewegungsschritt (siehe oben) stellt man, um mehr zu löschen, dem Schritt einen Zähler voran:",
                "d Nummer Bewegungsschritt");
    }

    /** Posts a line, many in lower case, are ragged, not wrapped: none goes on in the next. */
    @Test
    void raggedPostsInLowerCaseAreNotJoined() {
        String text = """
                I'm using tailwind for a project, very begrudgingly
                seems like learning css would be easier tbh
                this is just a bit shit
                i should stop tooting about this but this component library is hilarious to me
                you know what has semantic class names? css and class names
                don't even need a library for it or anything
                the jokes write themselves
                get simple semantic classes simply by using these two libraries
                brb just updating the padding on paragraphs boss
                no wait what is this, Bootstrap?!
                honestly Bootstrap would be sweet relief over tailwind
                anyway back to work on the thing for the day
                and then some more of the same thing
                """;

        assertThat(PlainTextParagraphs.split(text)).hasSize(13);
    }
}
