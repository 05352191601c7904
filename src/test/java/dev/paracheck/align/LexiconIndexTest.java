package dev.paracheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Lexicon;
import dev.paracheck.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconIndexTest {
    private static final Lexicon DE_EN = new Lexicon(List.of(
            new Lexicon.Entry(List.of("haus"), List.of("house")),
            new Lexicon.Entry(List.of("garten"), List.of("garden"))));

    private static List<Sentence> sentences(String... texts) {
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Sentence(i, 0, texts[i], 1));
        }
        return out;
    }

    private static List<String> keys(LexiconIndex index, String word, boolean source) {
        List<String> out = new ArrayList<>();
        index.keys(word, source, out);
        return out;
    }

    @Test
    void aWordAndItsTranslationShareAKeyWhicheverWayTheLexiconRuns() {
        LexiconIndex deToEn = LexiconIndex.of(DE_EN, sentences("Das Haus hat einen Garten."),
                sentences("The house has a garden."));
        assertThat(keys(deToEn, "Haus", true)).isNotEmpty().isEqualTo(keys(deToEn, "house", false));
        assertThat(keys(deToEn, "house", true)).as("English is not the source here").isEmpty();

        LexiconIndex enToDe = LexiconIndex.of(DE_EN, sentences("The house has a garden."),
                sentences("Das Haus hat einen Garten."));
        assertThat(keys(enToDe, "garden", true)).isNotEmpty().isEqualTo(keys(enToDe, "Garten", false));
    }

    @Test
    void withoutALexiconThereAreNoKeys() {
        assertThat(keys(LexiconIndex.of(Lexicon.EMPTY, sentences("Haus"), sentences("house")), "Haus", true))
                .isEmpty();
    }
}
