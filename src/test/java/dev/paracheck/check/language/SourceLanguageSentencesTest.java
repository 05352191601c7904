package dev.paracheck.check.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SourceLanguageSentencesTest {
    private static final List<String> ENGLISH = List.of(
            "The old harbour of the town was rebuilt after the storm of the winter before.",
            "Fishermen had used it for centuries, and their boats were moored along the eastern wall.",
            "When the water rose, most of the wooden piers were carried away in a single night.",
            "The council decided to keep the shape of the old quay but to build it in stone.",
            "Work began in the spring and took almost two years to finish.",
            "Many of the workers were the sons and daughters of the families who had lived there.",
            "They found coins, broken pottery and the remains of a small chapel under the mud.",
            "The finds are now shown in a room of the library next to the market square.",
            "Today the harbour is used by sailing boats in the summer and by a ferry all year round.",
            "Visitors can walk along the wall to the lighthouse at the end of the pier.",
            "In the evening the cafés along the water are full of people watching the boats come in.",
            "A plaque near the steps tells the story of the storm and of the people who rebuilt the port.");
    private static final List<String> GERMAN = List.of(
            "Der alte Hafen der Stadt wurde nach dem Sturm des vorigen Winters wieder aufgebaut.",
            "Fischer hatten ihn seit Jahrhunderten genutzt, und ihre Boote lagen an der östlichen Mauer.",
            "Als das Wasser stieg, wurden die meisten hölzernen Stege in einer einzigen Nacht fortgerissen.",
            "Der Rat beschloss, die Form des alten Kais zu bewahren, ihn aber aus Stein zu bauen.",
            "Die Arbeiten begannen im Frühjahr und dauerten fast zwei Jahre.",
            "Viele der Arbeiter waren die Söhne und Töchter der Familien, die dort gelebt hatten.",
            "Sie fanden Münzen, zerbrochene Töpferwaren und die Reste einer kleinen Kapelle unter dem Schlamm.",
            "Die Funde werden heute in einem Raum der Bibliothek neben dem Marktplatz gezeigt.",
            "Heute wird der Hafen im Sommer von Segelbooten und das ganze Jahr über von einer Fähre genutzt.",
            "Besucher können auf der Mauer bis zum Leuchtturm am Ende der Mole gehen.",
            "Am Abend sind die Cafés am Wasser voller Menschen, die den ankommenden Booten zusehen.",
            "Eine Tafel bei den Stufen erzählt die Geschichte des Sturms und der Menschen, die den Hafen "
                    + "wieder aufgebaut haben.");

    private static List<Integer> found(List<String> source, List<String> target) {
        boolean[] found = SourceLanguageSentences.of(source, target)
                .find(IntStream.range(0, target.size()).boxed().toList());
        return IntStream.range(0, found.length).filter(k -> found[k]).boxed().toList();
    }

    @Test
    void aSentenceLeftInTheSourceLanguageIsFoundAndNoOther() {
        List<String> german = new ArrayList<>(GERMAN);
        german.set(5, ENGLISH.get(5));

        assertThat(found(ENGLISH, german)).containsExactly(5);
        assertThat(found(ENGLISH, GERMAN)).isEmpty();
    }

    @Test
    void aBlockOfSourceLanguageIsFoundWhole() {
        // a third of the target in the source language weighs on the target's own profile: found in rounds
        List<String> german = new ArrayList<>(GERMAN);
        for (int k = 4; k < 8; k++) {
            german.set(k, ENGLISH.get(k));
        }

        assertThat(found(ENGLISH, german)).containsExactly(4, 5, 6, 7);
    }

    @Test
    void englishNamesAndTermsInAGermanSentenceAreNoEnglish() {
        List<String> german = new ArrayList<>(GERMAN);
        german.set(7, "Die Funde zeigt das Harbour Heritage Museum, gefördert vom Coastal Trust Fund, "
                + "im Rahmen der Ausstellung Lost Piers and Hidden Chapels.");

        assertThat(found(ENGLISH, german)).isEmpty();
    }

    @Test
    void aSecondOpinionOnAParagraphTakenForTheSourceLanguage() {
        List<String> german = new ArrayList<>(GERMAN);
        german.set(3, ENGLISH.get(3));
        german.set(4, "Das Harbour Museum ist Copyright 2006, Anna Keller and Paul Brandt.");
        SourceLanguageSentences models = SourceLanguageSentences.of(ENGLISH, german);

        assertThat(models.confirms(List.of(3))).isTrue();
        // names and a word or two: too little to tell, so a general identifier's "English" is not confirmed
        assertThat(models.confirms(List.of(4))).isFalse();
        assertThat(models.confirms(List.of(5))).isFalse();
        // too little text for the pair's own models: the identifier's verdict stands, unless it is names
        SourceLanguageSentences small = SourceLanguageSentences.of(ENGLISH.subList(0, 2),
                List.of(ENGLISH.get(0), "Anna Keller, Paul Brandt und der Hafen."));
        assertThat(small.confirms(List.of(0))).isTrue();
        assertThat(small.confirms(List.of(1))).isFalse();
    }

    @Test
    void tooLittleTextToKnowTheLanguagesJudgesNothing() {
        assertThat(found(ENGLISH.subList(0, 2), List.of(GERMAN.get(0), ENGLISH.get(1)))).isEmpty();
    }

    @Test
    void onlyLowerCaseWordsCount() {
        assertThat(SourceLanguageSentences.lowerCaseWords("The Cloud Native glossary, see v1.2 and e-mail it!"))
                .isEqualTo("glossary see and e-mail it ");
        assertThat(SourceLanguageSentences.judgeable("Anna Keller, Basel")).isFalse();
        assertThat(SourceLanguageSentences.judgeable("It is the same old story.")).isTrue();
    }
}
