package dev.paracheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.Languages;

class TaggedWordsTest {
    private static Set<String> readings(AnalyzedTokenReadings r) {
        return r.getReadings().stream().map(Object::toString).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The term checks tag each distinct word once, on its own, and keep the result: a word tagged alone must read
     * as it does in its sentence, the first word as a first word, every other word as one within a sentence.
     */
    @Test
    void aWordTaggedAloneReadsAsInItsSentence() {
        for (String[] sample : new String[][] {
            {"de", "Am nächsten Tag genehmigte der Ausschuss den Haushalt für die neue Schule."},
            {"en", "The next day the committee approved the budget for the new school."},
        }) {
            Language language = Languages.getLanguageForShortCode(sample[0]);
            List<TaggedWords.Word> inContext = TaggedWords.of(language, sample[1],
                    t -> t.codePoints().anyMatch(Character::isLetter));
            assertThat(inContext).hasSizeGreaterThan(10);
            for (int i = 0; i < inContext.size(); i++) {
                TaggedWords.Word word = inContext.get(i);
                TaggedWords.Word alone = TaggedWords.alone(language, word.text(), i == 0);
                assertThat(readings(alone.asWritten())).as(word.text()).isEqualTo(readings(word.asWritten()));
                assertThat(readings(alone.lowerCase())).as(word.text()).isEqualTo(readings(word.lowerCase()));
            }
        }
        Language german = Languages.getLanguageForShortCode("de");
        assertThat(readings(TaggedWords.alone(german, "Tag", false).asWritten()))
                .as("within a sentence, the noun only").noneMatch(r -> r.startsWith("tagen/"));
        assertThat(readings(TaggedWords.alone(german, "Tag", true).asWritten()))
                .as("as a first word, also the verb of 'tag' in lower case").anyMatch(r -> r.startsWith("tagen/"));
    }
}
