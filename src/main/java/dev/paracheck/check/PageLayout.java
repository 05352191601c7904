package dev.paracheck.check;

import dev.paracheck.model.Finding;
import dev.paracheck.model.RawDocument;
import dev.paracheck.model.Severity;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Findings on text read from a PDF that TeX typeset are a level weaker: paragraphs cut by page breaks, tables and
 * figures floated to other pages, a table of contents, footnotes and re-flowed code listings make sentences out
 * of fragments, and the aligner pairs fragments, so the checks that compare aligned sentences report the layout,
 * not the translation. Judged blind on LaTeX manuals, their warnings were right 30 times in 78 (stop 31) and 3
 * times in 59 (the thirteenth unseen check; docs/benchmarks.md). PDFs of a simple flow keep their severities: the
 * real-world benchmark's groff manual pages find their planted defects at warning. What a paragraph says on its
 * own (untranslated, wrong-language, grammar) and whether the documents are translations at all (not-parallel)
 * keep theirs too. Stateless.
 */
public final class PageLayout {
    /** The checks whose evidence is a comparison of aligned sentences or paragraphs. */
    static final Set<String> ALIGNED_EVIDENCE = Set.of("omission", "addition", "reorder", "length", "number",
            "entity", "punctuation", "term-drift", "inconsistent-translation", "glossary");

    private PageLayout() {
    }

    /** A producer or creator tool of the TeX family: pdfTeX, LuaTeX, XeTeX (xdvipdfmx), dvipdfm, LaTeX, ConTeXt. */
    private static final Pattern TEX = Pattern.compile("(?i)\\b(pdf|lua|xe)?(la)?tex\\b|pdftex|luatex|xetex"
            + "|dvipdfm|\\bcontext\\b");

    /** Whether {@code raw} is a PDF that TeX typeset, as its metadata says. */
    public static boolean isTypesetByTex(RawDocument raw) {
        return raw != null && raw.mediaType().startsWith("application/pdf") && TEX.matcher(raw.producer()).find();
    }

    /**
     * {@code findings} as they stand, or, when either document is a PDF that TeX typeset ({@code typesetByTex}),
     * with the findings of {@link #ALIGNED_EVIDENCE} a level lower (an error a warning, a warning an info).
     */
    public static List<Finding> weigh(List<Finding> findings, boolean typesetByTex) {
        if (!typesetByTex) {
            return findings;
        }
        return findings.stream()
                .map(f -> ALIGNED_EVIDENCE.contains(f.check()) && f.severity() != Severity.INFO
                        ? f.withSeverity(f.severity().lower()) : f)
                .toList();
    }
}
