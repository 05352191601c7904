package dev.paracheck.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paracheck.internal.InputException;
import dev.paracheck.model.Severity;
import dev.paracheck.testing.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEverySetting() {
        Path f = TestFiles.write(dir, ".paracheck.yml", """
                source-lang: en
                target-lang: de
                fail-on: warning
                checks:
                  grammar: off
                  length: info
                ignore:
                  - "Advertisement"
                default-ignore: false
                glossaries:
                  - terms/g.csv
                """);

        Config c = ConfigLoader.load(f);

        assertThat(c.sourceLang()).isEqualTo("en");
        assertThat(c.targetLang()).isEqualTo("de");
        assertThat(c.failOn()).isEqualTo("warning");
        assertThat(c.disabled()).containsExactly("grammar");
        assertThat(c.severities()).containsEntry("length", Severity.INFO);
        assertThat(c.ignore()).containsExactly("Advertisement");
        assertThat(c.defaultIgnore()).isFalse();
        assertThat(c.glossaries()).containsExactly(dir.toAbsolutePath().resolve("terms/g.csv"));
    }

    @Test
    void emptyFileIsNoSettings() {
        assertThat(ConfigLoader.load(TestFiles.write(dir, "c.yml", ""))).isEqualTo(Config.EMPTY);
    }

    @Test
    void badInputIsOneClearErrorNamingTheFile() {
        Path syntax = TestFiles.write(dir, "syntax.yml", "checks:\n  grammar: [off\n");
        Path unknown = TestFiles.write(dir, "unknown.yml", "fail_on: error\n");
        Path severity = TestFiles.write(dir, "sev.yml", "checks:\n  length: fatal\n");
        Path regex = TestFiles.write(dir, "regex.yml", "ignore:\n  - \"([a-z\"\n");
        Path list = TestFiles.write(dir, "list.yml", "- a\n- b\n");

        assertThatThrownBy(() -> ConfigLoader.load(syntax)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(syntax + ": line ").hasMessageContaining("invalid YAML");
        assertThatThrownBy(() -> ConfigLoader.load(unknown)).hasMessageContaining("unknown setting 'fail_on'");
        assertThatThrownBy(() -> ConfigLoader.load(severity)).hasMessageContaining("checks.length: 'fatal'");
        assertThatThrownBy(() -> ConfigLoader.load(regex)).hasMessageContaining("invalid regular expression");
        assertThatThrownBy(() -> ConfigLoader.load(list)).hasMessageContaining("mapping");
    }

    @Test
    void staleSeverityAndSourceCommitRulesAreReadAndChecked() {
        Config c = ConfigLoader.load(TestFiles.write(dir, "c.yml",
                "stale-severity: info\nsource-commits:\n  \"de/legacy/**\": 1a2b3c4\n"));

        assertThat(c.staleSeverity()).isEqualTo("info");
        assertThat(c.sourceCommits()).singleElement().satisfies(r -> {
            assertThat(r.commit()).isEqualTo("1a2b3c4");
            assertThat(r.matches(dir.resolve("de/legacy/a/page.md"))).isTrue();
            assertThat(r.matches(dir.resolve("de/page.md"))).isFalse();
        });
        assertThatThrownBy(() -> ConfigLoader.load(TestFiles.write(dir, "s.yml", "stale-severity: fatal\n")))
                .hasMessageContaining("s.yml").hasMessageContaining("stale-severity: 'fatal'");
        // commits YAML would read as numbers: an octal integer, a float (Infinity), an integer
        Config numeric = ConfigLoader.load(TestFiles.write(dir, "n.yml",
                "source-commits:\n  a: 0712345\n  b: 12e4567\n  c: 1234567\nchecks:\n  length: off\n  number: Yes\n"
                        + "default-ignore: no\n"));
        assertThat(numeric.sourceCommits()).extracting(Config.SourceCommit::commit)
                .containsExactly("0712345", "12e4567", "1234567");
        assertThat(numeric.disabled()).containsExactly("length");
        assertThat(numeric.severities()).doesNotContainKey("number");
        assertThat(numeric.defaultIgnore()).isFalse();
        Config merged = ConfigLoader.load(TestFiles.write(dir, "m.yml",
                "checks:\n  <<: {length: off}\n  number: info\n")); // a merge key still merges
        assertThat(merged.disabled()).containsExactly("length");
        assertThat(merged.severities()).containsEntry("number", Severity.INFO);
        assertThatThrownBy(() -> ConfigLoader.load(TestFiles.write(dir, "r.yml", "source-commits:\n  de: main\n")))
                .hasMessageContaining("r.yml").hasMessageContaining("'main' is not a commit id");
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i > 0 ? "," : "").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = c;
        }
        Path f = TestFiles.write(dir, "lol.yml", yaml.toString());

        assertThatThrownBy(() -> ConfigLoader.load(f)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f.toString());
    }

    @Test
    void arbitraryTypesAreNotInstantiated() {
        Path f = TestFiles.write(dir, "type.yml", "source-lang: !!java.io.File [\"/etc/passwd\"]\n");

        assertThatThrownBy(() -> ConfigLoader.load(f)).isInstanceOf(InputException.class);
    }
}
