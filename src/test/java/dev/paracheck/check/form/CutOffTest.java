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
}
