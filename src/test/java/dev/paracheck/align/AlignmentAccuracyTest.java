package dev.paracheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.bench.AlignmentScore;
import dev.paracheck.bench.Ladder;
import dev.paracheck.model.Alignment;
import dev.paracheck.model.Document;
import dev.paracheck.model.Link;
import dev.paracheck.segment.Segmenter;
import dev.paracheck.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * F1 floors on a gold-aligned pair of our own (gold/lighthouse.*: 26 English and 26 German sentences, one per line,
 * with a 2-1, a 1-2, a sentence left out and a sentence added), scored like vecalign's scorer.
 */
class AlignmentAccuracyTest {
    private static AlignmentScore score(String name) throws IOException {
        Path en = TestFiles.resource("gold/" + name + ".en");
        Path de = TestFiles.resource("gold/" + name + ".de");
        Document source = Segmenter.fromLines(en, Files.readAllLines(en), "en");
        Document target = Segmenter.fromLines(de, Files.readAllLines(de), "de");
        Alignment alignment = new DocumentAligner().align(source, target);
        List<Ladder.Bead> hyp = alignment.sentences().stream()
                .map((Link l) -> new Ladder.Bead(l.source(), l.target())).toList();
        AlignmentScore score = new AlignmentScore();
        score.add(Ladder.read(TestFiles.resource("gold/" + name + ".ladder")), hyp);
        return score;
    }

    /**
     * 160 numbered chapters of the lighthouse pair, 4,320 sentences a side: past the size aligned in one direct
     * band, so the coarse plan of thinned blocks, the fine band around it and the second pass's band around the
     * first path are all in play. They may cost no accuracy against two chapters of the same text, which are
     * aligned in one direct band.
     */
    @Test
    void theCoarsePlanOfABookLengthPairCostsNoAccuracy() throws IOException {
        AlignmentScore book = chapters(160);
        AlignmentScore direct = chapters(2);

        assertThat(book.strictF1()).as("strict F1").isGreaterThanOrEqualTo(direct.strictF1() - 0.005);
        assertThat(book.laxF1()).as("lax F1").isGreaterThanOrEqualTo(direct.laxF1() - 0.005);
        assertThat(book.laxF1()).isGreaterThanOrEqualTo(0.75);
    }

    private static AlignmentScore chapters(int count) throws IOException {
        List<String> en = Files.readAllLines(TestFiles.resource("gold/lighthouse.en"));
        List<String> de = Files.readAllLines(TestFiles.resource("gold/lighthouse.de"));
        List<Ladder.Bead> chapterGold = Ladder.read(TestFiles.resource("gold/lighthouse.ladder"));
        List<String> bookEn = new ArrayList<>();
        List<String> bookDe = new ArrayList<>();
        List<Ladder.Bead> gold = new ArrayList<>();
        for (int chapter = 1; chapter <= count; chapter++) {
            gold.add(new Ladder.Bead(List.of(bookEn.size()), List.of(bookDe.size())));
            bookEn.add("Chapter " + chapter + ".");
            bookDe.add("Kapitel " + chapter + ".");
            gold.addAll(Ladder.shifted(chapterGold, bookEn.size(), bookDe.size()));
            bookEn.addAll(en);
            bookDe.addAll(de);
        }
        if (count > 100) {
            assertThat(bookEn.size()).isGreaterThan(BandPlanner.DIRECT_LIMIT);
        }
        Alignment alignment = new DocumentAligner().align(Segmenter.fromLines(Path.of("en"), bookEn, "en"),
                Segmenter.fromLines(Path.of("de"), bookDe, "de"));
        AlignmentScore s = new AlignmentScore();
        s.add(gold, alignment.sentences().stream().map((Link l) -> new Ladder.Bead(l.source(), l.target())).toList());
        return s;
    }

    @Test
    void theLighthousePairAlignsAboveItsFloors() throws IOException {
        AlignmentScore s = score("lighthouse");
        assertThat(s.strictF1()).as("strict F1").isGreaterThanOrEqualTo(0.90);
        assertThat(s.laxF1()).as("lax F1").isGreaterThanOrEqualTo(0.95);
        assertThat(s.nullF1()).as("F1 of the sentence left out and the one added").isGreaterThanOrEqualTo(0.99);
    }
}
