package dev.paracheck.report;

import static dev.paracheck.testing.Fixtures.document;
import static dev.paracheck.testing.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Problem;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import dev.paracheck.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report of a tree (directory mode): every writer names a document by its path relative to the directory
 * given, the roots stated once where the format has a place for them; a pair's own report keeps the paths.
 */
class TreeReportsTest {
    static final Path SOURCE_ROOT = Path.of("..", "shared", "corpora", "site", "en");
    static final Path TARGET_ROOT = Path.of("..", "shared", "corpora", "site", "de");

    private static PairResult pair(String relative, String enText, String deText, boolean withFinding) {
        Document en = document(SOURCE_ROOT.resolve(relative).toString(), "en", new String[] {"Install it.", enText})
                .withRelative(Path.of(relative));
        Document de = document(TARGET_ROOT.resolve(relative).toString(), "de", new String[] {"Installieren Sie es.",
                deText}).withRelative(Path.of(relative));
        List<Finding> findings = withFinding ? List.of(new Finding("number", Severity.WARNING, "A number differs: 3",
                Location.ofSentences(en, List.of(1)), Location.ofSentences(de, List.of(1)))) : List.of();
        return new PairResult(en, de, Fixtures.alignment(link(List.of(0), List.of(0)), link(List.of(1), List.of(1))),
                findings);
    }

    static final PairResult GUIDE = pair("guide/install/index.md", "It takes 3 minutes.", "Es dauert 4 Minuten.",
            true);
    static final PairResult NEWS = pair("news/index.md", "Read the news.", "Lesen Sie die Nachrichten.", false);
    static final Report TREE = new Report("9.9.9", List.of(GUIDE, NEWS),
            List.of(new CheckDescriptor("number", "Numbers", "A number differs.", Severity.WARNING)), Severity.ERROR,
            List.of(new Problem(SOURCE_ROOT.resolve("orphan.md"), "source orphan.md: no counterpart in "
                    + TARGET_ROOT)), new Report.Roots(SOURCE_ROOT, TARGET_ROOT));

