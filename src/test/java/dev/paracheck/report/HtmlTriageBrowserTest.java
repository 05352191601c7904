package dev.paracheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paracheck.cli.Main;
import dev.paracheck.config.Glossary;
import dev.paracheck.config.GlossaryLoader;
import dev.paracheck.pipeline.Baseline;
import dev.paracheck.testing.HeadlessChromium;
import dev.paracheck.testing.TestFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;

/**
 * Triage in the HTML report, in a real headless Chromium, end to end: a report the CLI wrote, findings marked and
 * a term's rendering picked by clicking, the baseline and the glossary downloaded by the page's buttons, and the
 * CLI run again with those files. Skipped where the browser is not installed.
 */
class HtmlTriageBrowserTest {
    private static final String EN = TestFiles.seedEnglish().toString();
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private WebDriver driver;

    @BeforeEach
    void start() {
        driver = HeadlessChromium.start(dir);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static int run(String... args) {
        return Main.commandLine().setOut(new PrintWriter(new StringWriter(), true))
                .setErr(new PrintWriter(new StringWriter(), true)).execute(args);
    }

    /** The seed's German with its fourth paragraph deleted: one omission, a warning, and the seed's term drift. */
    private Path editedGerman() {
        List<String> de = new ArrayList<>(TestFiles.lines(TestFiles.seedGerman()));
        de.remove(3);
        return TestFiles.writeLines(dir, "article.de.txt", de);
    }

    /** The HTML report of the seed's English and {@code target}, as {@code paracheck check} writes it. */
    private Path report(Path target) {
        Path out = dir.resolve("report");
        assertThat(run("check", EN, target.toString(), "--no-grammar", "--format", "html", "--output-dir",
                out.toString())).isZero();
        return out.resolve("article.en-de.html");
    }

    /** The findings of a run of {@code check} with {@code options} on the seed's English and {@code target}. */
    private JsonNode findings(Path target, String... options) throws Exception {
        Path out = Files.createTempDirectory(dir, "json");
        List<String> args = new ArrayList<>(List.of("check", EN, target.toString(), "--no-grammar", "--format",
                "json", "--output-dir", out.toString()));
        args.addAll(List.of(options));
        run(args.toArray(String[]::new));
        return new ObjectMapper().readTree(out.resolve("article.en-de.json").toFile()).path("pairs").get(0)
                .path("findings");
    }

    private Path downloaded(String name) throws InterruptedException {
        Path file = HeadlessChromium.downloads(dir).resolve(name);
        long deadline = System.nanoTime() + DOWNLOAD_TIMEOUT.toNanos();
        while (!Files.isRegularFile(file) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(file).as("downloaded").isRegularFile();
        return file;
    }

    private void assertNoConsoleError() {
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())).isEmpty();
    }

    private static String pressed(WebElement button) {
        return button.getDomAttribute("aria-pressed");
    }

    /**
     * The pressed state of the button {@code at} finds once it is {@code expected}, or as it is after five seconds:
     * a reloaded page restores its verdicts from storage in its own script, which a loaded machine may run after
     * the element is found.
     */
    private String pressedSoon(By at, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String state = pressed(driver.findElement(at));
        while (!expected.equals(state) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            state = pressed(driver.findElement(at));
        }
        return state;
    }

    @Test
    void anAcceptedOmissionDownloadedAsBaselineNoLongerFailsTheGate() throws Exception {
        Path target = editedGerman();
        driver.get(report(target).toUri().toString());
        assertNoConsoleError();

        WebElement row = driver.findElement(By.cssSelector("tr.finding[data-check='omission']"));
        String fingerprint = row.getDomAttribute("data-fingerprint");
        row.findElement(By.cssSelector("button.verdict[data-verdict='accepted']")).click();
        assertThat(driver.findElement(By.cssSelector("ol.findings li[data-check='omission']"))
                .getDomAttribute("data-triage")).isEqualTo("accepted");
        assertThat(driver.findElement(By.cssSelector("nav.triage .triaged")).getText()).isEqualTo("1");
        driver.findElement(By.id("download-baseline")).click();
        Path baseline = downloaded("paracheck-baseline.json");
        assertNoConsoleError();

        JsonNode json = new ObjectMapper().readTree(Files.readString(baseline, StandardCharsets.UTF_8));
        Path written = dir.resolve("cli-baseline.json");
        assertThat(run("baseline", EN, target.toString(), "--no-grammar", "--output", written.toString())).isZero();
        assertThat(json.path("tool")).isEqualTo(new ObjectMapper().readTree(written.toFile()).path("tool"));
        assertThat(json.path("fingerprints")).extracting(JsonNode::asText).containsExactly(fingerprint);

        String out = dir.resolve("gate").toString();
        assertThat(run("check", EN, target.toString(), "--no-grammar", "--output-dir", out, "--fail-on", "warning"))
                .isEqualTo(1);
        assertThat(run("check", EN, target.toString(), "--no-grammar", "--output-dir", out, "--fail-on", "warning",
                "--baseline", baseline.toString())).isZero();
        assertThat(findings(target, "--baseline", baseline.toString())).extracting(f -> f.path("check").asText())
                .isNotEmpty().doesNotContain("omission");
    }

