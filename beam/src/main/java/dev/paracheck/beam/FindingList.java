package dev.paracheck.beam;

import dev.paracheck.model.Finding;
import java.util.List;

/**
 * Findings of one pair found across pairs (corpus term drift). Immutable.
 *
 * @param findings the findings
 */
public record FindingList(List<Finding> findings) {
    public FindingList {
        findings = List.copyOf(findings);
    }
}
