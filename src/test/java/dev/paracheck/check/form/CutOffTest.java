package dev.paracheck.check.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CutOffTest {
    @Test
    void aSentenceEndingInAWordNoSentenceEndsWithWasCutOff() {
        assertThat(CutOff.lastWord("Jetzt müssen wir die Noten einfügen und.", "de")).isEqualTo("und");
        assertThat(CutOff.lastWord("Il faut ajouter la musique de.", "fr")).isEqualTo("de");
        assertThat(CutOff.lastWord("Now add the music of the.", "en")).isEqualTo("the");
        // an indefinite article after "and" / "or": the coordination was cut
        assertThat(CutOff.lastWord("Il existe une image officielle docker et un.", "fr")).isEqualTo("un");
        assertThat(CutOff.lastWord("Es gibt ein Docker-Abbild und eine.", "de")).isEqualTo("eine");
        assertThat(CutOff.lastWord("J'en veux un.", "fr")).isNull();
        assertThat(CutOff.lastWord("Ich nehme eine.", "de")).isNull();
        assertThat(CutOff.lastWord("Now add the music of the.\u201d", "en")).as("a closing quote").isEqualTo("the");
    }

    @Test
    void wordsThatEndSentencesTooAndOtherLanguagesAreNone() {
        assertThat(CutOff.lastWord("See plan A.", "en")).as("a capital letter").isNull();
        assertThat(CutOff.lastWord("Si la courbe n'est pas sélectionnée, sélectionnez le.", "fr"))
                .as("an imperative's object pronoun, its hyphen forgotten").isNull();
        assertThat(CutOff.lastWord("Choisissez ensuite la couleur de la.", "fr")).isEqualTo("la");
        assertThat(CutOff.lastWord("Ich weiß das.", "de")).as("a demonstrative").isNull();
        assertThat(CutOff.lastWord("Er schaltet es aus.", "de")).as("a separable particle").isNull();
        assertThat(CutOff.lastWord("Couper le son.", "fr")).as("a noun").isNull();
        assertThat(CutOff.lastWord("Log in.", "en")).as("a particle").isNull();
        assertThat(CutOff.lastWord("Kopiere den Pfad ins-und.", "de")).as("part of a word").isNull();
        assertThat(CutOff.lastWord("Hace frío y.", "es")).as("a language without a list").isNull();
    }

    @Test
    void aGermanAdjectiveInflectedForItsNounEndsNoSentenceOfItsOwn() {
        assertThat(CutOff.inflectedAdjective("Sie können für das Intervall eine beliebige.", "de"))
                .isEqualTo("beliebige");
        assertThat(CutOff.inflectedAdjective("Das Haus ist groß.", "de")).as("predicative").isNull();
        assertThat(CutOff.inflectedAdjective("Sie müssen sich einige.", "de")).as("also a verb").isNull();
        assertThat(CutOff.inflectedAdjective("Halten Sie die Taste gedrückt.", "de")).as("a participle").isNull();
        assertThat(CutOff.inflectedAdjective("Choose the default one.", "en")).as("English").isNull();
    }

    @Test
    void aWordThatOpensAClauseEndsNoSentenceRightAfterAComma() {
        assertThat(CutOff.lastWord("Halten Sie die Taste gedrückt, um.", "de")).isEqualTo("um");
        assertThat(CutOff.lastWord("Vim hat viele Funktionen, die.", "de")).isEqualTo("die");
        assertThat(CutOff.lastWord("Choisissez le fichier, qui.", "fr")).isEqualTo("qui");
        assertThat(CutOff.lastWord("Er dreht sich um.", "de")).as("a particle, no comma").isNull();
        assertThat(CutOff.lastWord("Ich nehme die.", "de")).as("a pronoun, no comma").isNull();
        assertThat(CutOff.lastWord("Ja, bitte.", "de")).as("a word that ends answers").isNull();
    }

    @Test
    void aSubordinateClauseAloneIsAFragment() {
        assertThat(CutOff.subordinateOnly("Wenn Sie den Befehl ausführen.", "de")).isEqualTo("Wenn");
        assertThat(CutOff.subordinateOnly("Um die Datei zu öffnen.", "de")).isEqualTo("Um");
        assertThat(CutOff.subordinateOnly("Um die Datei herunterzuladen.", "de")).isEqualTo("Um");
        assertThat(CutOff.subordinateOnly("Lorsque vous lancez la commande.", "fr")).isEqualTo("Lorsque");
        assertThat(CutOff.subordinateOnly("S'il existe déjà.", "fr")).isEqualTo("S'il");
        assertThat(CutOff.subordinateOnly("If the file exists.", "en")).isEqualTo("If");
        assertThat(CutOff.subordinateOnly("Auch wenn KWrite meistens vom Startmenü geöffnet wird.", "de"))
                .as("a conjunction after a particle").isEqualTo("Auch wenn");
        assertThat(CutOff.subordinateOnly("Même si le fichier existe déjà.", "fr")).isEqualTo("Même si");
        assertThat(CutOff.subordinateOnly("Auch wenn KWrite meistens vom Startmenü geöffnet wird, kann es von "
                + "einer Befehlszeile gestartet werden.", "de")).as("with its main clause").isNull();
        assertThat(CutOff.subordinateOnly("Auch die Datei wird geöffnet.", "de")).as("no conjunction").isNull();
        assertThat(CutOff.subordinateOnly("Wenn Sie den Befehl ausführen, erscheint die Liste.", "de"))
                .as("with its main clause").isNull();
        assertThat(CutOff.subordinateOnly("Um acht Uhr gehen wir zu Bett.", "de")).as("a preposition").isNull();
        assertThat(CutOff.subordinateOnly("Damit ist der Kurs beendet.", "de")).as("an adverb").isNull();
        assertThat(CutOff.subordinateOnly("Während der Installation wartet man.", "de")).as("a preposition")
                .isNull();
        assertThat(CutOff.subordinateOnly("Wenn nötig.", "de")).as("two words").isNull();
        assertThat(CutOff.subordinateOnly("Wenn ja, welche?", "de")).as("a question").isNull();
    }

    @Test
    void aGermanModalVerbWithoutItsInfinitiveLostTheSentencesEnd() {
        assertThat(CutOff.modalWithoutVerb("Sie können die standardmäßige Benutzerschnittstelle.", "de"))
                .isEqualTo("können");
        assertThat(CutOff.modalWithoutVerb("Im Falle fehlender Keys kann das Zuweisen der betreffenden Einträge.",
                "de")).isEqualTo("kann");
        assertThat(CutOff.modalWithoutVerb("Sie können die Datei öffnen.", "de")).as("its infinitive").isNull();
        assertThat(CutOff.modalWithoutVerb("Sie können die Datei mit dem Editor öffnen.", "de")).isNull();
        assertThat(CutOff.modalWithoutVerb("Ich muss nach Hause.", "de")).as("a direction").isNull();
        assertThat(CutOff.modalWithoutVerb("Die Grenze kann höher sein als in Europa.", "de")).as("a comparison")
                .isNull();
        assertThat(CutOff.modalWithoutVerb("Es muss einsam sein im großen fernen Himmel.", "de"))
                .as("the infinitive before a phrase put after it").isNull();
        assertThat(CutOff.modalWithoutVerb("Er sagt, dass man es ändern kann, ohne Probleme.", "de"))
                .as("a comma").isNull();
        assertThat(CutOff.modalWithoutVerb("You can open the File.", "en")).as("English").isNull();
    }
}
