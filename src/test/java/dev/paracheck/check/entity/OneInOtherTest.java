package dev.paracheck.check.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneInOtherTest {
    @Test
    void aNameShortenedOrWrittenOutButNotCodeOrAnotherName() {
        assertThat(EntityCheck.oneInOther("PID", "ID")).isTrue();
        assertThat(EntityCheck.oneInOther("Trace", "Traceroutes")).isTrue();
        assertThat(EntityCheck.oneInOther("`config.xml`", "`\"config.xml\"`")).as("code").isFalse();
        assertThat(EntityCheck.oneInOther("Firefox", "Chrome")).isFalse();
        assertThat(EntityCheck.oneInOther("A", "AB")).as("one letter").isFalse();
    }

    @Test
    void theSameWordsWithTheCodeMarkedAroundOthersAreNoChange() {
        assertThat(EntityCheck.sameTextRemarked("`man mount`", "`mount`",
                "(type `man mount` in a terminal)", "(man `mount` in einem Terminal)")).isTrue();
        assertThat(EntityCheck.sameTextRemarked("`kdf --help`", "`kdf--help`",
                "Type `kdf --help`.", "Geben Sie `kdf--help` ein.")).as("a space lost inside the span").isFalse();
        assertThat(EntityCheck.sameTextRemarked("`mount`", "`umount`",
                "Run `mount` now.", "Führen Sie jetzt `umount` aus.")).as("another command").isFalse();
        assertThat(EntityCheck.sameTextRemarked("Firefox", "Chrome", "Firefox", "Chrome")).as("no code").isFalse();
    }
}
