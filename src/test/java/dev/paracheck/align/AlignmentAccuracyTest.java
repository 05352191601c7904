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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * A book whose translation lost ten chapters (270 sentences): 160 chapters made from the lighthouse pair, each
     * with its own keeper's name and years (the same on both sides, as a real book's chapters differ), ten of them
     * missing from the German. Past the size aligned in one direct band, so the coarse plan must find the gap (a
     * floor: numbers and names make this text easier than a novel; the benchmark measures the harder case).
     * Their English sentences must come out as omissions.
     */
    @Test
    void chaptersMissingFromABookLengthTranslationComeOutAsOmissions() throws IOException {
        List<String> en = Files.readAllLines(TestFiles.resource("gold/lighthouse.en"));
        List<String> de = Files.readAllLines(TestFiles.resource("gold/lighthouse.de"));
        List<String> bookEn = new ArrayList<>();
        List<String> bookDe = new ArrayList<>();
        int from = 0;
        int to = 0;
        for (int chapter = 1; chapter <= 160; chapter++) {
            boolean missing = chapter >= 60 && chapter < 70;
            if (chapter == 60) {
                from = bookEn.size();
            }
            int seed = chapter;
            bookEn.add("Chapter " + chapter + ".");
            en.forEach(line -> bookEn.add(ownChapter(line, seed)));
            if (chapter == 69) {
                to = bookEn.size();
            }
            if (!missing) {
                bookDe.add("Kapitel " + chapter + ".");
                de.forEach(line -> bookDe.add(ownChapter(line, seed)));
            }
        }
        assertThat(bookEn.size()).isGreaterThan(BandPlanner.DIRECT_LIMIT);

        Alignment alignment = new DocumentAligner().align(Segmenter.fromLines(Path.of("en"), bookEn, "en"),
                Segmenter.fromLines(Path.of("de"), bookDe, "de"));

        int first = from;
        int last = to;
        long omitted = alignment.sentences().stream().filter(Link::isOmission)
                .filter(l -> l.source().get(0) >= first && l.source().get(0) < last).count();
        assertThat(omitted).as("omissions among the %d sentences of the missing chapters", last - first)
                .isGreaterThanOrEqualTo((long) (0.9 * (last - first)));
    }

    /** The line with the keeper's name and the years made the chapter's own, from a seed both sides share. */
    private static String ownChapter(String line, int seed) {
        String name = "" + (char) ('A' + seed % 26) + (char) ('a' + seed / 26 % 26) + (char) ('a' + seed / 676 % 26) + "ra";
        Matcher m = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b").matcher(line.replace("Martha", name)
                .replace("Lindqvist", name + "sen"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(1000 + (Integer.parseInt(m.group(1)) * 7 + seed) % 8999));
        }
        return m.appendTail(out).toString();
    }

    /**
     * The lighthouse pair twice over, as a document that repeats itself (a boilerplate notice, a chorus): every
     * word now occurs twice, which weakens the anchors (the document-frequency filter) and puts each sentence's
     * twin in reach of a move; the lone omission and addition of each copy must still be found.
     */
    @Test
    void aPairThatRepeatsItselfAlignsAsWellAsOneCopy() throws IOException {
        List<String> en = Files.readAllLines(TestFiles.resource("gold/lighthouse.en"));
        List<String> de = Files.readAllLines(TestFiles.resource("gold/lighthouse.de"));
        List<Ladder.Bead> gold = new ArrayList<>(Ladder.read(TestFiles.resource("gold/lighthouse.ladder")));
        gold.addAll(Ladder.shifted(gold, en.size(), de.size()));
        List<String> twiceEn = new ArrayList<>(en);
        twiceEn.addAll(en);
        List<String> twiceDe = new ArrayList<>(de);
        twiceDe.addAll(de);

        Alignment alignment = new DocumentAligner().align(Segmenter.fromLines(Path.of("en"), twiceEn, "en"),
                Segmenter.fromLines(Path.of("de"), twiceDe, "de"));
        AlignmentScore s = new AlignmentScore();
        s.add(gold, alignment.sentences().stream().map((Link l) -> new Ladder.Bead(l.source(), l.target())).toList());

        assertThat(s.strictF1()).as("strict F1").isGreaterThanOrEqualTo(0.95);
        assertThat(s.nullF1()).as("F1 of the two omissions and two additions").isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void theLighthousePairAlignsAboveItsFloors() throws IOException {
        AlignmentScore s = score("lighthouse");
        assertThat(s.strictF1()).as("strict F1").isGreaterThanOrEqualTo(0.90);
        assertThat(s.laxF1()).as("lax F1").isGreaterThanOrEqualTo(0.95);
        assertThat(s.nullF1()).as("F1 of the sentence left out and the one added").isGreaterThanOrEqualTo(0.99);
    }
}
