package dev.paracheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void commandsSynopsesAndCodeLookLikeCode() {
        assertThat(Text.looksLikeCode("run-parts [--test] [--verbose] [--umask=umask] [--arg=argument] DIRECTORY"))
                .isTrue();
        assertThat(Text.looksLikeCode("dpkg-divert --rename --remove /usr/bin/example")).isTrue();
        assertThat(Text.looksLikeCode("passwd [options] [LOGIN]")).isTrue();
        assertThat(Text.looksLikeCode("var onSuccess = function(position) {")).isTrue();
        assertThat(Text.looksLikeCode("axios#patch(url[, data[, config]])")).as("a member's signature").isTrue();
        assertThat(Text.looksLikeCode("Call it as axios(config) for any method.")).isFalse();
        assertThat(Text.looksLikeCode("DPKG-DIVERT(1) dpkg suite DPKG-DIVERT(1)")).isTrue();
        assertThat(Text.looksLikeCode("adduser --help")).isTrue();
        assertThat(Text.looksLikeCode("# lb clean --binary")).isTrue();
        assertThat(Text.looksLikeCode("# apt-get install virtualbox virtualbox-qt $ virtualbox")).isTrue();
        assertThat(Text.looksLikeCode("$ 5 is the price of the book.")).isFalse();
        assertThat(Text.looksLikeCode("# of items is 5.")).isFalse();
        assertThat(Text.looksLikeCode("% of users rose by 20")).isFalse();
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

    @Test
    void tokensAreToldAsThePatternsTellThem() throws IOException {
        List<String> tokens = new ArrayList<>(List.of("maximumAge", "fooBär", "iPhone", "eBay", "Über", "über",
                "x", "X", "aB", "aBc1", "naïveTest", "ǅemal", "ªb", "ǈa", "a\uD835\uDC00", "\uD835\uDC1Ax",
                "dpkg(1)", "--all", "a.txt", "a_b", "cordova-plugin-geolocation", "well-known", "Straße", "ß",
                "l’homme", "aujourd'hui", "[--home", "foo]", "/usr/bin", "1.17.18", ""));
        for (String file : List.of("article.en.txt", "article.de.txt", "captions.en.txt", "unrelated.en.txt")) {
            for (String token : Files.readString(Path.of("samples", file)).split("\\s+")) {
                tokens.add(token);
            }
        }
        Pattern quotesAndStops = Pattern.compile("^[\"'„“”«»]+|[\"'„“”«».,:!?]+$");
        for (String token : tokens) {
            String bare = quotesAndStops.matcher(token).replaceAll("");
            assertThat(Text.bare(token)).as(token).isEqualTo(bare);
            assertThat(Text.tokenKind(bare)).as(bare).isEqualTo(Text.tokenKindByPatterns(bare));
        }
        assertThat(Text.tokenKind("maximumAge")).isEqualTo(Text.TokenKind.CODE);
        assertThat(Text.tokenKind("fooBär")).isEqualTo(Text.TokenKind.WORD);
        assertThat(Text.tokenKind("Über")).isEqualTo(Text.TokenKind.OTHER);
        assertThat(Text.bare("„\"Wort!?\"")).isEqualTo("Wort");
    }

    @Test
    void referencesToIssuesHashtagsAndMentionsAreNoProse() {
        assertThat(Text.prose("Beispiele: vite-plugin-react#212 und vite-plugin-pwa#224.").split("\\s+"))
                .containsExactly("Beispiele:", "und", ".");
        assertThat(Text.prose("Siehe #1234, #science und @user2 in C# oder F#.").split("\\s+"))
                .containsExactly("Siehe", ",", "und", "in", "C#", "oder", "F#.");
    }

    @Test
    void dotLeadersGoAnEllipsisStays() {
        assertThat(Text.withoutDotLeaders("Added \\listcsadd . . . . . . . . 3.7.2"))
                .isEqualTo("Added \\listcsadd 3.7.2");
        assertThat(Text.withoutDotLeaders("1 Introduction.......... 5")).isEqualTo("1 Introduction 5");
        assertThat(Text.withoutDotLeaders(". . . . .")).isEmpty();
        assertThat(Text.withoutDotLeaders("Wait... and see. Then go.")).isEqualTo("Wait... and see. Then go.");
        assertThat(Text.withoutDotLeaders("The tenants . . . must pay. Wait.... now."))
                .isEqualTo("The tenants . . . must pay. Wait.... now.");
    }

    /** The hand-written collapse agrees with the regular expression it replaced, on text of every kind of space. */
    @Test
    void collapseSpacesIsTheRegularExpressionsReplacementAndStrip() {
        Pattern spaces = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");
        String alphabet = "ab. \t\n\u000B\f\r\u00A0\u2007\u202F\u200B\u3000\u2003\u0085";
        java.util.Random random = new java.util.Random(7);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(Text.collapseSpaces(s)).as("%s", s.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(spaces.matcher(s).replaceAll(" ").strip());
        }
        assertThat(Text.collapseSpaces(" a\u00A0\u00A0b  c\t")).isEqualTo("a b c");
    }

    @Test
    void textWithoutAHyphenIsNotChangedByJoiningHyphenatedWords() {
        assertThat(Text.joinHyphenated("Unter-\nstützung", false)).isEqualTo("Unter-stützung");
        assertThat(Text.joinHyphenated("Unter\u00AD\nstützung", true)).isEqualTo("Unterstützung");
        assertThat(Text.joinHyphenated("kein Bindestrich\nhier", true)).isEqualTo("kein Bindestrich\nhier");
    }
}
