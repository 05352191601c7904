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

    @Test
    void aNameWithOrWithoutItsHyphenOrAsAnEnglishPluralIsPresent() {
        assertThat(EntityCheck.present("ClientID", "clients whose ClientID", Set.of("Client-ID", "Client", "ID")))
                .isTrue();
        assertThat(EntityCheck.present("Client-ID", "the Client-ID", Set.of("ClientID"))).isTrue();
        assertThat(EntityCheck.present("Unixes", "On other Unixes", Set.of("Unix", "systèmes"))).isTrue();
        assertThat(EntityCheck.present("Unix", "Sur d'autres systèmes Unix", Set.of("Unixes", "On"))).isTrue();
        assertThat(EntityCheck.present("ClientID", "clients whose ClientID", Set.of("Client-Key", "Client")))
                .isFalse();
        assertThat(EntityCheck.present("Games", "Games of 1990", Set.of("Gam"))).isFalse();
    }
}
