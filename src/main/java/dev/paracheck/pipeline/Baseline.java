package dev.paracheck.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paracheck.internal.InputException;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Fingerprint;
import dev.paracheck.model.PairResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Accepted findings, by {@link Fingerprint}: a finding's check id, the target file's name and the normalised text
 * it quotes on each side — no sentence index or line — so it stays accepted when the documents are edited
 * elsewhere. Immutable.
 */
public final class Baseline {
    private final Set<String> fingerprints;

    private Baseline(Set<String> fingerprints) {
        this.fingerprints = Set.copyOf(fingerprints);
    }

    public static Baseline of(List<PairResult> pairs) {
        Set<String> out = new HashSet<>();
        for (PairResult p : pairs) {
            for (Finding f : p.findings()) {
                out.add(Fingerprint.of(p, f));
            }
        }
        return new Baseline(out);
    }

    public boolean accepts(PairResult pair, Finding f) {
        return fingerprints.contains(Fingerprint.of(pair, f));
    }

    public int size() {
        return fingerprints.size();
    }

    /** The pair without the findings this baseline accepts. */
    public PairResult filter(PairResult pair) {
        List<Finding> kept = new ArrayList<>();
        for (Finding f : pair.findings()) {
            if (!accepts(pair, f)) {
                kept.add(f);
            }
        }
        return new PairResult(pair.source(), pair.target(), pair.alignment(), kept, pair.staleness());
    }

    /** The findings either baseline accepts: several baselines given at once (one downloaded per page). */
    public Baseline plus(Baseline other) {
        Set<String> all = new java.util.HashSet<>(fingerprints);
        all.addAll(other.fingerprints);
        return new Baseline(all);
    }

    public String toJson(String toolVersion) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("tool", "paracheck " + toolVersion);
            g.writeArrayFieldStart("fingerprints");
            for (String f : fingerprints.stream().sorted().toList()) {
                g.writeString(f);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w + "\n";
    }

    public static Baseline read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            throw InputException.about(file, "no such file");
        } catch (IOException e) {
            throw InputException.about(file, "not a paracheck baseline (invalid JSON: "
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        JsonNode list = root == null ? null : root.get("fingerprints");
        if (list == null || !list.isArray()) {
            throw InputException.about(file, "not a paracheck baseline (no \"fingerprints\" list)");
        }
        Set<String> out = new HashSet<>();
        list.forEach(n -> out.add(n.asText()));
        return new Baseline(out);
    }
}
