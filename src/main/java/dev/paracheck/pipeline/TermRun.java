package dev.paracheck.pipeline;

import dev.paracheck.check.CheckContext;
import dev.paracheck.check.Checks;
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

    /** The term table of {@code pairs}, ignoring the boilerplate that {@code checks} ignores. */
    public static TermTable infer(List<PairResult> pairs, Checks checks) {
        return TermInference.infer(pairs.stream().map(p -> new CheckContext(p.source(), p.target(), p.alignment(),
                Severity.INFO, checks.boilerplate(), Glossary.EMPTY)).toList());
    }
}
