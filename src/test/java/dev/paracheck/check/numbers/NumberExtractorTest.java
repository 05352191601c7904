package dev.paracheck.check.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberExtractorTest {
    private static List<String> values(String text) {
        return NumberExtractor.digits(text).stream().map(NumberExtractor.Number::value).toList();
    }

    @Test
    void groupingAndDecimalSeparatorsOfAnyLocale() {
        assertThat(values("1,000.5")).containsExactly("1000.5");
        assertThat(values("1.000,5")).containsExactly("1000.5");
        assertThat(values("1 000,5")).containsExactly("1000.5");
        assertThat(values("420,000 books")).isEqualTo(values("420.000 Bücher")).containsExactly("420000");
        assertThat(values("3.14")).isEqualTo(values("3,14")).containsExactly("3.14");
        assertThat(values("2,500 signatures")).isEqualTo(values("2.500 Unterschriften"));
    }

    @Test
    void rangesDatesAndTimes() {
        assertThat(values("term 2025-2030")).containsExactly("2025", "2030");
        assertThat(values("Amtszeit 2025–2030")).containsExactly("2025", "2030");
        assertThat(values("July 14-15")).containsExactlyInAnyOrderElementsOf(values("14. und 15. Juli"));
        assertThat(values("on 14.07.2025")).containsExactly("14", "7", "2025");
        assertThat(values("from 8 a.m. to 10 p.m.")).containsExactly("8", "22");
        assertThat(values("50% and 1st")).containsExactly("50", "1");
    }

    @Test
    void numberWordsAreReadApart() {
        assertThat(NumberExtractor.words("sechs Punkte und zwei Fragen")).extracting(NumberExtractor.Number::value)
                .containsExactly("6", "2");
        assertThat(NumberExtractor.digits("sechs")).isEmpty();
    }
}
