package dev.paracheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.paracheck.internal.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
    @TempDir
    Path dir;

    @Test
    void reportsGetThePermissionsOfAnyNewFileNotThoseOfATemporaryFile() throws Exception {
        assumeThat(Files.getFileAttributeView(dir, PosixFileAttributeView.class)).isNotNull();
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("control")));
        Path old = Files.writeString(dir.resolve("a.json"), "old");

        ReportFiles.writeAll(Map.of(dir.resolve("a.json"), "{}", dir.resolve("sub/b.html"), "<p>"), dir);

        assertThat(Files.getPosixFilePermissions(old)).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(dir.resolve("sub/b.html"))).isEqualTo(usual);
        assertThat(Files.readString(old)).isEqualTo("{}");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("control", "a.json",
                    "sub");
        }
    }

    @Test
    void aPathOutsideTheOutputDirectoryIsRefusedBeforeAnythingIsWritten() {
        Map<Path, String> rendered = new LinkedHashMap<>();
        rendered.put(dir.resolve("out/a.json"), "{}");
        rendered.put(dir.resolve("out/../escape.json"), "{}");

        Assertions.assertThatThrownBy(() -> ReportFiles.writeAll(rendered, dir.resolve("out")))
                .isInstanceOf(InputException.class).hasMessageContaining("outside the output directory");
        assertThat(dir.resolve("out/a.json")).doesNotExist();
        assertThat(dir.resolve("escape.json")).doesNotExist();
    }
}
