package dev.paracheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {
    private static ParagraphCollector.Block block(String text, int page) {
        return new ParagraphCollector.Block(text, page, "p");
    }

    @Test
    void runningHeadsAndFeetWithTheirPageNumbersGoTheTextStays() {
        List<ParagraphCollector.Block> blocks = List.of(block("WATCH(1) User Commands WATCH(1)", 1),
                block("NAME watch - execute a program periodically", 1), block("It runs the command", 1),
                block("procps-ng 2021-04-24 1", 1), block("WATCH(1) User Commands WATCH(1)", 2),
                block("repeatedly, showing its output.", 2), block("procps-ng 2021-04-24 2", 2));

        assertThat(PageFurniture.without(blocks)).extracting(ParagraphCollector.Block::text).containsExactly(
                "NAME watch - execute a program periodically", "It runs the command",
                "repeatedly, showing its output.");
    }

    @Test
    void aSinglePageKeepsEverything() {
        List<ParagraphCollector.Block> blocks = List.of(block("Title", 1), block("Text.", 1), block("Title", 1));
        assertThat(PageFurniture.without(blocks)).isEqualTo(blocks);
    }

    /** An index's page goes: entries with leaders, entries with their pages, pages alone, group letters. */
    @Test
    void thePagesOfAnIndexGoTheTextAndItsNumbersStay() {
        List<ParagraphCollector.Block> blocks = List.of(block("Use 3 rules in 2 tables, 5. in a row.", 1),
                block("The rules are 10, 20, 30", 1), block("M", 1),
                block("M", 2), block("\\m@ne . . . . . . . . . 118", 2), block("\\midrule . . . . . 4, 39, 88", 2),
                block("\\morecmidrules . . . .\n. . . . . . 5, 132, 149", 2), block("\\newcount 25, 26, 29, 30", 2),
                block("70, 94, 117, 121, 149", 2), block("N", 2), block("Index", 2));

        assertThat(PageFurniture.withoutNavigation(blocks)).extracting(ParagraphCollector.Block::text)
                .containsExactly("Use 3 rules in 2 tables, 5. in a row.", "The rules are 10, 20, 30", "M", "Index");
    }

    @Test
    void twoLinesWithLeadersMakeNoIndex() {
        List<ParagraphCollector.Block> blocks = List.of(block("Wait . . . . 5", 1), block("Then . . . . 10", 1),
                block("M", 1));
        assertThat(PageFurniture.withoutNavigation(blocks)).isEqualTo(blocks);
    }
}
