package dev.paracheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents too large for the heap, in a JVM of its own with a small one: one line on standard error that says
 * how to raise it, exit code 2, no stack trace (not even from the threads started ahead), and no report.
 */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void tooLargeForTheHeapIsOneLineAndExitCode2() throws Exception {
        List<String> en = new ArrayList<>();
        List<String> de = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            en.addAll(TestFiles.lines(TestFiles.seedEnglish()));
            de.addAll(TestFiles.lines(TestFiles.seedGerman()));
        }
        Path source = TestFiles.writeLines(dir, "book.en.txt", en);
        Path target = TestFiles.writeLines(dir, "book.de.txt", de);
        Path out = dir.resolve("reports");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx48m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "check", "--no-grammar",
                source.toString(), target.toString(), "--output-dir", out.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());

        assertThat(p.waitFor()).as(output).isEqualTo(2);
        assertThat(output.lines().toList()).as(output).singleElement().asString()
                .startsWith("paracheck: out of memory: ").contains("PARACHECK_JAVA_OPTS=-Xmx");
        if (Files.exists(out)) {
            try (var written = Files.list(out)) {
                assertThat(written).isEmpty();
            }
        }
    }
}
