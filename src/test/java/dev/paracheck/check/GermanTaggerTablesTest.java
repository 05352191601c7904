package dev.paracheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.Languages;

class GermanTaggerTablesTest {
    private static Object made;
    private static byte[] written;

    @BeforeAll
    static void makeTables() throws Exception {
        made = GermanTaggerTables.LanguageToolTables.made();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GermanTaggerTables.write(made, out);
        written = out.toByteArray();
    }

    @Test
    void tablesReadBackAsLanguageToolMadeThem() throws Exception {
        Object read = GermanTaggerTables.read(new ByteArrayInputStream(written));
        assertThat(read).isNotNull();
        assertThat(GermanTaggerTables.tableCount()).isEqualTo(4);
        for (int t = 0; t < 4; t++) {
            Map<String, List<List<String>>> theirs = GermanTaggerTables.contents(made, t);
            assertThat(theirs).as("table " + t).hasSizeGreaterThan(1000);
            assertThat(GermanTaggerTables.contents(read, t)).as("table " + t).isEqualTo(theirs);
        }
    }

    @Test
    void theBundledTablesAreThoseOfThisLanguageTool() throws Exception {
        try (InputStream in = GermanTaggerTables.class.getResourceAsStream(GermanTaggerTables.RESOURCE)) {
            assertThat(in).as("written by the build's process-classes phase").isNotNull();
            Object bundled = GermanTaggerTables.read(in);
            assertThat(bundled).isNotNull();
            for (int t = 0; t < 4; t++) {
                assertThat(GermanTaggerTables.contents(bundled, t)).isEqualTo(GermanTaggerTables.contents(made, t));
            }
        }
    }

    @Test
    void tablesOfAnotherLanguageToolAreNotRead() throws Exception {
        String text = new String(written, StandardCharsets.ISO_8859_1);
        String version = org.languagetool.JLanguageTool.VERSION;
        String other = "9".repeat(version.length()); // same length: the rest of the file stays where it was
        byte[] changed = text.replaceFirst(java.util.regex.Pattern.quote(version), other)
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(changed).isNotEqualTo(written);
        assertThat(GermanTaggerTables.read(new ByteArrayInputStream(changed))).isNull();
    }

    @Test
    void tablesTheTaggerHasAlreadyAreNotReplaced() throws Exception {
        Object before = GermanTaggerTables.LanguageToolTables.current(); // its own or the bundle: made now at the latest
        Object read = GermanTaggerTables.read(new ByteArrayInputStream(written));
        assertThat(GermanTaggerTables.LanguageToolTables.give(read)).isFalse();
        assertThat(GermanTaggerTables.LanguageToolTables.current()).isSameAs(before);
    }

    @Test
    void aDecodedTableLooksUpLikeAMap() throws Exception {
        Object read = GermanTaggerTables.read(new ByteArrayInputStream(written));
        Map<String, List<List<String>>> verbs = GermanTaggerTables.contents(made, 0);
        String key = new TreeSet<>(verbs.keySet()).first();
        Map<?, ?> table = map(read); // the first table: verb forms with a separable or other prefix
        assertThat(table.containsKey(key)).isTrue();
        assertThat(table.get(key)).isNotNull();
        assertThat(table.get("no such word, surely")).isNull();
        assertThat(table.containsKey("no such word, surely")).isFalse();
        assertThat(table.size()).isEqualTo(verbs.size());
    }

    private static Map<?, ?> map(Object tables) throws ReflectiveOperationException {
        var f = tables.getClass().getDeclaredFields()[0];
        f.setAccessible(true);
        return (Map<?, ?>) f.get(tables);
    }

    /**
     * The whole point, end to end: in a fresh JVM the tagger gets the bundled tables, uses them, and tags the words
     * they hold (every 97th key of each table) exactly as the tagger of another fresh JVM does with the tables
     * LanguageTool makes itself (this JVM's tagger may hold either, as other tests ran before).
     */
    @Test
    void aFreshJvmTagsWithTheBundledTablesAsLanguageToolDoes() throws Exception {
        List<String> words = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int i = 0;
            for (String key : new TreeSet<>(GermanTaggerTables.contents(made, t).keySet())) {
                if (i++ % 97 == 0) {
                    words.add(key);
                }
            }
        }
        assertThat(words).hasSizeGreaterThan(1000);
        Path list = java.nio.file.Files.createTempFile("paracheck-words", ".txt");
        try {
            java.nio.file.Files.write(list, words);
            List<String> bundled = probe(list, "install");
            List<String> own = probe(list, "own");
            assertThat(bundled.get(0)).isEqualTo("installed true, tables decoded true");
            assertThat(own.get(0)).isEqualTo("installed false, tables decoded false");
            assertThat(bundled.subList(1, bundled.size())).hasSize(words.size())
                    .isEqualTo(own.subList(1, own.size()));
        } finally {
            java.nio.file.Files.deleteIfExists(list);
        }
    }

    private static List<String> probe(Path words, String mode) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TagProbe.class.getName(), words.toString(), mode)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return output.lines().toList();
    }

    /**
     * Run in a fresh JVM by the test above: installs the bundled tables ({@code install}) or not ({@code own}),
     * says whether the tagger then holds decoded tables, and tags the words of a file.
     */
    public static final class TagProbe {
        public static void main(String[] args) throws Exception {
            boolean installed = args[1].equals("install") && GermanTaggerTables.install();
            List<String> readings = readings(java.nio.file.Files.readAllLines(Path.of(args[0])));
            Object tables = GermanTaggerTables.LanguageToolTables.current();
            System.out.println("installed " + installed + ", tables decoded "
                    + (map(tables) instanceof GermanTaggerTables.DecodedTable));
            for (String line : readings) {
                System.out.println(line);
            }
        }

        static List<String> readings(List<String> words) throws IOException {
            var tagger = Languages.getLanguageForShortCode("de").getTagger();
            List<String> out = new ArrayList<>();
            for (String word : words) {
                out.add(word + " " + tagger.tag(List.of("1", "2", word)).get(2));
            }
            return out;
        }
    }
}
