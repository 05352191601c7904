package dev.paracheck.report;

import static dev.paracheck.testing.Fixtures.document;
import static dev.paracheck.testing.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.paracheck.model.Alignment;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Problem;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Staleness;
import dev.paracheck.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The directory index as a dashboard: rows worst first, status badges, the share of the source changed, how far
 * behind, the counts per check, raw values for sorting, the script allowed by its hash, paths escaped.
 */
class IndexPageTest {
    static final String EVIL = Path.of("docs/en/<script>alert('x')</script>.txt").toString();

    /** A clean pair, with one info finding; its source path holds a script tag; not checked for staleness. */
    private static final Document CLEAN_EN = document("docs/en/<script>alert('x')</script>.txt", "en",
            new String[] {"The ferry leaves at 9.", "It is fast."});
    private static final Document CLEAN_DE = document("docs/de/clean.txt", "de",
            new String[] {"Die Fähre fährt um 9 Uhr ab.", "Sie ist schnell."});
    static final PairResult CLEAN = new PairResult(CLEAN_EN, CLEAN_DE,
            Fixtures.alignment(link(List.of(0), List.of(0)), link(List.of(1), List.of(1))),
            List.of(new Finding("term-drift", Severity.INFO, "\"ferry\" is rendered as \"Fähre\" and \"Boot\"",
                    Location.ofSentences(CLEAN_EN, List.of(0)), Location.ofSentences(CLEAN_DE, List.of(0)))));

    /** Seven source sentences, three of them (1, 2, 5) changed or new since git 1a2b3c4: 43 %. */
    private static final Document GUIDE_EN = document("docs/en/guide.txt", "en",
            new String[] {"S0.", "S1 changed.", "S2 changed."}, new String[] {"S3.", "S4."},
            new String[] {"S5 new.", "S6."});
    private static final Document GUIDE_DE = document("docs/de/guide.txt", "de",
            new String[] {"T0.", "T1.", "T2."}, new String[] {"T3.", "T4."}, new String[] {"T5 obsolete."});
    static final PairResult STALE = new PairResult(GUIDE_EN, GUIDE_DE,
            Fixtures.alignment(link(List.of(0), List.of(0)), link(List.of(1), List.of(1)),
                    link(List.of(2), List.of(2)), link(List.of(3), List.of(3)), link(List.of(4), List.of(4))),
            List.of(new Finding("outdated", Severity.WARNING, "The source changed since the translation: S1",
                            Location.ofSentences(GUIDE_EN, List.of(1, 2)), Location.ofSentences(GUIDE_DE, List.of(1))),
                    new Finding("outdated", Severity.WARNING, "The source changed since the translation: S2",
                            Location.ofSentences(GUIDE_EN, List.of(2)), Location.ofSentences(GUIDE_DE, List.of(2))),
                    new Finding("missing-new", Severity.WARNING, "Added to the source since the translation: S5",
                            Location.ofSentences(GUIDE_EN, List.of(5)), null),
                    new Finding("obsolete", Severity.WARNING, "The source no longer has what this translates",
                            null, Location.ofSentences(GUIDE_DE, List.of(5))),
                    new Finding("omission", Severity.ERROR, "Source sentence 7 has no counterpart: \"S6.\"",
                            Location.ofSentences(GUIDE_EN, List.of(6)), null),
                    new Finding("number", Severity.WARNING, "A number differs: 4",
                            Location.ofSentences(GUIDE_EN, List.of(4)), Location.ofSentences(GUIDE_DE, List.of(4)))),
            new Staleness("git 1a2b3c4", 5, 120));

