package dev.paracheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PairFinderTest {
    @Test
    void languageCodesBeforeTheExtensionAreIgnored() {
        assertThat(PairFinder.key(Path.of("docs/page.en.md"))).isEqualTo(PairFinder.key(Path.of("docs/page.de.md")));
        assertThat(PairFinder.key(Path.of("page_en.md"))).isEqualTo(PairFinder.key(Path.of("page_de.md")));
        assertThat(PairFinder.key(Path.of("page-en-US.md"))).isEqualTo(PairFinder.key(Path.of("page-de-DE.md")));
        assertThat(PairFinder.key(Path.of("docs/page.md"))).isEqualTo("docs/page.md");
        assertThat(PairFinder.key(Path.of("a/page.en.md"))).isNotEqualTo(PairFinder.key(Path.of("b/page.de.md")));
        assertThat(PairFinder.key(Path.of("release.xx.md"))).isEqualTo("release.xx.md");
    }
}
