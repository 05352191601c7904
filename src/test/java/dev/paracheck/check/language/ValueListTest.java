package dev.paracheck.check.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueListTest {
    @Test
    void commandsAndSettingsAProgramAcceptsAreTheSameInEveryLanguage() {
        assertThat(UntranslatedCheck.isValueList("play, slow2, slow4, pause, fast2, fast4, stop, quit, eject."))
                .isTrue();
        assertThat(UntranslatedCheck.isValueList("auto, square, 4:3, anamorphic, dvb.")).isTrue();
    }

    @Test
    void aSentenceOrAShortListIsNot() {
        assertThat(UntranslatedCheck.isValueList("Choose one of the modes, then press play, pause or stop."))
                .isFalse();
        assertThat(UntranslatedCheck.isValueList("red, green, blue.")).as("three items").isFalse();
        assertThat(UntranslatedCheck.isValueList("It reads files, parses them, checks links, and writes reports."))
                .isFalse();
    }
}
