package dev.paracheck.testing;

import dev.paracheck.model.Alignment;
import dev.paracheck.model.AlignmentStats;
import dev.paracheck.model.Document;
import dev.paracheck.model.Link;
import dev.paracheck.model.Paragraph;
import dev.paracheck.model.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small documents and alignments built by hand, for tests of checks and writers. */
public final class Fixtures {
    public static final AlignmentStats PARALLEL = new AlignmentStats(1.0, 0.3, 0.03, true, 0.8);

    private Fixtures() {
    }

    /** A document whose paragraphs are given as arrays of sentences. */
    public static Document document(String name, String lang, String[]... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        List<Sentence> ss = new ArrayList<>();
        for (String[] p : paragraphs) {
            int index = ps.size();
            ps.add(new Paragraph(index, String.join(" ", p), index + 1, 0, "p"));
            for (String s : p) {
                ss.add(new Sentence(ss.size(), index, s, index + 1));
            }
        }
        return new Document(Path.of(name), lang, ps, ss);
    }

    public static Link link(List<Integer> source, List<Integer> target) {
        return new Link(source, target, false, 0.9);
    }

    public static Link moved(List<Integer> source, List<Integer> target) {
        return new Link(source, target, true, 0.8);
    }

    public static Alignment alignment(Link... sentenceLinks) {
        return new Alignment(List.of(), List.of(sentenceLinks), PARALLEL);
    }
}
