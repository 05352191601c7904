package dev.paracheck.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paracheck.internal.InputException;
import dev.paracheck.model.Lexicon;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconLoaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTabSeparatedPairs() throws IOException {
        Path f = Files.writeString(dir.resolve("lex.tsv"), "# a comment\nHaus\thouse\tbuilding\nto go\tgehen\n"
                + "in spite of\ttrotz\n");
        Lexicon l = LexiconLoader.load(f);
        assertThat(l.entries()).as("'to go' is the verb 'go'; a phrase is no word and is left out").hasSize(2);
        assertThat(l.entries().get(0).first()).containsExactly("haus");
        assertThat(l.entries().get(0).second()).containsExactly("house", "building");
        assertThat(l.entries().get(1).first()).containsExactly("go");
    }

    @Test
    void readsDingLinesSenseBySenseWithoutGrammarMarks() throws IOException {
        Path f = Files.writeString(dir.resolve("de-en"), "# Ding\n"
                + "Abend {m}; Abende {pl} [geh.] | am Abend :: evening; evenings | in the evening\n"
                + "Leuchtturm {m} (Seefahrt) :: lighthouse\n");
        Lexicon l = LexiconLoader.load(f);
        assertThat(l.entries()).extracting(Lexicon.Entry::first, Lexicon.Entry::second).containsExactly(
                org.assertj.core.groups.Tuple.tuple(java.util.List.of("abend", "abende"),
                        java.util.List.of("evening", "evenings")),
                org.assertj.core.groups.Tuple.tuple(java.util.List.of("leuchtturm"), java.util.List.of("lighthouse")));
    }

    @Test
    void readsAFreeDictDatabaseThroughItsIndex() throws IOException {
        String entry1 = "Haus /haʊs/\n1. house\n2. home, building\n";
        String entry2 = "Turm /tʊrm/\ntower; steeple\n";
        byte[] data = (entry1 + entry2).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("test-deu-eng.dict.dz")))) {
            out.write(data);
        }
        int len1 = entry1.getBytes(StandardCharsets.UTF_8).length;
        int len2 = entry2.getBytes(StandardCharsets.UTF_8).length;
        Files.writeString(dir.resolve("test-deu-eng.index"), "Haus\tA\t" + b64(len1) + "\nTurm\t" + b64(len1)
                + "\t" + b64(len2) + "\n");
        Lexicon l = LexiconLoader.load(dir.resolve("test-deu-eng.index"));
        assertThat(l.entries()).hasSize(2);
        assertThat(l.entries().get(0).second()).containsExactly("house", "home", "building");
        assertThat(l.entries().get(1).second()).containsExactly("tower", "steeple");
    }

    private static String b64(int n) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder sb = new StringBuilder();
        do {
            sb.insert(0, alphabet.charAt(n % 64));
            n /= 64;
        } while (n > 0);
        return sb.toString();
    }

    @Test
    void malformedFilesAreOneErrorNamingFileAndLine() throws IOException {
        Path plain = Files.writeString(dir.resolve("lex.txt"), "just some words\nmore words\n");
        assertThatThrownBy(() -> LexiconLoader.load(plain)).isInstanceOf(InputException.class)
                .hasMessageContaining("lex.txt").hasMessageContaining("line 1");
        Files.writeString(dir.resolve("bad.index"), "Haus\tA\tZZZZ\n");
        Files.write(dir.resolve("bad.dict"), new byte[] {'x'});
        assertThatThrownBy(() -> LexiconLoader.load(dir.resolve("bad.index"))).isInstanceOf(InputException.class)
                .hasMessageContaining("bad.index").hasMessageContaining("line 1");
        assertThatThrownBy(() -> LexiconLoader.load(dir.resolve("none.tsv"))).isInstanceOf(InputException.class)
                .hasMessageContaining("no such file");
    }
}
