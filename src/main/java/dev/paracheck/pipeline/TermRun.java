package dev.paracheck.pipeline;

import dev.paracheck.check.Boilerplate;
import dev.paracheck.check.CheckContext;
import dev.paracheck.check.terminology.TermInference;
import dev.paracheck.config.Glossary;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Severity;
import dev.paracheck.model.TermTable;
import java.util.List;

/** {@code paracheck terms}: the term table of aligned pairs, inferred over all of them together. */
public final class TermRun {
    private TermRun() {
    }

    /** The term table of {@code pairs}, ignoring {@code boilerplate}. */
    public static TermTable infer(List<PairResult> pairs, Boilerplate boilerplate) {
        return TermInference.infer(pairs.stream().map(p -> new CheckContext(p.source(), p.target(), p.alignment(),
                Severity.INFO, boilerplate, Glossary.EMPTY)).toList());
    }
}