    /** Four source sentences, one changed since a file given as before: 25 %, behind unknown. */
    private static final Document INTRO_EN = document("docs/en/intro.txt", "en",
            new String[] {"A.", "B changed."}, new String[] {"C.", "D."});
    private static final Document INTRO_DE = document("docs/de/intro.txt", "de",
            new String[] {"A.", "B."}, new String[] {"C.", "D.", "Extra."});
    static final PairResult STALE_FROM_FILE = new PairResult(INTRO_EN, INTRO_DE,
            Fixtures.alignment(link(List.of(0), List.of(0)), link(List.of(1), List.of(1)),
                    link(List.of(2), List.of(2)), link(List.of(3), List.of(3))),
            List.of(new Finding("outdated", Severity.WARNING, "The source changed since the translation: B",
                            Location.ofSentences(INTRO_EN, List.of(1)), Location.ofSentences(INTRO_DE, List.of(1))),
                    new Finding("addition", Severity.ERROR, "Target sentence 5 has no counterpart",
                            null, Location.ofSentences(INTRO_DE, List.of(4)))),
            new Staleness("old/docs/en/intro.txt", -1, -1));

    /** No translation of each other: a warning in directory mode, no error, yet the worst page. */
    private static final Document ODD_EN = document("docs/en/odd.txt", "en", new String[] {"One.", "Two.", "Three."});
    private static final Document ODD_DE = document("docs/de/odd.txt", "de", new String[] {"Eins.", "Zwei."});
    static final PairResult NOT_PARALLEL = new PairResult(ODD_EN, ODD_DE, Fixtures.alignment(),
            List.of(new Finding("not-parallel", Severity.WARNING, "The documents do not look like translations",
                    new Location(List.of(), -1, 0, ""), new Location(List.of(), -1, 0, ""))));

    /** A target checked alone with two errors. */
    private static final Document ALONE_DE = document("docs/de/alone.txt", "de",
            new String[] {"Das ist kostenlos.", "Gratis ist es auch."});
    static final PairResult TARGET_ONLY = PairResult.targetOnly(ALONE_DE, List.of(
            new Finding("glossary", Severity.ERROR, "Forbidden term used: \"kostenlos\"", null,
                    Location.ofSentences(ALONE_DE, List.of(0))),
            new Finding("glossary", Severity.ERROR, "Forbidden term used: \"gratis\"", null,
                    Location.ofSentences(ALONE_DE, List.of(1)))));

    static final Report DASHBOARD = new Report("9.9.9",
            List.of(CLEAN, STALE, NOT_PARALLEL, TARGET_ONLY, STALE_FROM_FILE),
            List.of(new CheckDescriptor("omission", "Omitted text", "No counterpart.", Severity.WARNING)),
            Severity.ERROR, List.of(new Problem(Path.of("docs/en/orphan.txt"), "docs/en/orphan.txt has no counterpart")));
    /** The link of each pair of {@link #DASHBOARD}, in its order. */
    static final List<String> HREFS = List.of("clean.html", "guide.en-de.html", "odd.en-de.html", "alone.html",
            "intro.en-de.html");

    private static final org.jsoup.nodes.Document PAGE = Jsoup.parse(IndexPage.render(DASHBOARD, HREFS));

    /** The pairs of {@link #DASHBOARD} as the report of a tree: each file found in a folder of its own name. */
    static final Report TREE = new Report("9.9.9", DASHBOARD.pairs().stream().map(IndexPageTest::inTree).toList(),
            DASHBOARD.checks(), Severity.ERROR, DASHBOARD.problems(),
            new Report.Roots(Path.of("docs/en"), Path.of("docs/de")));

    /** {@code docs/en/guide.txt} found at {@code guide/guide.txt}. */
    private static PairResult inTree(PairResult p) {
        return p.withRelative(p.hasSource() ? folder(p.source()) : null, folder(p.target()));
    }

    private static Path folder(Document d) {
        String name = d.path().getFileName().toString();
        return Path.of(name.substring(0, name.lastIndexOf('.')), name);
    }

    private static Elements rows() {
        return PAGE.select("#pairs tbody tr");
    }

    private static Element cell(Element row, String column) {
        int index = PAGE.select("#pairs thead th").stream().map(th -> th.attr("data-col")).toList().indexOf(column);
        assertThat(index).as(column).isNotNegative();
        return row.child(index);
    }

    private static Element rowOf(String href) {
        return rows().stream().filter(r -> r.selectFirst("a[href='" + href + "']") != null).findFirst().orElseThrow();
    }