    @Test
    void theVerdictsExcludeEachOtherAndAClickOnTheChosenOneClearsIt() throws Exception {
        driver.get(report(editedGerman()).toUri().toString());
        WebElement row = driver.findElement(By.cssSelector("tr.finding[data-check='omission']"));
        WebElement accept = row.findElement(By.cssSelector("button.verdict[data-verdict='accepted']"));
        WebElement falseAlarm = row.findElement(By.cssSelector("button.verdict[data-verdict='false-alarm']"));
        WebElement download = driver.findElement(By.id("download-baseline"));
        assertThat(download.isEnabled()).as("nothing to download yet").isFalse();

        accept.click();
        assertThat(List.of(pressed(accept), pressed(falseAlarm))).containsExactly("true", "false");
        falseAlarm.click();
        assertThat(List.of(pressed(accept), pressed(falseAlarm))).containsExactly("false", "true");
        assertThat(row.getDomAttribute("data-triage")).isEqualTo("false-alarm");
        falseAlarm.click();
        assertThat(List.of(pressed(accept), pressed(falseAlarm))).containsExactly("false", "false");
        assertThat(row.getDomAttribute("data-triage")).isNull();
        assertThat(download.isEnabled()).isFalse();

        falseAlarm.click();
        driver.navigate().refresh();
        assertThat(pressedSoon(By.cssSelector("tr.finding[data-check='omission'] "
                + "button.verdict[data-verdict='false-alarm']"), "true")).as("kept in the browser's storage")
                .isEqualTo("true");
        assertNoConsoleError();
    }

    @Test
    void aPickedRenderingDownloadedAsGlossaryFlagsTheOtherOne() throws Exception {
        Path target = editedGerman();
        driver.get(report(target).toUri().toString());
        List<WebElement> terms = driver.findElements(By.cssSelector(
                "tr.finding[data-check='term-drift'] .terms[data-term='executive committee']"));
        assertThat(terms).hasSizeGreaterThan(1);
        terms.get(0).findElement(By.cssSelector("button.rendering[data-rendering='Parteivorstand']")).click();
        assertThat(terms).allSatisfy(t -> {
            assertThat(pressed(t.findElement(By.cssSelector("[data-rendering='Parteivorstand']")))).isEqualTo("true");
            assertThat(pressed(t.findElement(By.cssSelector("[data-rendering='Exekutivkomitee']")))).isEqualTo("false");
        });
        driver.findElement(By.id("download-glossary")).click();
        Path glossary = downloaded("paracheck-glossary.csv");
        assertNoConsoleError();

        assertThat(glossary).content(StandardCharsets.UTF_8).isEqualTo(
                "source,target,forbidden,note,case\nexecutive committee,Parteivorstand,Exekutivkomitee,,\n");
        assertThat(findings(target)).extracting(f -> f.path("check").asText()).doesNotContain("glossary");
        assertThat(findings(target, "--glossary", glossary.toString()))
                .filteredOn(f -> f.path("check").asText().equals("glossary")).isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.path("message").asText())
                            .contains("\"executive committee\" is translated with the forbidden \"Exekutivkomitee\"")
                            .contains("expected \"Parteivorstand\"");
                    assertThat(f.path("target").path("text").asText()).contains("Exekutivkomitee");
                });
    }

    @Test
    void quotesCommasAndMarkupSurviveTheDownloads() throws Exception {
        Path html = dir.resolve("nasty.html");
        Files.writeString(html, ReportFiles.render(new HtmlReporter(), TriageHtmlTest.REPORT));
        driver.get(html.toUri().toString());
        String nasty = TriageHtmlTest.TERMS.renderings().get(1);

        driver.findElement(By.cssSelector(".terms button.rendering:nth-of-type(2)")).click();
        driver.findElement(By.cssSelector("p[data-fingerprint] button.verdict[data-verdict='false-alarm']")).click();
        driver.findElement(By.id("download-glossary")).click();
        driver.findElement(By.id("download-baseline")).click();

        Glossary glossary = GlossaryLoader.load(downloaded("paracheck-glossary.csv"), "en", "de");
        assertThat(glossary.entries()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(TriageHtmlTest.TERMS.source());
            assertThat(e.approved()).containsExactly(nasty);
            assertThat(e.forbidden()).containsExactly("Quellpaket");
        });
        Baseline baseline = Baseline.read(downloaded("paracheck-baseline.json"));
        assertThat(baseline.filter(TriageHtmlTest.PAIR).findings()).extracting(dev.paracheck.model.Finding::check)
                .containsExactly("term-drift", "omission");
        assertNoConsoleError();
    }
}
