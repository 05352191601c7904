package dev.paracheck.report;

import dev.paracheck.model.PairResult;
import dev.paracheck.model.Problem;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Staleness;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The {@code index.html} of directory mode, a dashboard of the whole tree: one row per pair, linked to its own page,
 * with a status ({@code not parallel}, {@code stale} or {@code ok}), how much of the source changed since the
 * translation and how far behind it is, the stale findings, the counts per severity and per check; a summary line
 * above and the problems below. A target checked without its source has {@code target only} in the source column
 * and the link on its target.
 *
 * <p>The report of a tree (directory mode) states the two directories above the table and names every page by its
 * path relative to them ({@link Report#name}); the links go to the pages' own reports as before.
 *
 * <p>The rows come worst first ({@link #WORST_FIRST}), so the page reads right without script; a small inline script
 * ({@link #SCRIPT}, allowed by its SHA-256 in the Content-Security-Policy as in {@link HtmlReporter}) sorts by any
 * column when its heading is clicked, from the raw values in the cells' {@code data-sort} attributes, and filters
 * the rows by a part of their path ({@code data-path}) and by status; the filter controls stay hidden without
 * script. Every path, check id and message is escaped by {@link Html#escape}.
 */
public final class IndexPage {
    private static final String CSS = """
            body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1d1d1f}
            h1{font-size:22px;margin:0 0 4px}p.summary{margin:0 0 16px;color:#333}
            table{border-collapse:collapse}caption{text-align:left;color:#57606a;font-size:12px;padding:0 0 6px}
            td,th{padding:4px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
            thead th{position:sticky;top:0;background:#f6f8fa;border-bottom:2px solid #d0d7de;vertical-align:bottom}
            thead th[data-type]{cursor:pointer}
            th button{font:inherit;font-weight:600;color:inherit;text-align:inherit;background:none;border:0;padding:0}
            th button{cursor:pointer}
            th[aria-sort=ascending] button::after{content:" \\25B2"}
            th[aria-sort=descending] button::after{content:" \\25BC"}
            .n,.s{text-align:right}td.n,td.s{white-space:nowrap}.zero{color:#999}
            td.n.err{color:#cf222e;font-weight:600}
            tr.not-parallel td:first-child{box-shadow:inset 4px 0 #cf222e}
            tr.stale td:first-child{box-shadow:inset 4px 0 #bf8700}
            .badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600}
            .badge{white-space:nowrap}.badge.ok{background:#dafbe1;color:#116329}
            .badge.not-parallel{background:#cf222e;color:#fff}.badge.stale{background:#bf8700;color:#fff}
            td.checks{font-size:12px;color:#333}td.checks span{white-space:nowrap}
            td.checks code{font-family:ui-monospace,monospace}a{color:#0969da}
            p.roots{margin:0 0 8px;color:#333}p.roots code{font-family:ui-monospace,monospace}
            #filters{margin:0 0 12px}#filters label{margin-right:12px}#shown{color:#57606a;font-size:12px}
            #filters input{font:inherit;width:20em}#pairs tr[hidden]{display:none}
            """;

    /**
     * Sorting by a column: a click on a heading sorts by its cells' {@code data-sort} values (numerically where the
     * heading has {@code data-type="num"}, the most first; else as text, A first); a second click reverses. Ties keep
     * the page's own order (worst first). Filtering: the text box hides the rows whose {@code data-path} does not
     * contain its text (case aside), the status filter those not {@code stale}, not {@code not-parallel} or without
     * errors ({@code data-errors}); the two combine, and a line says how many pages are shown. The script is inline
     * and allowed by its SHA-256 in the Content-Security-Policy.
     */
    static final String SCRIPT = """
            (function () {
              var table = document.getElementById('pairs');
              if (!table || !table.tHead || table.tBodies.length === 0) { return; }
              var body = table.tBodies[0];
              var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
              var rows = Array.prototype.slice.call(body.rows);
              var caption = document.getElementById('order');
              var column = -1;
              var descending = false;
              rows.forEach(function (r, i) { r.setAttribute('data-rank', i); });
              function num(cell, name) {
                var n = parseFloat(cell.getAttribute(name));
                return isNaN(n) ? -Infinity : n;
              }
              function text(cell) {
                var v = cell.getAttribute('data-sort');
                return v === null ? cell.textContent : v;
              }
              function compare(a, b, c, numeric) {
                var x = a.cells[c], y = b.cells[c];
                if (!numeric) { return text(x).localeCompare(text(y)); }
                var d = num(x, 'data-sort') - num(y, 'data-sort');
                if (d === 0 || isNaN(d)) { d = num(x, 'data-sort2') - num(y, 'data-sort2'); }
                return isNaN(d) ? 0 : d;
              }
              function sortBy(c) {
                var numeric = heads[c].getAttribute('data-type') === 'num';
                descending = c === column ? !descending : numeric;
                column = c;
                rows.sort(function (a, b) {
                  var d = compare(a, b, c, numeric);
                  if (descending) { d = -d; }
                  return d !== 0 ? d : a.getAttribute('data-rank') - b.getAttribute('data-rank');
                });
                rows.forEach(function (r) { body.appendChild(r); });
                heads.forEach(function (th, i) {
                  if (i === c) {
                    th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
                  } else {
                    th.removeAttribute('aria-sort');
                  }
                });
                if (caption) {
                  caption.textContent = 'Sorted by ' + heads[c].textContent + ', '
                    + (descending ? 'descending' : 'ascending') + '. Click a heading to sort, again to reverse.';
                }
              }
              heads.forEach(function (th, c) {
                if (!th.hasAttribute('data-type')) { return; }
                var button = document.createElement('button');
                button.type = 'button';
                while (th.firstChild) { button.appendChild(th.firstChild); }
                th.appendChild(button);
                th.addEventListener('click', function () { sortBy(c); });
              });
              if (caption) { caption.textContent += ' Click a heading to sort, again to reverse.'; }
              var filters = document.getElementById('filters');
              var filter = document.getElementById('filter');
              var status = document.getElementById('status');
              var shown = document.getElementById('shown');
              function matches(r) {
                var q = filter ? filter.value.trim().toLowerCase() : '';
                if (q && (r.getAttribute('data-path') || '').toLowerCase().indexOf(q) < 0) { return false; }
                var s = status ? status.value : 'all';
                if (s === 'stale' || s === 'not-parallel') { return r.classList.contains(s); }
                if (s === 'errors') { return parseInt(r.getAttribute('data-errors'), 10) > 0; }
                return true;
              }
              function applyFilter() {
                var n = 0;
                rows.forEach(function (r) {
                  r.hidden = !matches(r);
                  if (!r.hidden) { n++; }
                });
                if (shown) { shown.textContent = n + ' of ' + rows.length + ' pages shown'; }
              }
              if (filters && filter && status) {
                filter.addEventListener('input', applyFilter);
                status.addEventListener('change', applyFilter);
                filters.hidden = false;
                applyFilter();
              }
            })();
            """;

    /**
     * The page's own order: pages that are not parallel first, then by errors (most first), share of the source
     * changed (most first; not checked for staleness last), warnings (most first), and path.
     */
    static final Comparator<PairResult> WORST_FIRST = Comparator
            .comparing((PairResult p) -> !PairStatus.notParallel(p))
            .thenComparing(p -> p.count(Severity.ERROR), Comparator.reverseOrder())
            .thenComparing(p -> {
                Double changed = PairStatus.sourceChanged(p);
                return changed == null ? -1.0 : changed;
            }, Comparator.reverseOrder())
            .thenComparing(p -> p.count(Severity.WARNING), Comparator.reverseOrder())
            .thenComparing(IndexPage::path);

    /** A column: its heading, how it sorts ({@code num} or {@code text}), its cells' class, a tooltip. */
    private record Column(String label, String type, String cls, String title) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("source", "text", "", ""),
            new Column("target", "text", "", ""),
            new Column("status", "num", "", "not parallel, stale or ok; sorts by severity"),
            new Column("source changed", "num", "s",
                    "share of the source's sentences changed or added since the translation"),
            new Column("behind", "num", "s", "commits and days the source moved on since the version translated"),
            new Column("outdated", "num", "s", "source sentences changed since the translation"),
            new Column("missing-new", "num", "s", "source text added since the translation, not translated yet"),
            new Column("obsolete", "num", "s", "target text whose source was deleted since the translation"),
            new Column("errors", "num", "n", ""),
            new Column("warnings", "num", "n", ""),
            new Column("info", "num", "n", ""),
            new Column("by check", "num", "", "findings per check, the most frequent first; sorts by their number"));

    private IndexPage() {
    }

    /** {@code hrefs.get(i)} is the relative link to the page of {@code report.pairs().get(i)}. */
    public static String render(Report report, List<String> hrefs) {
        List<PairResult> pairs = report.pairs();
        if (hrefs.size() != pairs.size()) {
            throw new IllegalArgumentException(hrefs.size() + " links for " + pairs.size() + " pairs");
        }
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src '" + scriptHash() + "'; base-uri 'none'; "
                + "form-action 'none'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>paracheck: " + pairs.size() + " pairs</title>\n<style>\n" + CSS + "</style>\n</head>\n"
                + "<body>\n<h1>paracheck</h1>\n");
        if (report.isTree()) {
            Report.Roots roots = report.roots();
            sb.append("<p class=\"roots\">").append(roots.source() != null
                    ? "Source directory <code>" + Html.escape(roots.source().toString()) + "</code> · target "
                    + "directory <code>" + Html.escape(roots.target().toString()) + "</code>; pages are named "
                    + "relative to them.</p>\n"
                    : "Target directory <code>" + Html.escape(roots.target().toString()) + "</code>, checked "
                    + "without sources; pages are named relative to it.</p>\n");
        }
        long stale = pairs.stream().filter(PairStatus::stale).count();
        long notParallel = pairs.stream().filter(PairStatus::notParallel).count();
        sb.append("<p class=\"summary\">").append(pairs.size()).append(" pairs · ").append(stale).append(" stale · ")
                .append(notParallel).append(" not parallel · ").append(report.count(Severity.ERROR))
                .append(" error(s), ").append(report.count(Severity.WARNING)).append(" warning(s), ")
                .append(report.count(Severity.INFO)).append(" info · ").append(report.problems().size())
                .append(" problem(s)</p>\n");
        sb.append("<div id=\"filters\" hidden><label>Page <input type=\"search\" id=\"filter\" "
                + "placeholder=\"part of a path\" autocomplete=\"off\" spellcheck=\"false\"></label>"
                + "<label>Status <select id=\"status\"><option value=\"all\">all</option>"
                + "<option value=\"stale\">stale</option><option value=\"not-parallel\">not parallel</option>"
                + "<option value=\"errors\">with errors</option></select></label>"
                + "<span id=\"shown\" aria-live=\"polite\"></span></div>\n");
        sb.append("<table id=\"pairs\">\n<caption id=\"order\">Worst first: pages that are not parallel, then by "
                + "errors, share of the source changed, warnings, path.</caption>\n<thead><tr>");
        for (Column c : COLUMNS) {
            sb.append("<th").append(c.cls().isEmpty() ? "" : " class=\"" + c.cls() + "\"").append(" data-type=\"")
                    .append(c.type()).append("\" data-col=\"").append(c.label().replace(' ', '-')).append('"');
            if (!c.title().isEmpty()) {
                sb.append(" title=\"").append(Html.escape(c.title())).append('"');
            }
            sb.append('>').append(c.label()).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(pairs::get, WORST_FIRST));
        for (int i : order) {
            row(sb, report, pairs.get(i), hrefs.get(i));
        }
        sb.append("</tbody>\n</table>\n");
        if (!report.problems().isEmpty()) {
            sb.append("<h2>Problems</h2>\n<ul>\n");
            for (Problem pr : report.problems()) {
                sb.append("<li>").append(Html.escape(pr.message())).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        return sb.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n").toString();
    }

    private static void row(StringBuilder sb, Report report, PairResult p, String href) {
        boolean notParallel = PairStatus.notParallel(p);
        boolean stale = PairStatus.stale(p);
        String classes = ((notParallel ? " not-parallel" : "") + (stale ? " stale" : "")).strip();
        String target = Html.escape(report.name(p.target()));
        String source = p.hasSource() ? Html.escape(report.name(p.source())) : "";
        sb.append("<tr").append(classes.isEmpty() ? "" : " class=\"" + classes + "\"").append(" data-path=\"")
                .append(p.hasSource() ? source + "&#10;" + target : target).append("\" data-errors=\"")
                .append(p.count(Severity.ERROR)).append("\">");

        String link = "<a href=\"" + Html.escape(href) + "\">";
        if (p.hasSource()) {
            sb.append("<td data-sort=\"").append(source).append("\">").append(link).append(source).append("</a></td>")
                    .append("<td data-sort=\"").append(target).append("\">").append(target).append("</td>");
        } else {
            sb.append("<td data-sort=\"\"><i>target only</i></td><td data-sort=\"").append(target).append("\">")
                    .append(link).append(target).append("</a></td>");
        }

        sb.append("<td data-sort=\"").append((notParallel ? 2 : 0) + (stale ? 1 : 0)).append("\">");
        if (notParallel) {
            sb.append("<span class=\"badge not-parallel\" title=\"the documents do not look like translations of "
                    + "each other\">not parallel</span>").append(stale ? " " : "");
        }
        if (stale) {
            sb.append("<span class=\"badge stale\" title=\"the source changed since the translation\">stale</span>");
        }
        if (!notParallel && !stale) {
            sb.append("<span class=\"badge ok\" title=\"").append(!p.hasSource() ? "checked without its source"
                    : p.staleness() == null ? "parallel; not checked against an earlier source"
                    : "parallel and up to date")
                    .append("\">ok</span>");
        }
        sb.append("</td>");

        Staleness st = p.staleness();
        Double changed = PairStatus.sourceChanged(p);
        if (changed == null) {
            sb.append("<td class=\"s\" data-sort=\"-1\"></td>");
        } else {
            int n = PairStatus.changedSentences(p);
            sb.append("<td class=\"s\" data-sort=\"").append(changed).append("\" title=\"").append(n).append(" of ")
                    .append(p.source().sentences().size()).append(" source sentences changed or added\">")
                    .append(percent(changed)).append("</td>");
        }
        if (st == null) {
            sb.append("<td class=\"s\" data-sort=\"-1\" data-sort2=\"-1\"></td>");
        } else {
            sb.append("<td class=\"s\" data-sort=\"").append(st.commitsBehind()).append("\" data-sort2=\"")
                    .append(st.daysBehind()).append("\" title=\"since ").append(Html.escape(st.before())).append("\">")
                    .append(behind(st)).append("</td>");
        }
        for (String check : List.of(PairStatus.OUTDATED, PairStatus.MISSING_NEW, PairStatus.OBSOLETE)) {
            long n = PairStatus.count(p, check);
            if (st == null && n == 0) {
                sb.append("<td class=\"s\" data-sort=\"-1\"></td>");
            } else {
                sb.append("<td class=\"s").append(n == 0 ? " zero" : "").append("\" data-sort=\"").append(n)
                        .append("\">").append(n).append("</td>");
            }
        }
        for (Severity s : Severity.values()) {
            long n = p.count(s);
            sb.append("<td class=\"n").append(n == 0 ? " zero" : s == Severity.ERROR ? " err" : "")
                    .append("\" data-sort=\"").append(n).append("\">").append(n).append("</td>");
        }

        Map<String, Long> byCheck = PairStatus.byCheck(p);
        sb.append("<td class=\"checks\" data-sort=\"").append(p.findings().size()).append("\">");
        String sep = "";
        for (Map.Entry<String, Long> e : byCheck.entrySet()) {
            sb.append(sep).append("<span><code>").append(Html.escape(e.getKey())).append("</code> ")
                    .append(e.getValue()).append("</span>");
            sep = " · ";
        }
        sb.append("</td></tr>\n");
    }

    /** A share as a whole percentage; a share above 0 that would round to 0 is {@code <1%}. */
    static String percent(double share) {
        if (share > 0 && share < 0.005) {
            return "&lt;1%";
        }
        return Math.round(share * 100) + "%";
    }

    /** {@code 5 commits, 120 days}; what is unknown left out; {@code —} when neither is known. */
    static String behind(Staleness st) {
        List<String> parts = new ArrayList<>();
        if (st.commitsBehind() >= 0) {
            parts.add(st.commitsBehind() + (st.commitsBehind() == 1 ? " commit" : " commits"));
        }
        if (st.daysBehind() >= 0) {
            parts.add(st.daysBehind() + (st.daysBehind() == 1 ? " day" : " days"));
        }
        return parts.isEmpty() ? "—" : String.join(", ", parts);
    }

    /** The page's path, for the order: the source's, or the target's for a target checked without its source. */
    private static String path(PairResult p) {
        return (p.hasSource() ? p.source() : p.target()).path().toString();
    }

    /** The CSP source expression that allows exactly {@link #SCRIPT}. */
    static String scriptHash() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(SCRIPT.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