    @Test
    void rowsComeWorstFirst() {
        // not parallel (0 errors) first; then by errors (2, 1, 1, 0); the two with one error by source changed
        assertThat(rows()).extracting(r -> r.selectFirst("a").attr("href"))
                .containsExactly("odd.en-de.html", "alone.html", "guide.en-de.html", "intro.en-de.html", "clean.html");
        assertThat(rows()).extracting(r -> cell(r, "errors").text()).containsExactly("0", "2", "1", "1", "0");
    }

    @Test
    void statusBadgesSayNotParallelStaleOrOk() {
        assertThat(rows()).extracting(r -> cell(r, "status").text())
                .containsExactly("not parallel", "ok", "stale", "stale", "ok");
        assertThat(cell(rowOf("odd.en-de.html"), "status").select(".badge.not-parallel")).hasSize(1);
        assertThat(cell(rowOf("guide.en-de.html"), "status").select(".badge.stale")).hasSize(1);
        assertThat(rows()).extracting(r -> cell(r, "status").attr("data-sort")).containsExactly("2", "0", "1", "1", "0");
        assertThat(rowOf("guide.en-de.html").hasClass("stale")).isTrue();
    }

    @Test
    void aPairBothNotParallelAndStaleShowsBothBadges() {
        PairResult both = new PairResult(ODD_EN, ODD_DE, Fixtures.alignment(), List.of(
                new Finding("not-parallel", Severity.ERROR, "The documents do not look like translations",
                        new Location(List.of(), -1, 0, ""), new Location(List.of(), -1, 0, "")),
                new Finding("missing-new", Severity.WARNING, "Added to the source since the translation: Three.",
                        Location.ofSentences(ODD_EN, List.of(2)), null)), new Staleness("git 0000000", 1, 1));
        org.jsoup.nodes.Document page = Jsoup.parse(IndexPage.render(
                new Report("9.9.9", List.of(CLEAN, both), List.of()), List.of("a.html", "b.html")));
        Element row = page.select("#pairs tbody tr").first();

        assertThat(row.selectFirst("a").attr("href")).isEqualTo("b.html");
        assertThat(row.select(".badge")).extracting(Element::text).containsExactly("not parallel", "stale");
        assertThat(row.child(2).attr("data-sort")).isEqualTo("3");
        assertThat(row.child(3).text()).isEqualTo("33%");
        assertThat(row.child(4).text()).isEqualTo("1 commit, 1 day");
    }

    @Test
    void sourceChangedIsTheShareOfDistinctSourceSentencesNamedByOutdatedAndMissingNew() {
        Element guide = cell(rowOf("guide.en-de.html"), "source-changed");
        assertThat(guide.text()).isEqualTo("43%");
        assertThat(Double.parseDouble(guide.attr("data-sort"))).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(guide.attr("title")).isEqualTo("3 of 7 source sentences changed or added");
        assertThat(cell(rowOf("intro.en-de.html"), "source-changed").text()).isEqualTo("25%");
        assertThat(PairStatus.sourceChanged(STALE)).isCloseTo(3.0 / 7, within(1e-12));
        // not checked against a source before: empty, and last when sorted
        for (String href : List.of("clean.html", "odd.en-de.html", "alone.html")) {
            Element changed = cell(rowOf(href), "source-changed");
            assertThat(changed.text()).as(href).isEmpty();
            assertThat(changed.attr("data-sort")).as(href).isEqualTo("-1");
        }
    }

    @Test
    void behindSaysCommitsAndDaysOrADash() {
        Element guide = cell(rowOf("guide.en-de.html"), "behind");
        assertThat(guide.text()).isEqualTo("5 commits, 120 days");
        assertThat(guide.attr("data-sort")).isEqualTo("5");
        assertThat(guide.attr("data-sort2")).isEqualTo("120");
        assertThat(guide.attr("title")).isEqualTo("since git 1a2b3c4");
        assertThat(cell(rowOf("intro.en-de.html"), "behind").text()).isEqualTo("—");
        assertThat(cell(rowOf("clean.html"), "behind").text()).isEmpty();
        assertThat(IndexPage.behind(new Staleness("x", 3, -1))).isEqualTo("3 commits");
    }

