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
}
