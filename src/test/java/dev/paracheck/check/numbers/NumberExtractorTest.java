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
        assertThat(values("in ms from 1970.1.1 on")).containsExactlyInAnyOrderElementsOf(values("seit dem 01.01.1970"));
        assertThat(values("on 2024/03/15")).containsExactly("2024", "3", "15");
    }

    /** A URL's or an address's digits are part of it: the entity check compares it whole. */
    @Test
    void theDigitsOfAUrlOrAnAddressAreNoNumbersOfTheText() {
        assertThat(values("Read [here] (https://example.org/influxdb/v1.8/%5Bbackup%5D) in 5 minutes."))
                .containsExactly("5");
        assertThat(values("See www.example.org/2024/news or mail team2@example.org")).isEmpty();
        assertThat(values("In 3 minutes:https://example.org/v4")).containsExactly("3");
        assertThat(values("Listen on tcp://0.0.0.0:2375 here")).contains("2375");
    }

    /** Forms met in the WMT24 EN–DE references, which a professional translation changes without error. */
    @Test
    void twelveHourTimesShortYearRangesDecadesAndThousands() {
        assertThat(values("JANUARY 14th, 10:26 PM, 2543.")).containsExactly("1", "14", "22", "26", "2543");
        assertThat(values("with a reception from 6-8 p.m.")).containsExactly("18", "20");
        assertThat(values("from 11-1 pm")).containsExactly("11", "13");
        assertThat(values("at 10:05 pm")).containsExactly("22", "5");
        assertThat(values("from 1981-87")).containsExactly("1981", "1987");
        assertThat(values("the 1998/02 season")).containsExactly("1998", "2002");
        assertThat(values("pages 12-14")).containsExactly("12", "14");
        assertThat(values("Psych2Goers and B2B, but MP3 and A310")).containsExactly("3", "310");
        assertThat(NumberExtractor.digits("the 1970s, den 70ern, '80s, 100k and 7 km"))
                .extracting(NumberExtractor.Number::text).containsExactly("1970s", "70ern", "80s", "100k", "7");
        assertThat(NumberExtractor.decade("1970s")).isEqualTo(NumberExtractor.decade("70er")).isEqualTo(70);
        assertThat(NumberExtractor.decade("75s")).isEqualTo(-1);
        assertThat(NumberExtractor.thousands("2.5")).isEqualTo("2500");
    }

    @Test
    void numberWordsAreReadApart() {
        assertThat(NumberExtractor.words("sechs Punkte und zwei Fragen")).extracting(NumberExtractor.Number::value)
                .containsExactly("6", "2");
        assertThat(NumberExtractor.digits("sechs")).isEmpty();
        assertThat(NumberExtractor.words("twenty-two years, fifteen minutes, zweiundzwanzig Jahre"))
                .extracting(NumberExtractor.Number::value).contains("22", "15").endsWith("22");
        assertThat(NumberExtractor.words("eine einprozentige Kürzung, zweistündiges Interview, dreimal"))
                .extracting(NumberExtractor.Number::value).containsExactly("1", "1", "2", "3");
        assertThat(NumberExtractor.words("einfach eine Einheit")).extracting(NumberExtractor.Number::value)
                .containsExactly("1");
        // "drei" begins "dreißig" too: the head that leaves a compound tail counts
        assertThat(NumberExtractor.words("ein dreißigjähriges Darlehen, vierzigfach"))
                .extracting(NumberExtractor.Number::value).containsExactly("1", "30", "40");
    }

    @Test
    void aMonthNamedNextToANumberIsItsNumber() {
        assertThat(values("2022-11-02")).containsExactlyInAnyOrderElementsOf(values("2. November 2022"))
                .containsExactlyInAnyOrderElementsOf(values("November 2, 2022"))
                .containsExactlyInAnyOrderElementsOf(values("2 novembre 2022"));
        assertThat(values("procps-ng 2021-04-24")).containsExactlyInAnyOrder("2021", "4", "24");
        assertThat(values("24. April 2021")).containsExactlyInAnyOrder("24", "4", "2021");
        assertThat(values("You may 2 times")).containsExactly("2");
        assertThat(values("JANUARY 14th, 2543")).containsExactlyInAnyOrderElementsOf(values("14. Januar 2543"));
    }
}
