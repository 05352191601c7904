package dev.paracheck.report;

import dev.paracheck.model.Finding;
import dev.paracheck.model.Fingerprint;
import dev.paracheck.model.Report;
import dev.paracheck.model.TermVariants;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Triage in the HTML report, with no server. Every element that shows a finding carries its {@link Fingerprint}
 * ({@code data-fingerprint}); a finding's row has two toggles, "accept" and "false alarm" (one at a time, a
 * second click clears), and a term-drift finding's row offers its term's renderings to pick the approved one from
 * ({@code data-term}, {@code data-rendering}: the finding's {@link Finding#terms()}, never its message). A bar
 * above the report downloads what was decided: the fingerprints of the findings marked either way, as the
 * baseline {@code check --baseline} reads, and one glossary row per picked term (source, the approved rendering,
 * the others as forbidden, separated by {@code |}), as {@code --glossary} reads CSV. The state lives in the page
 * and, where the browser allows, in its local storage under the page's path. Stateless.
 */
final class TriageHtml {
    /** The rules triage adds to the page's style. */
    static final String CSS = """
            nav.triage{margin:0 24px 12px;font-size:13px}nav.triage button{font:inherit;margin:0 4px}
            button.verdict,button.rendering{font:inherit;font-size:12px;border:1px solid #d0d7de;border-radius:4px;background:#f6f8fa;color:#1d1d1f;padding:0 6px;margin-left:4px;cursor:pointer}
            button.verdict[aria-pressed=true]{background:#1f883d;border-color:#1f883d;color:#fff}
            button.verdict[data-verdict=false-alarm][aria-pressed=true]{background:#57606a;border-color:#57606a}
            button.rendering[aria-pressed=true]{background:#0969da;border-color:#0969da;color:#fff}
            .terms{display:block;margin-top:2px;color:#57606a}
            ol.findings li[data-triage] a{text-decoration:line-through;color:#57606a}
            ol.findings li[data-triage=accepted]::after{content:" (accepted)"}
            ol.findings li[data-triage=false-alarm]::after{content:" (false alarm)"}
            """;

    /**
     * The verdicts and picks: kept by fingerprint and by term, shown on every element that carries them, saved to
     * local storage when it is at hand, and written out by the two download buttons as a Blob behind an
     * {@code <a download>}. CSV cells are quoted where they hold a quote, comma or line break; JSON is written by
     * {@code JSON.stringify}.
     */
    static final String SCRIPT = """
            (function () {
              var bar = document.querySelector('nav.triage');
              if (!bar) { return; }
              var key = 'paracheck-triage:' + location.pathname;
              var verdicts = {};
              var picks = {};
              var lastUrl = null;
              function each(selector, f) { document.querySelectorAll(selector).forEach(f); }
              function renderings(term) {
                var found = [];
                each('.terms', function (s) {
                  if (s.dataset.term === term && found.length === 0) {
                    s.querySelectorAll('button.rendering').forEach(function (b) { found.push(b.dataset.rendering); });
                  }
                });
                return found;
              }
              function show() {
                each('[data-fingerprint]', function (e) {
                  var v = verdicts[e.dataset.fingerprint];
                  if (v) { e.dataset.triage = v; } else { delete e.dataset.triage; }
                });
                each('button.verdict', function (b) {
                  var v = verdicts[b.closest('[data-fingerprint]').dataset.fingerprint];
                  b.setAttribute('aria-pressed', String(v === b.dataset.verdict));
                });
                each('.terms', function (s) {
                  s.querySelectorAll('button.rendering').forEach(function (b) {
                    b.setAttribute('aria-pressed', String(picks[s.dataset.term] === b.dataset.rendering));
                  });
                });
                var triaged = Object.keys(verdicts).length;
                var picked = Object.keys(picks).length;
                bar.querySelector('.triaged').textContent = String(triaged);
                bar.querySelector('.picked').textContent = String(picked);
                bar.querySelector('#download-baseline').disabled = triaged === 0;
                bar.querySelector('#download-glossary').disabled = picked === 0;
              }
              function save() {
                try { localStorage.setItem(key, JSON.stringify({verdicts: verdicts, picks: picks})); } catch (e) { }
              }
              function load() {
                var saved;
                try { saved = JSON.parse(localStorage.getItem(key) || '{}') || {}; } catch (e) { return; }
                var shown = {};
                each('[data-fingerprint]', function (e) { shown[e.dataset.fingerprint] = true; });
                Object.keys(saved.verdicts || {}).forEach(function (f) {
                  var v = saved.verdicts[f];
                  if (shown[f] && (v === 'accepted' || v === 'false-alarm')) { verdicts[f] = v; }
                });
                Object.keys(saved.picks || {}).forEach(function (t) {
                  if (renderings(t).indexOf(saved.picks[t]) >= 0) { picks[t] = saved.picks[t]; }
                });
              }
              function download(name, type, text) {
                if (lastUrl) { URL.revokeObjectURL(lastUrl); }
                lastUrl = URL.createObjectURL(new Blob([text], {type: type}));
                var a = document.createElement('a');
                a.href = lastUrl;
                a.download = name;
                a.hidden = true;
                document.body.appendChild(a);
                a.click();
                a.remove();
              }
              function baseline() {
                return JSON.stringify({tool: bar.dataset.tool, fingerprints: Object.keys(verdicts).sort()}, null, 2)
                  + '\\n';
              }
              function cell(value) {
                return /[",\\r\\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
              }
              function glossary() {
                var rows = [['source', 'target', 'forbidden', 'note', 'case']];
                Object.keys(picks).sort().forEach(function (t) {
                  var others = renderings(t).filter(function (r) { return r !== picks[t]; });
                  rows.push([t, picks[t], others.join('|'), '', '']);
                });
                return rows.map(function (r) { return r.map(cell).join(','); }).join('\\n') + '\\n';
              }
              function toggle(map, key, value) {
                if (map[key] === value) { delete map[key]; } else { map[key] = value; }
              }
              document.addEventListener('click', function (e) {
                var b = e.target.closest ? e.target.closest('button') : null;
                if (!b) { return; }
                if (b.classList.contains('verdict')) {
                  toggle(verdicts, b.closest('[data-fingerprint]').dataset.fingerprint, b.dataset.verdict);
                } else if (b.classList.contains('rendering')) {
                  toggle(picks, b.closest('.terms').dataset.term, b.dataset.rendering);
                } else if (b.id === 'download-baseline') {
                  download('paracheck-baseline.json', 'application/json', baseline());
                } else if (b.id === 'download-glossary') {
                  download('paracheck-glossary.csv', 'text/csv', glossary());
                } else {
                  return;
                }
                save();
                show();
              });
              load();
              show();
            })();
            """;

    private TriageHtml() {
    }

    /** The bar with the counts and the two download buttons, for a report that has findings. */
    static void writeBar(Report report, Writer out) throws IOException {
        if (report.pairs().stream().allMatch(p -> p.findings().isEmpty())) {
            return;
        }
        out.write("<nav class=\"triage\" data-tool=\"paracheck " + Html.escape(report.toolVersion()) + "\">Triage: "
                + "<span class=\"triaged\">0</span> finding(s) accepted or false alarms"
                + "<button type=\"button\" id=\"download-baseline\" disabled>Download baseline</button>"
                + "· <span class=\"picked\">0</span> term(s) with an approved rendering"
                + "<button type=\"button\" id=\"download-glossary\" disabled>Download glossary</button></nav>\n");
    }

    /** The attribute that names a finding on the translation read from {@code target}. */
    static String fingerprint(Finding f, Path target) {
        return " data-fingerprint=\"" + Fingerprint.of(target, f) + "\"";
    }

    /** A finding row's controls: the two verdict toggles, then the renderings of its term when it has one. */
    static String controls(Finding f) {
        String verdicts = " <span class=\"triage\" role=\"group\" aria-label=\"triage\">" + verdict("accepted", "accept")
                + verdict("false-alarm", "false alarm") + "</span>";
        return f.terms() == null ? verdicts : verdicts + renderings(f.terms());
    }

    private static String verdict(String value, String label) {
        return "<button type=\"button\" class=\"verdict\" data-verdict=\"" + value + "\" aria-pressed=\"false\">"
                + label + "</button>";
    }

    private static String renderings(TermVariants terms) {
        StringBuilder sb = new StringBuilder("<span class=\"terms\" data-term=\"" + Html.escape(terms.source())
                + "\">approved rendering of “" + Html.escape(terms.source()) + "”:");
        for (String r : terms.renderings()) {
            sb.append("<button type=\"button\" class=\"rendering\" data-rendering=\"").append(Html.escape(r))
                    .append("\" aria-pressed=\"false\">").append(Html.escape(r)).append("</button>");
        }
        return sb.append("</span>").toString();
    }
}
