package dev.paracheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package layout reads as the pipeline, and dependencies run one way: checked on the import lines. */
class ArchitectureTest {
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.paracheck\\.([a-z]+)",
            Pattern.MULTILINE);
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of("model"),
            "internal", Set.of("internal"),
            "config", Set.of("config", "model", "internal"),
            "ingest", Set.of("ingest", "model", "internal"),
            "segment", Set.of("segment", "model", "internal"),
            "align", Set.of("align", "model", "internal"),
            "check", Set.of("check", "model", "internal", "config"),
            "report", Set.of("report", "model", "internal"),
            "pipeline", Set.of("pipeline", "ingest", "segment", "align", "check", "report", "model", "internal",
                    "config"),
            "cli", Set.of("cli", "pipeline", "check", "report", "model", "internal", "config"));

    @Test
    void stagesImportOnlyWhatTheLayoutAllows() throws IOException {
        Path root = Path.of("src/main/java/dev/paracheck");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f).getName(0).toString();
                assertThat(ALLOWED).as("package %s is not in the layout", pkg).containsKey(pkg);
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    if (!ALLOWED.get(pkg).contains(m.group(1))) {
                        violations.add(root.relativize(f) + " imports " + m.group(1));
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void tikaLanguageToolAndTheTemplateEngineStayInTheirStages() throws IOException {
        Path root = Path.of("src/main/java/dev/paracheck");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f).getName(0).toString();
                String text = Files.readString(f);
                if (!pkg.equals("ingest")) {
                    assertThat(text).as(f.toString()).doesNotContain("import org.apache.tika");
                }
                if (!pkg.equals("segment") && !pkg.equals("check")) {
                    assertThat(text).as(f.toString()).doesNotContain("import org.languagetool");
                }
                if (!pkg.equals("report")) {
                    assertThat(text).as(f.toString() + ": the HTML templates stay in report")
                            .doesNotContain("import com.samskivert");
                }
            }
        }
    }
}
