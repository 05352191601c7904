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

    /** A figure's or table's number after its label is the document's numbering; the content's numbers stay. */
    @Test
    void theNumbersOfFiguresAndTablesAreTheDocumentsNumbering() {
        assertThat(NumberCheck.withoutLabelNumbers("Figure 4.4. Scroll Control")).isEqualTo("Figure    . Scroll Control");
        assertThat(NumberCheck.withoutLabelNumbers("siehe Abbildung 12 und Tabelle 3-1"))
                .isEqualTo("siehe Abbildung    und Tabelle    ");
        assertThat(NumberCheck.withoutLabelNumbers("a table of 20 rows, figure 7 times"))
                .isEqualTo("a table of 20 rows, figure 7 times");
        assertThat(NumberCheck.withoutLabelNumbers("Table 1,000 rows")).isEqualTo("Table 1,000 rows");
    }
}
