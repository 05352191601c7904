package dev.paracheck.check;

import dev.paracheck.model.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Text reported as left untranslated says nothing about terms, names, numbers or grammar of a translation: a
 * content finding whose target sentences all lie in such text is dropped, the {@code untranslated} finding there
 * says it all (a German manual page with English paragraphs gave a term-drift finding "password is rendered
 * password here" at every English use). Structural findings (omission, addition, reorder) stay.
 */
public final class UntranslatedText {
    private static final Set<String> KEPT = Set.of("untranslated", "omission", "addition", "reorder",
            "not-parallel");

    private UntranslatedText() {
    }

    /** {@code findings} without those shadowed by an {@code untranslated} finding; order kept. */
    public static List<Finding> withoutShadowed(List<Finding> findings) {
        Set<Integer> untranslated = new HashSet<>();
        for (Finding f : findings) {
            if (f.check().equals("untranslated") && f.target() != null) {
                untranslated.addAll(f.target().sentences());
            }
        }
        if (untranslated.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            boolean shadowed = !KEPT.contains(f.check()) && f.target() != null && !f.target().sentences().isEmpty()
                    && untranslated.containsAll(f.target().sentences());
            if (!shadowed) {
                out.add(f);
            }
        }
        return out;
    }
}
