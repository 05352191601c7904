package dev.paracheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void commandsSynopsesAndCodeLookLikeCode() {
        assertThat(Text.looksLikeCode("run-parts [--test] [--verbose] [--umask=umask] [--arg=argument] DIRECTORY"))
                .isTrue();
        assertThat(Text.looksLikeCode("dpkg-divert --rename --remove /usr/bin/example")).isTrue();
        assertThat(Text.looksLikeCode("passwd [options] [LOGIN]")).isTrue();
        assertThat(Text.looksLikeCode("var onSuccess = function(position) {")).isTrue();
        assertThat(Text.looksLikeCode("DPKG-DIVERT(1) dpkg suite DPKG-DIVERT(1)")).isTrue();
        assertThat(Text.looksLikeCode("adduser --help")).isTrue();
        assertThat(Text.looksLikeCode("{ maximumAge: 3000, timeout: 5000, enableHighAccuracy: true };")).isTrue();
        assertThat(Text.looksLikeCode("// Options: watch for changes in position, and use the most accurate"))
                .isTrue();
        assertThat(Text.looksLikeCode("cordova plugin add cordova-plugin-geolocation")).isFalse();
    }

    @Test
    void proseThatMentionsAnOptionIsProse() {
        assertThat(Text.looksLikeCode("Use --force to overwrite the file.")).isFalse();
        assertThat(Text.looksLikeCode("The passwd command changes passwords for user accounts.")).isFalse();
        assertThat(Text.looksLikeCode("Siehe dpkg(1) für die Einzelheiten der Konfiguration.")).isFalse();
        assertThat(Text.looksLikeCode("Afficher les informations de version.")).isFalse();
    }

    @Test
    void wordsATypesetterHyphenatedAreJoined() {
        assertThat(Text.joinHyphenated("De\u2010\nbian und Konfe-\nrenz", false)).isEqualTo("Debian und Konfe-renz");
        assertThat(Text.joinHyphenated("De\u2010\nbian und Konfe-\nrenz", true)).isEqualTo("Debian und Konferenz");
        assertThat(Text.joinHyphenated("Ein-\nund Ausgabe", true)).isEqualTo("Ein-\nund Ausgabe");
    }
}
