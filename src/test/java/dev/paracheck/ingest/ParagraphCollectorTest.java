package dev.paracheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A numbered list set as the lines of a page's block (a PDF's layout) comes apart into its items. */
class ParagraphCollectorTest {
    @Test
    void aNumberedListSetAsLinesComesApartIntoItsItems() {
        ParagraphCollector c = new ParagraphCollector(1_000_000, 1_000);

        assertThat(c.numberedItems("15. Amount of memory required with this xz version\n16. Filter chain. Note that"))
                .containsExactly("15. Amount of memory required with this xz version", "16. Filter chain. Note that");
        // a list broken across blocks: the next block's item follows the last number seen
        assertThat(c.numberedItems("The columns of the summary lines:\n2. Amount of memory\n3. yes or no if"))
                .containsExactly("The columns of the summary lines:", "2. Amount of memory", "3. yes or no if");
        assertThat(c.numberedItems("size is present. Since xz 5.1.2alpha:\n4. Minimum xz version"))
                .containsExactly("size is present. Since xz 5.1.2alpha:", "4. Minimum xz version");
    }

    @Test
    void aDateAtALinesStartOpensNoItem() {
        ParagraphCollector c = new ParagraphCollector(1_000_000, 1_000);

        assertThat(c.numberedItems("Die Konferenz beginnt am\n16. Mai 2024 in Berlin und dauert\n3. Tage lang."))
                .singleElement();
        // a heading numbered 2, then a paragraph between: the date after it opens no item
        assertThat(c.numberedItems("2. Installation")).singleElement();
        assertThat(c.numberedItems("Lies zuerst die Hinweise.")).singleElement();
        assertThat(c.numberedItems("Die Konferenz findet am\n3. Oktober statt.")).singleElement();
    }
}
