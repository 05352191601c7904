package dev.paracheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportPathsTest {
    private static final List<String> EXTENSIONS = List.of("html", "json");
    private static final Set<String> COMBINED = Set.of("index.html", "paracheck.json");

    @Test
    void pairsWithoutClashKeepTheirBaseNames() {
        assertThat(ReportPaths.plan(List.of(new ReportPaths.Pair("", "article.en-de", "article.en.txt"),
                new ReportPaths.Pair("news", "library", "library.txt")), EXTENSIONS, COMBINED))
                .containsExactly("article.en-de", "news/library");
    }

    @Test
    void aPairNamedLikeACombinedReportTakesItsFullFileName() {
        assertThat(ReportPaths.plan(List.of(new ReportPaths.Pair("", "index", "index.md"),
                new ReportPaths.Pair("", "paracheck", "paracheck.md"),
                new ReportPaths.Pair("docs", "index", "index.md")), EXTENSIONS, COMBINED))
                .containsExactly("index.md", "paracheck.md", "docs/index");
    }

    @Test
    void everyPairOfAClashingGroupIsRenamedWhateverTheOrder() {
        ReportPaths.Pair md = new ReportPaths.Pair("", "page", "page.md");
        ReportPaths.Pair txt = new ReportPaths.Pair("", "Page", "Page.txt");
        assertThat(ReportPaths.plan(List.of(md, txt), EXTENSIONS, COMBINED)).containsExactly("page.md", "Page.txt");
        assertThat(ReportPaths.plan(List.of(txt, md), EXTENSIONS, COMBINED)).containsExactly("Page.txt", "page.md");
    }

    @Test
    void aFullNameThatClashesAgainTakesACounter() {
        // "page.md" (from page.md.txt) is another pair's base; the two "page" pairs then take page.md and page.txt,
        // and the one whose full name is taken already gets the first free counter.
        List<String> bases = ReportPaths.plan(List.of(new ReportPaths.Pair("", "page.md", "page.md.txt"),
                new ReportPaths.Pair("", "page", "page.md"), new ReportPaths.Pair("", "page", "page.txt")),
                EXTENSIONS, COMBINED);
        assertThat(bases).containsExactly("page.md", "page.md~2", "page.txt");
        assertThat(Set.copyOf(bases)).hasSize(3);
    }
}
