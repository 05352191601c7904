package dev.paracheck.check.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranslatedCodeTest {
    @Test
    void aSpanWhoseWordsATranslatorTranslatedIsExampleData() {
        assertThat(TranslatedCode.translated("`electrical`", "`elektrisch`", "en", "de")).isTrue();
        assertThat(TranslatedCode.translated("`StringLen, OutputVar, InputVar`", "`StringLen, AusgabeVar, EingabeVar`",
                "en", "de")).as("parts of identifiers").isTrue();
        assertThat(TranslatedCode.translated("`Run, Notepad.exe \"C:\\My Documents\\Address List.txt\"`",
                "`Run, Notepad.exe \"C:\\Meine Dateien\\Adressenliste.txt\"`", "en", "de")).as("a path").isTrue();
        assertThat(TranslatedCode.translated("`command`", "`commande`", "en", "fr")).isTrue();
        assertThat(TranslatedCode.translated("`(email address *requested*, not required)`",
                "`(E-Mail Adresse *erbeten*, nicht erforderlich)`", "en", "de")).as("a hyphen within a word").isTrue();
    }

    @Test
    void otherCodeOtherNamesAndChangedSyntaxAreNot() {
        assertThat(TranslatedCode.translated("`Firefox`", "`Chrome`", "en", "de")).as("a name for a name").isFalse();
        assertThat(TranslatedCode.translated("`--verbose`", "`--quiet`", "en", "de")).as("English for English")
                .isFalse();
        assertThat(TranslatedCode.translated("`ls --all`", "`ls --alle`", "en", "de")).as("an option").isFalse();
        assertThat(TranslatedCode.translated("`user=name`", "`Benutzer=name`", "en", "de")).as("a key").isFalse();
        assertThat(TranslatedCode.translated("`laplace`", "`Laplace`", "en", "de")).as("case alone").isFalse();
        assertThat(TranslatedCode.translated("`file.txt`", "`Datei_txt`", "en", "de")).as("syntax").isFalse();
        assertThat(TranslatedCode.translated("`alert('text', callback)`", "`alert('Text', Rückruf)`", "en", "de"))
                .as("a variable passed to a call").isFalse();
        assertThat(TranslatedCode.translated("`results`", "`Des Objekts an den Rückruf übergeben`", "en", "de"))
                .as("a word become a phrase").isFalse();
        assertThat(TranslatedCode.translated("electrical", "elektrisch", "en", "de")).as("no code span").isFalse();
    }
}
