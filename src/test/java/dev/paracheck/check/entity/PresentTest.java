package dev.paracheck.check.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A name is present in the other side's words as written there: another case, its two words joined. */
class PresentTest {
    @Test
    void aNameWrittenAnotherWayIsPresentAnotherNameIsNot() {
        assertThat(EntityCheck.present("WebSocket", "through the WebSocket protocol", Set.of("Websocket", "Port")))
                .isTrue();
        assertThat(EntityCheck.present("Raspberry", "for the Raspberry Pi", Set.of("RaspberryPi"))).isTrue();
        assertThat(EntityCheck.present("Java", "Use Java for the server", Set.of("JavaScript"))).isFalse();
        assertThat(EntityCheck.present("Will", "Will said so", Set.of("will", "er"))).isFalse();
    }
}
