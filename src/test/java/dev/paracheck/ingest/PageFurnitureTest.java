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
}
