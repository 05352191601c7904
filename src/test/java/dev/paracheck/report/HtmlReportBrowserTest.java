package dev.paracheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.check.Checks;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.pipeline.ConsistencyRun;
import dev.paracheck.pipeline.PairOptions;
import dev.paracheck.testing.HeadlessChromium;
import dev.paracheck.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The HTML report in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs):
 * it loads with no console error (a wrong script hash would be a CSP error), the filters hide and show
 * findings, and the keyboard reaches every finding, in the two-column report and in the one-column report of a
 * target checked without its source; a number finding's numbers are marked in its row; the directory index
 * loads as cleanly, sorts by a column when its heading is clicked and filters its rows by path and by status.
 * Skipped where the browser is not installed.
 */
class HtmlReportBrowserTest {
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

    private Path report() throws Exception {
        List<String> de = new ArrayList<>(TestFiles.lines(TestFiles.seedGerman()));
        de.remove(7);
        de.add(4, de.remove(12));
        Path target = TestFiles.writeLines(dir, "article.de.txt", de);
        PairResult pair = new ConsistencyRun().check(TestFiles.seedEnglish(), target, new PairOptions(null, null, false),
                Checks.withoutGrammar());
        Report report = new Report("test", List.of(pair), Checks.withoutGrammar().enabledDescriptors());
        Path html = dir.resolve("report.html");
        Files.writeString(html, ReportFiles.render(new HtmlReporter(), report));
        return html;
    }

