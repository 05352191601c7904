package dev.paracheck.report;

import dev.paracheck.model.PairResult;
import dev.paracheck.model.Problem;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import java.util.List;

/**
 * The {@code index.html} of directory mode: every pair with its counts, linked to its own page, and the problems.
 * A target checked without its source has {@code target only} in the source column and the link on its target.
 */
public final class IndexPage {
    private IndexPage() {
    }

    /** {@code hrefs.get(i)} is the relative link to the page of {@code report.pairs().get(i)}. */
    public static String render(Report report, List<String> hrefs) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<title>paracheck: " + report.pairs().size() + " pairs</title>\n<style>body{font:15px system-ui,"
                + "sans-serif;margin:24px}table{border-collapse:collapse}td,th{padding:4px 10px;border-bottom:1px solid"
                + " #ddd;text-align:left}.n{text-align:right}</style>\n</head>\n<body>\n<h1>paracheck</h1>\n");
        sb.append("<p>").append(report.pairs().size()).append(" pairs · ").append(report.count(Severity.ERROR))
                .append(" error(s), ").append(report.count(Severity.WARNING)).append(" warning(s), ")
                .append(report.count(Severity.INFO)).append(" info · ").append(report.problems().size())
                .append(" problem(s)</p>\n");
        sb.append("<table>\n<tr><th>source</th><th>target</th><th class=\"n\">errors</th><th class=\"n\">warnings</th>"
                + "<th class=\"n\">info</th></tr>\n");
        for (int i = 0; i < report.pairs().size(); i++) {
            PairResult p = report.pairs().get(i);
            String link = "<a href=\"" + Html.escape(hrefs.get(i)) + "\">";
            String target = Html.escape(p.target().path().toString());
            if (p.hasSource()) {
                sb.append("<tr><td>").append(link).append(Html.escape(p.source().path().toString()))
                        .append("</a></td><td>").append(target);
            } else {
                sb.append("<tr><td><i>target only</i></td><td>").append(link).append(target).append("</a>");
            }
            sb.append("</td><td class=\"n\">").append(p.count(Severity.ERROR))
                    .append("</td><td class=\"n\">").append(p.count(Severity.WARNING))
                    .append("</td><td class=\"n\">").append(p.count(Severity.INFO)).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        if (!report.problems().isEmpty()) {
            sb.append("<h2>Problems</h2>\n<ul>\n");
            for (Problem pr : report.problems()) {
                sb.append("<li>").append(Html.escape(pr.message())).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }
}
