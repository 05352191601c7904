package dev.paracheck.beam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paracheck.check.structure.NotParallelCheck;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import dev.paracheck.report.JsonReporter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pipeline's JSON Lines: a finding a line, a pair's summary a line, a problem a line. Stateless.
 *
 * <p>A finding is the JSON report's finding object ({@link JsonReporter} writes it: whatever that report's
 * findings carry, these do) with the pair's id first: {@code {"pair": "…", "check": "omission", …}}.
 */
public final class OutputLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutputLines() {
    }

    /** The pair's findings, one JSON object each, in document order. */
    public static List<String> findings(PairOutcome pair) {
        if (pair.findings().isEmpty()) {
            return List.of();
        }
        StringWriter report = new StringWriter();
        try {
            new JsonReporter().write(new Report("", List.of(pair.toResult()), List.of()), report);
            List<String> out = new ArrayList<>();
            for (JsonNode f : JSON.readTree(report.toString()).get("pairs").get(0).get("findings")) {
                ObjectNode line = JSON.createObjectNode().put("pair", pair.id());
                line.setAll((ObjectNode) f);
                out.add(JSON.writeValueAsString(line));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The pair's summary: its documents, the not-parallel verdict, the alignment's scores, and its findings counted
     * by severity and by check (checks without findings left out).
     */
    public static String summary(PairOutcome pair) {
        ObjectNode line = JSON.createObjectNode().put("pair", pair.id());
        document(line.putObject("source"), pair.source());
        document(line.putObject("target"), pair.target());
        line.put("notParallel", pair.findings().stream().anyMatch(f -> f.check().equals(NotParallelCheck.ID)));
        ObjectNode alignment = line.putObject("alignment");
        alignment.put("meanScore", round(pair.toResult().alignment().meanScore()));
        alignment.put("costGain", round(pair.stats().costGain()));
        alignment.put("linkedShare", round(pair.stats().linkedShare()));
        ObjectNode counts = line.putObject("findings");
        for (Severity s : Severity.values()) {
            counts.put(s.label(), pair.findings().stream().filter(f -> f.severity() == s).count());
        }
        Map<String, Map<String, Integer>> byCheck = new TreeMap<>();
        for (Finding f : pair.findings()) {
            byCheck.computeIfAbsent(f.check(), k -> new TreeMap<>()).merge(f.severity().label(), 1, Integer::sum);
        }
        line.set("checks", JSON.valueToTree(byCheck));
        return write(line);
    }

    /** A problem: {@code {"pair": ID or null, "where": "manifest.jsonl line 7", "message": "…"}}. */
    public static String problem(PairProblem p) {
        ObjectNode line = JSON.createObjectNode();
        if (p.pair() == null) {
            line.putNull("pair");
        } else {
            line.put("pair", p.pair());
        }
        line.put("where", p.where()).put("message", p.message());
        return write(line);
    }

    private static void document(ObjectNode node, DocumentSummary d) {
        node.put("location", d.location()).put("lang", d.lang()).put("paragraphs", d.paragraphs())
                .put("sentences", d.sentences());
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