    @Test
    void staleCountsSeverityCountsAndByCheck() {
        Element guide = rowOf("guide.en-de.html");
        assertThat(List.of("outdated", "missing-new", "obsolete", "errors", "warnings", "info"))
                .extracting(c -> cell(guide, c).text()).containsExactly("2", "1", "1", "1", "5", "0");
        assertThat(List.of("outdated", "missing-new", "obsolete", "errors", "warnings", "info"))
                .extracting(c -> cell(guide, c).attr("data-sort")).containsExactly("2", "1", "1", "1", "5", "0");
        // most frequent first, ties by check id
        assertThat(cell(guide, "by-check").text())
                .isEqualTo("outdated 2 · missing-new 1 · number 1 · obsolete 1 · omission 1");
        assertThat(cell(guide, "by-check").attr("data-sort")).isEqualTo("6");
        assertThat(cell(rowOf("alone.html"), "by-check").text()).isEqualTo("glossary 2");
        assertThat(cell(rowOf("clean.html"), "by-check").text()).isEqualTo("term-drift 1");
        // a pair not checked for staleness: no zero stale counts that would read as up to date
        assertThat(List.of("outdated", "missing-new", "obsolete"))
                .extracting(c -> cell(rowOf("clean.html"), c).text()).containsOnly("");
        assertThat(PAGE.select("#pairs thead th[data-type=num]")).extracting(th -> th.attr("data-col"))
                .containsExactly("status", "source-changed", "behind", "outdated", "missing-new", "obsolete",
                        "errors", "warnings", "info", "by-check");
        assertThat(rows()).allSatisfy(r -> assertThat(r.select("td").subList(2, 12))
                .allSatisfy(td -> assertThat(td.attr("data-sort")).matches("-?[0-9.]+(E-?[0-9]+)?")));
    }

    @Test
    void summaryLineAndProblems() {
        assertThat(PAGE.selectFirst("p.summary").text())
                .isEqualTo("5 pairs · 2 stale · 1 not parallel · 4 error(s), 7 warning(s), 1 info · 1 problem(s)");
        assertThat(PAGE.select("h2 + ul li")).extracting(Element::text)
                .containsExactly("docs/en/orphan.txt has no counterpart");
        assertThat(PAGE.selectFirst("p.summary").elementSiblingIndex())
                .isLessThan(PAGE.selectFirst("#pairs").elementSiblingIndex());
    }

    @Test
    void targetOnlyKeepsItsTreatment() {
        Element alone = rowOf("alone.html");
        assertThat(alone.child(0).text()).isEqualTo("target only");
        assertThat(alone.child(1).selectFirst("a").text()).isEqualTo(Path.of("docs/de/alone.txt").toString());
    }

    @Test
    void theScriptIsAllowedByItsHashAndNothingElse() throws Exception {
        String csp = PAGE.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        Elements scripts = PAGE.select("script");
        assertThat(scripts).hasSize(1);
        assertThat(scripts.first().attributes().size()).as("inline, no src").isZero();
        String hash = "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(scripts.first().data().getBytes(StandardCharsets.UTF_8)));

        assertThat(csp).contains("default-src 'none'").contains("script-src '" + hash + "'")
                .contains("base-uri 'none'");
        assertThat(csp.substring(csp.indexOf("script-src"))).doesNotContain("unsafe-inline");
        assertThat(IndexPage.scriptHash()).isEqualTo(hash);
        assertThat(PAGE.select("[src], link[href], img")).isEmpty();
    }

    @Test
    void pathsAreEscaped() {
        String html = IndexPage.render(DASHBOARD, HREFS);
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        Element clean = rowOf("clean.html");
        assertThat(clean.child(0).text()).isEqualTo(EVIL);
        assertThat(clean.child(0).attr("data-sort")).isEqualTo(EVIL);
        String evilHref = IndexPage.render(new Report("9.9.9", List.of(CLEAN), List.of()),
                List.of("\"><script>alert(1)</script>"));
        assertThat(Jsoup.parse(evilHref).select("script")).hasSize(1);
        assertThat(Jsoup.parse(evilHref).selectFirst("#pairs a").attr("href")).isEqualTo("\"><script>alert(1)</script>");
    }

