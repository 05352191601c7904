package dev.paracheck.check.terminology;

import dev.paracheck.check.CheckContext;
import dev.paracheck.check.CorpusCheck;
import dev.paracheck.internal.Text;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Severity;
import dev.paracheck.model.TermTable;
import dev.paracheck.model.TermVariants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Terminology drift without a glossary: a source term rendered in two or more ways ({@link TermInference}). Each
 * use of a minority rendering is a finding at its link, naming the term, every rendering with its count and
 * where it stands, the majority first; the term and those renderings are also its {@link Finding#terms()}, the
 * term and the rendering in the link its spans ({@link dev.paracheck.model.Span.Kind#TERM}), and the majority
 * rendering its suggestion. The reverse — one target rendering standing for two different source
 * nouns — is reported at {@code info}, once, at the less frequent source term. In directory mode the table is
 * inferred over all pairs together, so a term rendered one way in one document and another way in the next
 * drifts too.
 */
public final class TermDriftCheck implements CorpusCheck {
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("term-drift", "Term drift",
            "One source term rendered in more than one way across the document (or the batch).", Severity.INFO);
    /** A rendering seen once may be a paraphrase or a misalignment; a variant is used at least this often. */
    static final int MIN_VARIANT = 2;
    /** Locations listed in a message before "and N more". */
    private static final int MAX_LISTED = 12;

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<List<Finding>> runAll(List<CheckContext> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        return findings(TermInference.infer(pairs), pairs.size(), pairs.get(0).severity());
    }

    /**
     * The findings {@link #runAll} gives, for pairs whose words were taken apart ({@link TermInference#words}),
     * at {@code severity}: for each of {@code pairs}, in their order.
     */
    public static List<List<Finding>> runOnWords(List<PairWords> pairs, Severity severity) {
        return findings(TermInference.inferFromWords(pairs), pairs.size(), severity);
    }

    private static List<List<Finding>> findings(TermTable table, int pairs, Severity severity) {
        List<List<Finding>> out = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            out.add(new ArrayList<>());
        }
        boolean batch = pairs > 1;
        for (TermTable.Term term : table.terms()) {
            List<TermTable.Rendering> variants = term.renderings().stream()
                    .filter(r -> r.count() >= MIN_VARIANT).toList();
            if (variants.size() < 2) {
                continue;
            }
            String summary = summary(variants, batch);
            TermVariants data = new TermVariants(term.source(),
                    variants.stream().map(TermTable.Rendering::text).toList());
            for (TermTable.Rendering minority : variants.subList(1, variants.size())) {
                for (TermTable.Occurrence o : minority.occurrences()) {
                    out.get(o.pair()).add(new Finding(DESCRIPTOR.id(), severity, "Term drift: \"" + term.source()
                            + "\" is rendered \"" + minority.text() + "\" here; " + summary, o.source(), o.target(),
                            data).withSpans(o.spans()).withSuggestions(List.of(variants.get(0).text())));
                }
            }
        }
        reverse(table, batch).forEach((pair, findings) -> out.get(pair).addAll(findings));
        return out;
    }

    private static String summary(List<TermTable.Rendering> variants, boolean batch) {
        return variants.stream()
                .map(r -> "\"" + r.text() + "\" " + r.count() + "× (" + where(r.occurrences(), batch) + ")")
                .collect(Collectors.joining(", "));
    }

    static String where(List<TermTable.Occurrence> occurrences, boolean batch) {
        String listed = occurrences.stream().limit(MAX_LISTED).map(o -> o.where(batch))
                .collect(Collectors.joining(", "));
        return occurrences.size() > MAX_LISTED ? listed + " and " + (occurrences.size() - MAX_LISTED) + " more"
                : listed;
    }

    /** One-word source terms whose majority renderings coincide: one finding at the less frequent term. */
    private static Map<Integer, List<Finding>> reverse(TermTable table, boolean batch) {
        Map<String, TermTable.Term> firstByRendering = new HashMap<>();
        Map<Integer, List<Finding>> out = new HashMap<>();
        for (TermTable.Term term : table.terms()) {
            if (term.source().contains(" ") || term.renderings().isEmpty()
                    || term.renderings().get(0).count() < 2) {
                continue;
            }
            TermTable.Rendering main = term.renderings().get(0);
            String key = Text.lower(main.text());
            TermTable.Term other = firstByRendering.putIfAbsent(key, term);
            if (other == null) {
                continue;
            }
            TermTable.Occurrence at = main.occurrences().get(0);
            out.computeIfAbsent(at.pair(), k -> new ArrayList<>()).add(new Finding(DESCRIPTOR.id(), Severity.INFO,
                    "Reverse term drift: \"" + main.text() + "\" renders both \"" + other.source() + "\" "
                            + other.renderings().get(0).count() + "× (" + where(other.renderings().get(0).occurrences(),
                            batch) + ") and \"" + term.source() + "\" " + main.count() + "× ("
                            + where(main.occurrences(), batch) + ")", at.source(), at.target())
                    .withSpans(at.spans()));
        }
        return out;
    }
}