    @Test
    void aDocumentKnowsItsRelativePathWithSlashesAndTheReportOfATreeNamesItSo() {
        Document d = GUIDE.source();
        assertThat(d.relativeName()).isEqualTo("guide/install/index.md");
        assertThat(d.label()).isEqualTo("guide/install/index.md");
        assertThat(d.withRelative(null).label()).isEqualTo("index.md");
        assertThat(d.withRelative(null).relativeName()).isNull();
        assertThat(TREE.name(d)).isEqualTo("guide/install/index.md");
        assertThat(TREE.only(GUIDE).name(d)).as("a pair's own report").isEqualTo(d.path().toString());
        assertThat(TREE.withPairs(List.of(NEWS)).roots()).isEqualTo(TREE.roots());
        assertThatThrownBy(() -> d.withRelative(Path.of("")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withRelative(Path.of("x").toAbsolutePath()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConsoleStatesTheRootsOnceAndNamesPairsAndLocationsRelatively() {
        String console = ReportFiles.render(new ConsoleReporter(), TREE);

        assertThat(console).startsWith("source directory: " + SOURCE_ROOT + "\ntarget directory: " + TARGET_ROOT
                + "\nguide/install/index.md (en, 1 paragraphs, 2 sentences)\n  -> guide/install/index.md (de, ");
        assertThat(console).contains("  warning number       source guide/install/index.md line 1: A number differs")
                .contains("\nnews/index.md (en, ").contains("  problem source orphan.md: no counterpart in ");
        assertThat(console.split(java.util.regex.Pattern.quote(SOURCE_ROOT.toString()), -1)).hasSize(2);
        // a pair's own report: the paths, and no file in the location
        assertThat(ReportFiles.render(new ConsoleReporter(), TREE.only(GUIDE)))
                .startsWith(GUIDE.source().path() + " (en, ").contains("source line 1: A number differs")
                .doesNotContain("directory:");
    }

    @Test
    void aTreeOfTargetsAloneHasOneRoot() {
        Report alone = new Report("9.9.9", List.of(PairResult.targetOnly(GUIDE.target(), List.of())), List.of(),
                Severity.ERROR, List.of(), new Report.Roots(null, TARGET_ROOT));

        assertThat(ReportFiles.render(new ConsoleReporter(), alone)).startsWith("target directory: " + TARGET_ROOT
                + " (checked without sources)\nguide/install/index.md (de, 1 paragraphs, 2 sentences), target only");
        assertThat(ReportFiles.render(new MarkdownReporter(), alone)).contains("Target directory: ")
                .contains("| (target only) | guide/install/index.md (de) |");
    }

    /**
     * A tree's SARIF keeps each relative path as given — relative to the working directory, the repository root in
     * CI, as GitHub code scanning reads it — under the base id of the working directory.
     */
    @Test
    void sarifLocationsAreRelativeToTheWorkingDirectory() throws Exception {
        JsonNode run = new ObjectMapper().readTree(ReportFiles.render(new SarifReporter(), TREE)).path("runs").get(0);

        JsonNode bases = run.path("originalUriBaseIds");
        assertThat(bases.size()).isEqualTo(1);
        assertThat(bases.path("%SRCROOT%").path("uri").asText())
                .isEqualTo(Path.of("").toAbsolutePath().toUri().toString()).endsWith("/");
        JsonNode location = run.path("results").get(0).path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText())
                .isEqualTo("../shared/corpora/site/de/guide/install/index.md");
        assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(1);
        // a pair's own report: the path as given, no base ids
        JsonNode own = new ObjectMapper().readTree(ReportFiles.render(new SarifReporter(), TREE.only(GUIDE)))
                .path("runs").get(0);
        assertThat(own.has("originalUriBaseIds")).isFalse();
        assertThat(own.path("results").get(0).path("locations").get(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText()).isEqualTo("../shared/corpora/site/de/guide/install/index.md");
    }

    @Test
    void junitMarkdownTsvAndTmxNameTheFilesRelatively() {
        String junit = ReportFiles.render(new JUnitReporter(), TREE);
        assertThat(junit).contains("<testsuite name=\"guide/install/index.md -&gt; guide/install/index.md\"")
                .contains("<testcase classname=\"news/index.md\" name=\"number\">").doesNotContain("shared");

        String md = ReportFiles.render(new MarkdownReporter(), TREE);
        assertThat(md).contains("Source directory: " + SOURCE_ROOT + " · target directory: " + TARGET_ROOT)
                .contains("| guide/install/index.md (en) | guide/install/index.md (de) | 0 | 1 | 0 |")
                .contains("### guide/install/index.md");
        assertThat(md.indexOf("Source directory")).isLessThan(md.indexOf("| source |"));

        String tsv = ReportFiles.render(new TsvReporter(), TREE);
        assertThat(tsv.lines().skip(1)).singleElement()
                .satisfies(l -> assertThat(l).startsWith("guide/install/index.md\tguide/install/index.md\tnumber\t"));

        assertThat(ReportFiles.render(new TmxReporter(), TREE))
                .contains("<prop type=\"x-source-file\">guide/install/index.md</prop>").doesNotContain("shared");
    }

    @Test
    void jsonKeepsThePathsAndAddsTheRelativeOnes() throws Exception {
        JsonNode pairs = new ObjectMapper().readTree(ReportFiles.render(new JsonReporter(), TREE)).path("pairs");

        assertThat(pairs.get(0).path("source").path("path").asText())
                .isEqualTo(SOURCE_ROOT.resolve("guide/install/index.md").toString());
        assertThat(pairs.get(0).path("source").path("relative").asText()).isEqualTo("guide/install/index.md");
        assertThat(pairs.get(1).path("target").path("relative").asText()).isEqualTo("news/index.md");
        JsonNode single = new ObjectMapper().readTree(ReportFiles.render(new JsonReporter(),
                new Report("1", List.of(new PairResult(GUIDE.source().withRelative(null),
                        GUIDE.target().withRelative(null), GUIDE.alignment(), List.of())), List.of())));
        assertThat(single.path("pairs").get(0).path("source").has("relative")).as("a pair given alone").isFalse();
    }
}
