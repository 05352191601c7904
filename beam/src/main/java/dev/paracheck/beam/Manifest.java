package dev.paracheck.beam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a manifest: JSON Lines (one object a line) or CSV (a header row naming the columns). The fields are
 * {@code id}, then {@code source} and {@code target} (locations) or {@code source_text} and {@code target_text}
 * (the texts themselves, as web corpora ship them), and optionally {@code source_lang}, {@code target_lang} and
 * {@code group} (the document set within which term drift is judged across pairs).
 * A row that cannot be read is a {@link PairProblem} and reading goes on. Stateless.
 */
public final class Manifest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Manifest() {
    }

    /** True for a manifest read as CSV, by its name; everything else is read as JSON Lines. */
    static boolean isCsv(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** Reads {@code in}, the manifest named {@code name}, telling each row and each problem as it comes. */
    public static void read(String name, Reader in, Consumer<PairRow> rows, Consumer<PairProblem> problems)
            throws IOException {
        read(name, name, in, rows, problems);
    }

    /** As above, the format told by {@code formatName} (the name without a compression extension). */
    static void read(String formatName, String name, Reader in, Consumer<PairRow> rows,
                     Consumer<PairProblem> problems) throws IOException {
        if (isCsv(formatName)) {
            readCsv(name, in, rows, problems);
        } else {
            readJsonLines(name, in, rows, problems);
        }
    }

    private static void readJsonLines(String name, Reader in, Consumer<PairRow> rows, Consumer<PairProblem> problems)
            throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        long n = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                problems.accept(new PairProblem(null, name + " line " + n, "not a JSON object ("
                        + e.getOriginalMessage().lines().findFirst().orElse("") + ")"));
                continue;
            }
            if (node == null || !node.isObject()) {
                problems.accept(new PairProblem(null, name + " line " + n, "not a JSON object"));
                continue;
            }
            row(name, n, field -> {
                JsonNode v = node.get(field);
                return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
            }, rows, problems);
        }
    }

    private static void readCsv(String name, Reader in, Consumer<PairRow> rows, Consumer<PairProblem> problems)
            throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (!header.containsKey("id")) {
                problems.accept(new PairProblem(null, name + " line 1", "the header names no id column"));
                return;
            }
            Iterator<CSVRecord> records = parser.iterator();
            long line = 1;
            while (true) {
                CSVRecord r;
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                    r = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.accept(new PairProblem(null, name + " line " + (parser.getCurrentLineNumber() + 1),
                            "malformed CSV, the rest of the file is not read (" + e.getMessage() + ")"));
                    return;
                }
                line = r.getParser().getCurrentLineNumber();
                long at = line;
                if (!r.isConsistent()) {
                    problems.accept(new PairProblem(r.isSet("id") ? blankToNull(r.get("id")) : null,
                            name + " line " + at, r.size() + " fields where the header has " + header.size()));
                    continue;
                }
                row(name, at, field -> header.containsKey(field) ? blankToNull(r.get(field)) : null, rows, problems);
            }
        }
    }

    private interface Fields {
        String get(String name);
    }

    private static void row(String name, long line, Fields f, Consumer<PairRow> rows, Consumer<PairProblem> problems) {
        String where = name + " line " + line;
        String id = blankToNull(f.get("id"));
        if (id == null) {
            problems.accept(new PairProblem(null, where, "no id"));
            return;
        }
        String source = blankToNull(f.get("source"));
        String target = blankToNull(f.get("target"));
        String sourceText = f.get("source_text");
        String targetText = f.get("target_text");
        String missing = side(source, sourceText, "source");
        if (missing == null) {
            missing = side(target, targetText, "target");
        }
        if (missing != null) {
            problems.accept(new PairProblem(id, where, missing));
            return;
        }
        rows.accept(new PairRow(name, line, id, source, target, blankToNull(f.get("source_lang")),
                blankToNull(f.get("target_lang")), sourceText, targetText, blankToNull(f.get("group"))));
    }

    /** Why one side of a row is unusable, or null when it is usable. */
    private static String side(String location, String text, String side) {
        if (location == null && text == null) {
            return "no " + side + " (neither " + side + " nor " + side + "_text)";
        }
        if (location != null && text != null) {
            return "both " + side + " and " + side + "_text";
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
