package dev.paracheck.report;

import dev.paracheck.model.Link;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * The sentence alignment one link a line in the ladder format of vecalign and the Bleualign gold files:
 * {@code [0]:[0]}, {@code [1,2]:[1]}, {@code [3]:[]}, {@code []:[2]}; 0-based sentence indices (input line
 * numbers with {@code --segmented}). Moved links are listed where their source stands. A target checked without
 * its source has no links and adds no line.
 */
public final class LadderReporter implements Reporter {
    @Override
    public String format() {
        return "ladder";
    }

    @Override
    public String extension() {
        return "ladder";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (PairResult pair : report.pairs()) {
            for (Link l : pair.alignment().sentences()) {
                out.write(l.ladder());
                out.write('\n');
            }
        }
    }
}
