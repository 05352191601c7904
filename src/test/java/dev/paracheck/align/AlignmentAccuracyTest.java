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

    @Test
    void theLighthousePairAlignsAboveItsFloors() throws IOException {
        AlignmentScore s = score("lighthouse");
        assertThat(s.strictF1()).as("strict F1").isGreaterThanOrEqualTo(0.90);
        assertThat(s.laxF1()).as("lax F1").isGreaterThanOrEqualTo(0.95);
        assertThat(s.nullF1()).as("F1 of the sentence left out and the one added").isGreaterThanOrEqualTo(0.99);
    }
}
