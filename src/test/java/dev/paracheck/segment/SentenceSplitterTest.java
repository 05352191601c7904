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

    @Test
    void noCutInsideAnInlineCodeSpanButALoneBacktickChangesNothing() {
        assertThat(splitter.split("Replace script with `- cp -r docs/. public`, if `./docs` is your folder. "
                + "Then push.", "en")).containsExactly(
                "Replace script with `- cp -r docs/. public`, if `./docs` is your folder.", "Then push.");
        assertThat(splitter.split("Type ` and a letter. Then stop. It works.", "en"))
                .containsExactly("Type ` and a letter.", "Then stop.", "It works.");
        // a backtick missing elsewhere: no span of prose
        assertThat(splitter.split("Die `save()-Methode prüft zunächst auf Fehler. Wir werden uns diese Fehler "
                + "im Kapitel über die Validierung später genauer ansehen. Nutze `save()` dafür.", "de")).hasSize(3);
    }
}
