package dev.paracheck.check.structure;

import dev.paracheck.check.Check;
import dev.paracheck.check.CheckContext;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Severity;
import java.util.List;

/** Flags target sentences, or whole paragraphs, with no counterpart in the source. */
public final class AdditionCheck implements Check {
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("addition", "Added text",
            "A target sentence or paragraph with no counterpart in the source.", Severity.WARNING);

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        return UnmatchedText.findings(ctx, DESCRIPTOR.id(), false);
    }
}
