package dev.paracheck.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void englishAbbreviationsDoNotEndASentence() {
        assertThat(splitter.split("Mr. Smith arrived at 5 p.m. on Monday. He left early.", "en"))
                .containsExactly("Mr. Smith arrived at 5 p.m. on Monday.", "He left early.");
    }

    @Test
    void germanDatesAndAbbreviationsStayInOneSentence() {
        assertThat(splitter.split("Der Kongress fand am 14. Juli statt, z. B. in Hanoi. Er war wichtig.", "de"))
                .containsExactly("Der Kongress fand am 14. Juli statt, z. B. in Hanoi.", "Er war wichtig.");
    }

    @Test
    void languagesWithoutLanguageToolRulesFallBackToTheJdk() {
        assertThat(SentenceSplitter.hasRules("vi")).isFalse();
        assertThat(splitter.split("Hội nghị đã kết thúc. Các đại biểu ra về.", "vi"))
                .containsExactly("Hội nghị đã kết thúc.", "Các đại biểu ra về.");
    }

    @Test
    void aSingleLineBreakEndsASentence() {
        assertThat(splitter.split("(Photo: Quang Hoa) |\nThe conference aims high.", "en")).hasSize(2);
    }
}
