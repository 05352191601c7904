package dev.paracheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.samskivert.mustache.MustacheException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The templates of the HTML pages: how they are compiled ({@link Templates}, on a template of the test resources),
 * and rules every template of the build keeps: a value is written raw only when it is a page's own style or script
 * or built as HTML by the Java side ({@code ...Html}); every partial exists and every template is used.
 */
class TemplatesTest {
    private static final Path DIR = Path.of("src/main/resources/dev/paracheck/report");
    private static final Pattern RAW = Pattern.compile("\\{\\{\\{\\s*([^}\\s]+)\\s*}}}|\\{\\{&\\s*([^}\\s]+)\\s*}}");
    private static final Pattern PARTIAL = Pattern.compile("\\{\\{>\\s*([^}\\s]+)\\s*}}");
    private static final Set<String> PAGES = Set.of("review", "index");

    /** What templates-test.mustache shows. */
    private record Sample(String text, String valueHtml, String optional) {
    }

    private static String render(Object data) {
        return Templates.compile("templates-test").execute(data);
    }

    @Test
    void everyValueIsEscapedAsHtmlEscapesIt() {
        String text = "<b>\"x\" & 'y'\u0001</b>";

        assertThat(render(new Sample(text, "<i>built</i>", "<opt>"))).isEqualTo("""
                <p title="%1$s">%1$s</p> [&lt;opt&gt;]
                <div><i>built</i></div>
                <span><b>%1$s</b></span>
                """.formatted(Html.escape(text)));
        assertThat(Html.escape(text)).isEqualTo("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;\uFFFD&lt;/b&gt;");
    }

    @Test
    void anOptionalValueIsLeftOutWhenNullAndAMissingOrNullValueIsAnError() {
        assertThat(render(new Sample("t", "", null))).startsWith("<p title=\"t\">t</p>\n<div>");
        assertThatThrownBy(() -> render(new Sample(null, "", null))).isInstanceOf(MustacheException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> render(Map.of("text", "t"))).isInstanceOf(MustacheException.class)
                .hasMessageContaining("valueHtml");
    }

    @Test
    void onlyAPagesStyleAndScriptAndValuesBuiltAsHtmlAreWrittenRaw() throws IOException {
        Map<String, String> templates = templates();
        Set<String> raw = new HashSet<>();
        templates.values().forEach(t -> {
            Matcher m = RAW.matcher(t);
            while (m.find()) {
                raw.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        });
        assertThat(raw).isNotEmpty().allSatisfy(name -> assertThat(name)
                .matches(n -> n.equals("css") || n.equals("script") || n.endsWith("Html"), "css, script or …Html"));
    }

    @Test
    void everyPartialExistsAndEveryTemplateIsUsed() throws IOException {
        Map<String, String> templates = templates();
        Set<String> used = new HashSet<>(PAGES);
        templates.values().forEach(t -> {
            Matcher m = PARTIAL.matcher(t);
            while (m.find()) {
                used.add(m.group(1));
            }
        });
        assertThat(templates.keySet()).containsAll(used);
        assertThat(used).containsAll(templates.keySet());
        templates.keySet().forEach(Templates::compile);
    }

    @Test
    void anInlineScriptIsHashedAsEmittedAndMayNotCloseItsElement() throws Exception {
        InlineScript script = InlineScript.of("review.js", "triage.js");
        String text = Templates.text("review.js") + Templates.text("triage.js");

        assertThat(script.text()).isEqualTo(text);
        assertThat(script.hash()).isEqualTo("sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))));
        assertThat(HtmlReporter.scriptHash()).isEqualTo(script.hash());
        assertThat(IndexPage.scriptHash()).isEqualTo(InlineScript.of("index.js").hash());
        assertThatThrownBy(() -> InlineScript.of("templates-test-bad.js")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Templates.text("no-such.js")).hasMessageContaining("no-such.js");
    }

    /** The templates of the build, by name. */
    private static Map<String, String> templates() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".mustache")).toList()) {
                String name = f.getFileName().toString();
                out.put(name.substring(0, name.length() - ".mustache".length()), Files.readString(f));
            }
        }
        assertThat(out.keySet()).containsAll(List.of("review", "index"));
        return out;
    }
}
