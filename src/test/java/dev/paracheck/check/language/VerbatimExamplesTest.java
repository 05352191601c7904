package dev.paracheck.check.language;

import static dev.paracheck.testing.Fixtures.document;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerbatimExamplesTest {
    private static final Document SOURCE = document("po-debconf.en.txt", "en",
            new String[] {"The new format is nearly the same. Example:"},
            new String[] {"Template: debconf/frontend"},
            new String[] {"_Description: Interface to use for configuring packages:"},
            new String[] {"Packages that use debconf share a common look and feel."},
            new String[] {"The fields to translate start with an underscore."},
            new String[] {"You can use comments in templates."});

    @Test
    void proseOfATemplateKeptWithItsFieldsIsAnExample() {
        Document target = document("po-debconf.de.txt", "de",
                new String[] {"Das neue Format ist fast gleich. Beispiel:"},
                new String[] {"Template: debconf/frontend"},
                new String[] {"_Description: Interface to use for configuring packages:"},
                new String[] {"Packages that use debconf share a common look and feel."},
                new String[] {"Die zu übersetzenden Felder beginnen mit einem Unterstrich."},
                new String[] {"You can use comments in templates."});

        assertThat(VerbatimExamples.of(SOURCE, target, List.of(2, 3, 5))).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void aParagraphLeftInEnglishAmongTranslatedOnesIsNoExample() {
        Document target = document("po-debconf.de.txt", "de",
                new String[] {"Das neue Format ist fast gleich. Beispiel:"},
                new String[] {"Vorlage: debconf/frontend"},
                new String[] {"_Description: Zu verwendende Schnittstelle:"},
                new String[] {"Pakete, die debconf nutzen, sehen gleich aus."},
                new String[] {"The fields to translate start with an underscore."},
                new String[] {"Sie können Kommentare verwenden."});

        assertThat(VerbatimExamples.of(SOURCE, target, List.of(4))).isEmpty();
    }

    @Test
    void aCommandsInvocationsKeptAsTheyAreAreAnExampleButListItemsInEnglishAreNot() {
        Document source = document("iwconfig.en.txt", "en", new String[] {"Set the power management mode."},
                new String[] {"Examples:"}, new String[] {"iwconfig eth0 power period 2"},
                new String[] {"iwconfig eth0 power min period 2 power max period 4"},
                new String[] {"Open the settings"}, new String[] {"Open the file"});
        Document target = document("iwconfig.fr.txt", "fr", new String[] {"Règle le mode de gestion d'énergie."},
                new String[] {"Exemples :"}, new String[] {"iwconfig eth0 power period 2"},
                new String[] {"iwconfig eth0 power min period 2 power max period 4"},
                new String[] {"Open the settings"}, new String[] {"Open the file"});

        assertThat(VerbatimExamples.of(source, target, List.of(3))).containsExactlyInAnyOrder(2, 3, 4, 5);
        Document english = document("iwconfig.fr.txt", "fr", new String[] {"Règle le mode de gestion d'énergie."},
                new String[] {"Exemples :"}, new String[] {"Ouvrez les réglages"}, new String[] {"Ouvrez le fichier"},
                new String[] {"Open the settings"}, new String[] {"Open the file"});
        assertThat(VerbatimExamples.of(source, english, List.of(4))).as("\"Open\" is capitalised: no program")
                .isEmpty();
        Document lower = document("iwconfig.fr.txt", "fr", new String[] {"Règle le mode de gestion d'énergie."},
                new String[] {"Exemples :"}, new String[] {"Ouvrez les réglages"}, new String[] {"Ouvrez le fichier"},
                new String[] {"open the settings"}, new String[] {"open the file"});
        Document lowerSource = document("iwconfig.en.txt", "en", new String[] {"Set the power management mode."},
                new String[] {"Examples:"}, new String[] {"iwconfig eth0 power period 2"},
                new String[] {"iwconfig eth0 power min period 2 power max period 4"},
                new String[] {"open the settings"}, new String[] {"open the file"});
        assertThat(VerbatimExamples.of(lowerSource, lower, List.of(4))).as("\"open\" is an English word").isEmpty();
    }

    @Test
    void recordLinesOfTemplatesHelpOutputAndPoFiles() {
        assertThat(List.of("_Choices: Dialog, Readline", "Type: select", "id: integer",
                "created, modified, updated: datetime", "--scanflags <flags>: Customize TCP scan flags",
                "-sL: List Scan - simply list targets to scan", "# Translators, keep it short", "#. DefaultChoice",
                "msgid \"\"", "\"own language here but UNTRANSLATED. \"",
                "Template: geneweb/lang Type: select __Choices: Danish (da), Dutch (nl)"))
                .allSatisfy(line -> assertThat(VerbatimExamples.isRecordLine(line)).as(line).isTrue());
        assertThat(List.of("Note: Restart the server after the upgrade.", "-f, --force",
                "Packages that use debconf share a common look and feel.",
                "3. Common notation 3.1 Bar lines Warning: key signatures Warnings: slurs vs. ties"))
                .allSatisfy(line -> assertThat(VerbatimExamples.isRecordLine(line)).as(line).isFalse());
    }
}
