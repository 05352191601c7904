package dev.paracheck.config;

import dev.paracheck.internal.InputException;
import dev.paracheck.internal.Text;
import dev.paracheck.model.Lexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads a bilingual lexicon for {@code --lexicon}, in one of three formats:
 * <ul>
 * <li><b>TSV</b>: a word and its translation a line, tab-separated ({@code .tsv}, {@code .txt}); further
 * translations may follow in more columns;</li>
 * <li><b>Ding</b> (Debian's {@code trans-de-en}, {@code /usr/share/trans/de-en}): {@code Abend {m}; Abende {pl} ::
 * evening; evenings}, senses separated by {@code |} and matched in order;</li>
 * <li><b>FreeDict</b> dictd databases (Debian's {@code dict-freedict-*}): give the {@code .index} file (or the
 * {@code .dict}/{@code .dict.dz} beside it); each headword with the translations its entry lists.</li>
 * </ul>
 * Only one-word terms are kept (grammar marks in braces, brackets and parentheses are dropped); a malformed file is
 * one error naming the file and line.
 */
public final class LexiconLoader {
    private static final Pattern MARKS = Pattern.compile("\\{[^}]*}|\\[[^]]*]|\\([^)]*\\)|/[^/]*/|<[^>]*>");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’-]*");
    /** The most entries kept: the full Ding dictionary has about 200,000 lines. */
    private static final int MAX_ENTRIES = 2_000_000;

    private LexiconLoader() {
    }

    public static Lexicon load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw InputException.about(file, Files.exists(file) ? "is not a file" : "no such file");
        }
        String name = Text.lower(file.getFileName().toString());
        try {
            if (name.endsWith(".index") || name.endsWith(".dict") || name.endsWith(".dict.dz")) {
                return freeDict(file, name);
            }
            return lines(file);
        } catch (IOException e) {
            throw InputException.about(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** TSV or Ding, told apart line by line ({@code ::} makes a Ding line). */
    private static Lexicon lines(Path file) throws IOException {
        List<Lexicon.Entry> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.contains(" :: ")) {
                    String[] sides = line.split(" :: ", 2);
                    String[] left = sides[0].split("\\|");
                    String[] right = sides[1].split("\\|");
                    for (int k = 0; k < Math.min(left.length, right.length); k++) {
                        add(out, words(left[k]), words(right[k]));
                    }
                } else if (line.contains("\t")) {
                    String[] cols = line.split("\t");
                    List<String> targets = new ArrayList<>();
                    for (int k = 1; k < cols.length; k++) {
                        targets.addAll(words(cols[k]));
                    }
                    add(out, words(cols[0]), targets);
                } else if (!line.contains(" :: ") && lineNo <= 1 && !line.contains("\t")) {
                    throw InputException.about(file, "line " + lineNo + ": expected 'word<TAB>translation' or a "
                            + "Ding line 'Wort :: word'");
                }
                // later lines without a separator (Ding has a few continuation lines) are skipped
                if (out.size() > MAX_ENTRIES) {
                    throw InputException.about(file, "more than " + MAX_ENTRIES + " entries");
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw InputException.about(file, "not UTF-8 text", e);
        }
        if (out.isEmpty()) {
            throw InputException.about(file, "no entries found");
        }
        return new Lexicon(out);
    }

    /** A dictd database: the index names each headword's offset and length in the (possibly gzipped) data. */
    private static Lexicon freeDict(Path given, String name) throws IOException {
        String base = given.toString().replaceFirst("\\.(index|dict|dict\\.dz)$", "");
        Path index = Path.of(base + ".index");
        Path dict = Files.exists(Path.of(base + ".dict.dz")) ? Path.of(base + ".dict.dz") : Path.of(base + ".dict");
        if (!Files.isRegularFile(index) || !Files.isRegularFile(dict)) {
            throw InputException.about(given, "a FreeDict lexicon needs its .index and .dict(.dz) side by side");
        }
        byte[] data;
        try (InputStream in = dict.toString().endsWith(".dz")
                ? new GZIPInputStream(Files.newInputStream(dict)) : Files.newInputStream(dict)) {
            data = in.readNBytes(256 << 20);
        }
        List<Lexicon.Entry> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            lineNo++;
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw InputException.about(index, "line " + lineNo + ": expected 'headword<TAB>offset<TAB>length'");
            }
            if (cols[0].startsWith("00database")) {
                continue;
            }
            long offset = base64Number(cols[1], index, lineNo);
            long length = base64Number(cols[2], index, lineNo);
            if (offset < 0 || length < 0 || offset + length > data.length) {
                throw InputException.about(index, "line " + lineNo + ": entry outside the data file");
            }
            String body = new String(data, (int) offset, (int) length, StandardCharsets.UTF_8);
            List<String> translations = new ArrayList<>();
            String[] bodyLines = body.split("\n");
            for (int k = 1; k < bodyLines.length; k++) {
                String l = bodyLines[k].strip().replaceFirst("^\\d+\\.\\s*", "");
                if (l.isEmpty() || l.startsWith("Note:") || l.startsWith("Synonym") || l.startsWith("See also")) {
                    continue;
                }
                for (String part : l.split("[,;]")) {
                    translations.addAll(words(part));
                }
            }
            add(out, words(cols[0]), translations);
        }
        return new Lexicon(out);
    }

    /** dictd's base64 numbers: digits of the alphabet A–Z a–z 0–9 + /, most significant first. */
    private static long base64Number(String digits, Path file, int lineNo) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        long v = 0;
        for (char c : digits.toCharArray()) {
            int d = alphabet.indexOf(c);
            if (d < 0 || v > (Long.MAX_VALUE >> 6)) {
                throw InputException.about(file, "line " + lineNo + ": bad number '" + digits + "'");
            }
            v = v * 64 + d;
        }
        return v;
    }

    /** The one-word terms of a cell: each {@code ;}-separated alternative that is a single word, lower-cased. */
    static List<String> words(String cell) {
        List<String> out = new ArrayList<>();
        for (String alt : MARKS.matcher(cell).replaceAll(" ").split(";")) {
            String a = alt.strip().replaceFirst("^(to|der|die|das|the|a|an) ", "");
            if (WORD.matcher(a).matches()) {
                out.add(Text.lower(a));
            }
        }
        return out;
    }

    private static void add(List<Lexicon.Entry> out, List<String> first, List<String> second) {
        if (!first.isEmpty() && !second.isEmpty()) {
            out.add(new Lexicon.Entry(first, second));
        }
    }

}
