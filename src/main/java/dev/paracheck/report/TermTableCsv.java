package dev.paracheck.report;

import dev.paracheck.model.TermTable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link TermTable} as CSV in the glossary format ({@code source}, {@code target} with the renderings
 * {@code |}-separated, majority first, {@code forbidden}, {@code note}), so that it can be edited into a glossary
 * and given back with {@code --glossary}; the extra columns {@code occurrences}, {@code counts} and
 * {@code locations} say how the renderings were found and are ignored when the file is read as a glossary. Terms
 * without any rendering are left out. Values are quoted by Commons CSV as needed; a cell that a spreadsheet would
 * run as a formula (starting with {@code = + - @}) is prefixed with an apostrophe.
 */
public final class TermTableCsv {
    static final List<String> HEADER = List.of("source", "target", "forbidden", "note", "occurrences", "counts",
            "locations");

    private TermTableCsv() {
    }

    /** The CSV text of {@code table}; {@code withFiles} names the source file in every location (batch). */
    public static String render(TermTable table, boolean withFiles) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new))
                .setRecordSeparator('\n').get();
        try (CSVPrinter p = new CSVPrinter(out, format)) {
            for (TermTable.Term t : table.terms()) {
                if (t.renderings().isEmpty()) {
                    continue;
                }
                p.printRecord(
                        safe(t.source()),
                        t.renderings().stream().map(r -> safe(r.text())).collect(Collectors.joining("|")),
                        "",
                        t.drifts() ? "rendered " + t.renderings().size() + " ways" : "",
                        t.occurrences(),
                        t.renderings().stream().map(r -> safe(r.text()) + " " + r.count())
                                .collect(Collectors.joining("|")),
                        t.renderings().stream().map(r -> safe(r.text()) + ": " + where(r, withFiles))
                                .collect(Collectors.joining("; ")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String where(TermTable.Rendering r, boolean withFiles) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        r.occurrences().forEach(o -> counts.merge(o.where(withFiles), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> e.getValue() > 1 ? e.getKey() + " ×" + e.getValue() : e.getKey())
                .collect(Collectors.joining(", "));
    }

    /** Document text starting like a spreadsheet formula is defused (CSV injection). */
    static String safe(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
