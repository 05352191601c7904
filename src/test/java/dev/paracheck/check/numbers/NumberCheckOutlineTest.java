package dev.paracheck.check.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberCheckOutlineTest {
    @Test
    void sectionNumbersOpeningATextAreOutlineNotContent() {
        assertThat(NumberCheck.withoutOutlineNumber("18.2.1. Importing customers")).isEqualTo(" Importing customers");
        assertThat(NumberCheck.withoutOutlineNumber("22.2.")).isEmpty();
        assertThat(NumberCheck.withoutOutlineNumber("3.")).isEmpty();
        assertThat(NumberCheck.withoutOutlineNumber("2. Tippe :q! <ENTER>")).isEqualTo(" Tippe :q! <ENTER>");
    }

    @Test
    void numbersOfTheContentStay() {
        assertThat(NumberCheck.withoutOutlineNumber("5. Mai ist ein Feiertag")).isEqualTo("5. Mai ist ein Feiertag");
        assertThat(NumberCheck.withoutOutlineNumber("14. Juli 2025")).isEqualTo("14. Juli 2025");
        assertThat(NumberCheck.withoutOutlineNumber("3.5 million users")).isEqualTo("3.5 million users");
        assertThat(NumberCheck.withoutOutlineNumber("Version 18.2.1 fixes it")).isEqualTo("Version 18.2.1 fixes it");
    }
}