    @Test
    void aTreeStatesItsDirectoriesOnceAndNamesThePagesRelativeToThem() {
        org.jsoup.nodes.Document page = Jsoup.parse(IndexPage.render(TREE, HREFS));

        assertThat(page.selectFirst("p.roots").text()).isEqualTo("Source directory " + Path.of("docs/en")
                + " · target directory " + Path.of("docs/de") + "; pages are named relative to them.");
        Elements rows = page.select("#pairs tbody tr");
        assertThat(rows).extracting(r -> r.child(0).text())
                .containsExactly("odd/odd.txt", "target only", "guide/guide.txt", "intro/intro.txt",
                        "script>/script>.txt");
        assertThat(rows).extracting(r -> r.child(1).text())
                .containsExactly("odd/odd.txt", "alone/alone.txt", "guide/guide.txt", "intro/intro.txt",
                        "clean/clean.txt");
        assertThat(rows).extracting(r -> r.selectFirst("a").attr("href"))
                .as("the links stay").containsExactly("odd.en-de.html", "alone.html", "guide.en-de.html",
                        "intro.en-de.html", "clean.html");
        assertThat(rows.get(0).child(0).attr("data-sort")).isEqualTo("odd/odd.txt");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.html()).doesNotContain("docs/en/guide.txt");
        // a tree of targets checked alone has one directory
        Report alone = new Report("9.9.9", List.of(inTree(TARGET_ONLY)), List.of(), Severity.ERROR, List.of(),
                new Report.Roots(null, Path.of("docs/de")));
        assertThat(Jsoup.parse(IndexPage.render(alone, List.of("a.html"))).selectFirst("p.roots").text())
                .isEqualTo("Target directory " + Path.of("docs/de")
                        + ", checked without sources; pages are named relative to it.");
        assertThat(PAGE.select("p.roots")).as("not a tree").isEmpty();
    }

    @Test
    void rowsCarryWhatTheFiltersReadAndTheControlsWaitForTheScript() {
        org.jsoup.nodes.Document page = Jsoup.parse(IndexPage.render(TREE, HREFS));
        Elements rows = page.select("#pairs tbody tr");

        assertThat(rows).extracting(r -> r.attr("data-path")).containsExactly("odd/odd.txt\nodd/odd.txt",
                "alone/alone.txt", "guide/guide.txt\nguide/guide.txt", "intro/intro.txt\nintro/intro.txt",
                "script>/script>.txt\nclean/clean.txt");
        assertThat(rows).extracting(r -> r.attr("data-errors")).containsExactly("0", "2", "1", "1", "0");
        Element filters = page.getElementById("filters");
        assertThat(filters.hasAttr("hidden")).as("no control that does nothing without script").isTrue();
        assertThat(filters.select("input#filter[type=search]")).hasSize(1);
        assertThat(page.select("select#status option")).extracting(o -> o.attr("value"), Element::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("all", "all"),
                        org.assertj.core.groups.Tuple.tuple("stale", "stale"),
                        org.assertj.core.groups.Tuple.tuple("not-parallel", "not parallel"),
                        org.assertj.core.groups.Tuple.tuple("errors", "with errors"));
        assertThat(page.select("form")).as("form-action 'none' would refuse a submission").isEmpty();
        assertThat(IndexPage.render(TREE, HREFS)).doesNotContain("<script>alert");
    }

    @Test
    void percentagesRoundAndASmallShareIsNotZero() {
        assertThat(IndexPage.percent(0.0)).isEqualTo("0%");
        assertThat(IndexPage.percent(0.001)).isEqualTo("<1%");
        assertThat(IndexPage.percent(0.375)).isEqualTo("38%");
        assertThat(IndexPage.percent(1.0)).isEqualTo("100%");
    }
}
