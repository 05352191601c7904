package dev.paracheck.report;

import dev.paracheck.model.DiffOp;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Fingerprint;
import dev.paracheck.model.TermVariants;
import java.nio.file.Path;

/**
 * One finding as the review page shows it (templates {@code findings}, {@code finding-row}, {@code _finding},
 * {@code _controls}): in the findings list, linked to its row where it has one; in that row, under the text it
 * concerns, with its triage controls; or, when it concerns no row (a document-level finding), in a paragraph under
 * the list, with its controls. Immutable.
 *
 * <p>Triage needs no server: every element that shows a finding carries its {@link Fingerprint}
 * ({@code data-fingerprint}), as a baseline stores it, and a term-drift finding's row offers the renderings of its
 * term ({@link Finding#terms()}, never its message) to approve one of; the page's script does the rest.
 *
 * @param check the check id
 * @param severity the severity's label
 * @param messageHtml the message, escaped, with its word diff marked up ({@link #message})
 * @param fingerprint the finding's {@link Fingerprint} on its translation
 * @param rowId the id of its row, {@code PAIRID-fK}
 * @param linked whether it has a row under the text (false: a document-level finding)
 * @param colspan how many columns its row's cell spans, null for one
 * @param terms the term and renderings of a term-drift finding, or null
 */
record FindingView(String check, String severity, String messageHtml, String fingerprint, String rowId,
                   boolean linked, String colspan, TermVariants terms) {
    /**
     * Finding number {@code k} of pair {@code pairId}, on the translation read from {@code target}; its row, when
     * {@code linked}, has a cell of {@code columns} columns.
     */
    static FindingView of(Finding f, Path target, String pairId, int k, boolean linked, int columns) {
        return new FindingView(f.check(), f.severity().label(), message(f), Fingerprint.of(target, f),
                pairId + "-f" + k, linked, columns > 1 ? String.valueOf(columns) : null, f.terms());
    }

    /**
     * A message in HTML, escaped. A finding with a word diff ({@link Finding#diff()}) has it as del / ins, from the
     * diff itself ({@link MarkedText#diff}): in place of the message's flattened diff ([-old-]{+new+}) where the
     * message ends with it, else after the message. The message itself is never parsed.
     */
    static String message(Finding f) {
        if (f.diff().isEmpty()) {
            return Html.escape(f.message());
        }
        String flat = DiffOp.flatten(f.diff());
        String diff = MarkedText.diff(f.diff());
        return f.message().endsWith(flat)
                ? Html.escape(f.message().substring(0, f.message().length() - flat.length())) + diff
                : Html.escape(f.message()) + "<span class=\"diff\">" + diff + "</span>";
    }
}