    /** A reviewer sees text at once: the findings list scrolls in its own box above the texts. */
    @Test
    void theTextsAreOnTheFirstScreenAt1400By900() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 900));
        driver.get(report().toUri().toString());

        Object visible = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const cells = document.querySelectorAll('table.align td.text');"
                        + "return cells.length > 2 && cells[0].getBoundingClientRect().top + 60 < window.innerHeight;");
        assertThat(visible).isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("ol.findings li"))).hasSizeGreaterThan(2);
    }

    /** A long line with no place to break (a URL, a command) wraps in its cell: the target stays on the screen. */
    @Test
    void aLongUnbreakableLineKeepsTheTargetOnTheScreen() throws Exception {
        List<String> en = new ArrayList<>(TestFiles.lines(TestFiles.seedEnglish()));
        List<String> de = new ArrayList<>(TestFiles.lines(TestFiles.seedGerman()));
        String path = "DEBCONF_" + "A_VERY_LONG_IDENTIFIER_".repeat(30) + "END";
        en.add(2, "Download it from " + path + " today.");
        de.add(2, "Lade es heute von " + path + " herunter.");
        Path source = TestFiles.writeLines(dir, "long.en.txt", en);
        Path target = TestFiles.writeLines(dir, "long.de.txt", de);
        PairResult pair = new ConsistencyRun().check(source, target, new PairOptions(null, null, false),
                Checks.withoutGrammar());
        Path html = dir.resolve("long.html");
        Files.writeString(html, ReportFiles.render(new HtmlReporter(),
                new Report("test", List.of(pair), Checks.withoutGrammar().enabledDescriptors())));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 900));
        driver.get(html.toUri().toString());

        Object fits = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const cells = [...document.querySelectorAll('table.align td.text')];"
                        + "return cells.length > 2 && document.documentElement.scrollWidth <= window.innerWidth"
                        + " && cells.every(c => c.getBoundingClientRect().right <= window.innerWidth);");
        assertThat(fits).isEqualTo(true);
    }

    @Test
    void loadsWithoutErrorsFiltersAndNavigates() throws Exception {
        driver.get(report().toUri().toString());

        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).isEmpty();

        List<WebElement> items = driver.findElements(By.cssSelector("ol.findings li"));
        long info = items.stream().filter(e -> "info".equals(e.getDomAttribute("data-severity"))).count();
        assertThat(items).hasSizeGreaterThan(2);
        assertThat(info).isPositive();
        driver.findElement(By.cssSelector("input.filter[value='info']")).click();
        assertThat(items.stream().filter(WebElement::isDisplayed).count()).isEqualTo(items.size() - info);
        assertThat(items.stream().filter(WebElement::isDisplayed))
                .allSatisfy(e -> assertThat(e.getDomAttribute("data-severity")).isNotEqualTo("info"));
        driver.findElement(By.cssSelector("input.filter[value='info']")).click();
        assertThat(items.stream().filter(WebElement::isDisplayed).count()).isEqualTo(items.size());

        List<WebElement> rows = driver.findElements(By.cssSelector("tr.finding"));
        Set<String> expected = new HashSet<>();
        rows.forEach(r -> expected.add(r.getDomAttribute("id")));
        Set<String> reached = new HashSet<>();
        WebElement body = driver.findElement(By.tagName("body"));
        for (int i = 0; i < rows.size(); i++) {
            body.sendKeys("n");
            String url = driver.getCurrentUrl();
            reached.add(url.substring(url.indexOf('#') + 1));
        }
        assertThat(reached).isEqualTo(expected);
        body.sendKeys("p");
        assertThat(driver.findElements(By.cssSelector("tr.finding.current"))).hasSize(1);
    }

    @Test
    void aTargetCheckedAloneLoadsWithoutErrorsFiltersAndNavigates() throws Exception {
        Path html = dir.resolve("target-only.html");
        Files.writeString(html, ReportFiles.render(new HtmlReporter(), TargetOnlyReportsTest.ALONE));

        driver.get(html.toUri().toString());

        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).isEmpty();
        assertThat(driver.findElement(By.id("p0-para1")).getText()).contains("<script>alert('x')</script>");
        List<WebElement> rows = driver.findElements(By.cssSelector("tr.finding"));
        assertThat(rows).hasSize(3);
        WebElement body = driver.findElement(By.tagName("body"));
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            body.sendKeys("n");
            String url = driver.getCurrentUrl();
            reached.add(url.substring(url.indexOf('#') + 1));
        }
        assertThat(reached).containsExactlyInAnyOrder("p0-f0", "p0-f1", "p0-f2");
        driver.findElement(By.cssSelector("input.filter[value='error']")).click();
        assertThat(driver.findElement(By.id("p0-f2")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("p0-para2")).isDisplayed()).as("the text stays").isTrue();
        assertThat(driver.findElement(By.id("p0-f0")).isDisplayed()).isTrue();
    }

    /**
     * The side of an omission or an addition that has no text stays hatched in an error row, whose text cells are
     * pink: {@code table.align td.text.empty} outweighs {@code tr.sev-error td.text}. So does the empty source side
     * of a moved link's target row.
     */
    @Test
    void anEmptyCellStaysHatchedInAnErrorRow() throws Exception {
        Path html = dir.resolve("golden.html");
        Files.writeString(html, ReportFiles.render(new HtmlReporter(), GoldenFilesTest.REPORT));

        driver.get(html.toUri().toString());

        for (String row : List.of("p0-l1", "p0-l4", "p0-t2")) {
            Object style = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "const s = getComputedStyle(document.querySelector('#' + arguments[0] + ' td.text.empty'));"
                            + "return [s.backgroundColor, s.backgroundImage];", row);
            assertThat((List<?>) style).as(row).satisfies(s -> {
                assertThat(s.get(0)).isEqualTo("rgba(0, 0, 0, 0)");
                assertThat((String) s.get(1)).startsWith("repeating-linear-gradient");
            });
        }
        assertThat(driver.findElement(By.cssSelector("#p0-l1 td.text:not(.empty)")).getCssValue("background-color"))
                .as("the row's text is pink").isEqualTo("rgba(255, 235, 233, 1)");
        assertThat(driver.findElement(By.cssSelector("#p0-l4 td.text:not(.empty)")).getCssValue("background-color"))
                .isEqualTo("rgba(255, 235, 233, 1)");
    }

    @Test
    void aStaleFindingShowsTheSourceChangeMarkedUpInPlace() throws Exception {
        List<String> en = new ArrayList<>(TestFiles.lines(TestFiles.resource("pairs/library.en.txt")));
        en.set(4, en.get(4).replace("420,000", "450,000"));
        Path now = TestFiles.writeLines(dir, "library.en.txt", en);
        PairResult pair = new ConsistencyRun().checkAgainstBefore(TestFiles.resource("pairs/library.en.txt"), now,
                TestFiles.resource("pairs/library.de.txt"), new PairOptions("en", "de", false),
                Checks.withoutGrammar(), dev.paracheck.model.Severity.WARNING);
        Path html = dir.resolve("stale.html");
        Files.writeString(html, ReportFiles.render(new HtmlReporter(), new Report("test", List.of(pair),
                Checks.withoutGrammar().enabledDescriptors())));

        driver.get(html.toUri().toString());

        List<WebElement> rows = driver.findElements(By.cssSelector("tr.finding")).stream()
                .filter(r -> r.getText().contains("The source changed since the translation")).toList();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.isDisplayed()).isTrue();
            assertThat(r.findElement(By.tagName("del")).getText()).isEqualTo("420");
            assertThat(r.findElement(By.tagName("ins")).getText()).isEqualTo("450");
        });
    }

    @Test
    void theNumbersOfANumberFindingAreMarkedInTheirRow() throws Exception {
        List<String> de = new ArrayList<>(TestFiles.lines(TestFiles.resource("pairs/library.de.txt")));
        de.set(1, de.get(1).replace("rund 300 Besuchern", "rund 350 Besuchern"));
        Path target = TestFiles.writeLines(dir, "library.de.txt", de);
        PairResult pair = new ConsistencyRun().check(TestFiles.resource("pairs/library.en.txt"), target,
                new PairOptions("en", "de", false), Checks.withoutGrammar());
        Path html = dir.resolve("numbers.html");
        Files.writeString(html, ReportFiles.render(new HtmlReporter(), new Report("test", List.of(pair),
                Checks.withoutGrammar().enabledDescriptors())));

        driver.get(html.toUri().toString());

        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())).isEmpty();
        WebElement finding = driver.findElement(By.cssSelector("tr.finding[data-check='number']"));
        WebElement row = finding.findElement(By.xpath("preceding-sibling::tr[not(contains(@class,'finding'))][1]"));
        List<WebElement> marks = row.findElements(By.cssSelector("td.text mark.span.number"));
        assertThat(marks).extracting(WebElement::getText).containsExactly("300", "350");
        assertThat(marks).allSatisfy(m -> {
            assertThat(m.isDisplayed()).isTrue();
            assertThat(m.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        });
    }

    @Test
    void theIndexLoadsWithoutErrorsAndSortsByAColumn() throws Exception {
        Path html = dir.resolve("index.html");
        Files.writeString(html, IndexPage.render(IndexPageTest.DASHBOARD, IndexPageTest.HREFS));

        driver.get(html.toUri().toString());

        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#pairs thead th button"))).as("the script ran").hasSize(12);
        assertThat(pageOrder()).containsExactly("odd.en-de.html", "alone.html", "guide.en-de.html",
                "intro.en-de.html", "clean.html");

        WebElement errors = driver.findElement(By.cssSelector("th[data-col='errors']"));
        errors.click();
        // the most errors first; ties keep the worst-first order
        assertThat(column("errors")).containsExactly(2, 1, 1, 0, 0);
        assertThat(pageOrder()).containsExactly("alone.html", "guide.en-de.html", "intro.en-de.html",
                "odd.en-de.html", "clean.html");
        assertThat(errors.getDomAttribute("aria-sort")).isEqualTo("descending");

        errors.click();
        assertThat(column("errors")).containsExactly(0, 0, 1, 1, 2);
        assertThat(pageOrder()).containsExactly("odd.en-de.html", "clean.html", "guide.en-de.html",
                "intro.en-de.html", "alone.html");
        assertThat(errors.getDomAttribute("aria-sort")).isEqualTo("ascending");

        driver.findElement(By.cssSelector("th[data-col='source-changed']")).click();
        assertThat(pageOrder().subList(0, 2)).containsExactly("guide.en-de.html", "intro.en-de.html");
        assertThat(errors.getDomAttribute("aria-sort")).isNull();
        driver.findElement(By.cssSelector("th[data-col='status']")).click();
        assertThat(pageOrder().get(0)).isEqualTo("odd.en-de.html");
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())).isEmpty();
    }

    @Test
    void theIndexFiltersByPathAndByStatusWithoutACspViolation() throws Exception {
        Path html = dir.resolve("index.html");
        Files.writeString(html, IndexPage.render(IndexPageTest.TREE, IndexPageTest.HREFS));

        driver.get(html.toUri().toString());

        WebElement box = driver.findElement(By.id("filter"));
        WebElement shown = driver.findElement(By.id("shown"));
        assertThat(box.isDisplayed()).as("the script shows the controls").isTrue();
        assertThat(visiblePages()).hasSize(5);
        assertThat(shown.getText()).isEqualTo("5 of 5 pages shown");

        box.sendKeys("GUIDE");
        assertThat(visiblePages()).as("a part of the path, case aside").containsExactly("guide.en-de.html");
        assertThat(shown.getText()).isEqualTo("1 of 5 pages shown");
        box.clear();
        box.sendKeys("clean/");
        assertThat(visiblePages()).as("the target's path").containsExactly("clean.html");
        box.clear();
        box.sendKeys("script>");
        assertThat(visiblePages()).as("the source's path").containsExactly("clean.html");
        box.clear();
        box.sendKeys("i");
        assertThat(visiblePages()).containsExactly("guide.en-de.html", "intro.en-de.html", "clean.html");
        box.sendKeys("ntro/");
        assertThat(visiblePages()).containsExactly("intro.en-de.html");
        box.sendKeys("nothing");
        assertThat(visiblePages()).isEmpty();
        assertThat(shown.getText()).isEqualTo("0 of 5 pages shown");
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        assertThat(visiblePages()).hasSize(5);

        status("stale");
        assertThat(visiblePages()).containsExactly("guide.en-de.html", "intro.en-de.html");
        status("not-parallel");
        assertThat(visiblePages()).containsExactly("odd.en-de.html");
        status("errors");
        assertThat(visiblePages()).containsExactly("alone.html", "guide.en-de.html", "intro.en-de.html");
        // the two filters combine, and sorting keeps what is hidden hidden
        box.sendKeys("guide");
        assertThat(visiblePages()).containsExactly("guide.en-de.html");
        driver.findElement(By.cssSelector("th[data-col='errors']")).click();
        assertThat(visiblePages()).containsExactly("guide.en-de.html");
        status("all");
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        assertThat(visiblePages()).hasSize(5);
        assertThat(shown.getText()).isEqualTo("5 of 5 pages shown");

        List<LogEntry> logs = driver.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(logs).as("no console error").noneMatch(e -> e.getLevel().intValue() >= Level.SEVERE.intValue());
        assertThat(logs).as("no CSP violation").noneMatch(e -> e.getMessage().contains("Content Security Policy"));
    }

    /** Chooses an option of the status filter, as a click does. */
    private void status(String value) {
        driver.findElement(By.cssSelector("#status option[value='" + value + "']")).click();
    }

    /** The links of the rows shown, in their order. */
    private List<String> visiblePages() {
        return driver.findElements(By.cssSelector("#pairs tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(r -> r.findElement(By.tagName("a")).getDomAttribute("href")).toList();
    }

    private List<String> pageOrder() {
        return driver.findElements(By.cssSelector("#pairs tbody tr")).stream()
                .map(r -> r.findElement(By.tagName("a")).getDomAttribute("href")).toList();
    }

    private List<Integer> column(String name) {
        List<WebElement> heads = driver.findElements(By.cssSelector("#pairs thead th"));
        int index = heads.stream().map(h -> h.getDomAttribute("data-col")).toList().indexOf(name);
        return driver.findElements(By.cssSelector("#pairs tbody tr")).stream()
                .map(r -> Integer.valueOf(r.findElements(By.tagName("td")).get(index).getText())).toList();
    }
}
