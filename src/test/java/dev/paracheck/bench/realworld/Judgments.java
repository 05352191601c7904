package dev.paracheck.bench.realworld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Findings judged by hand, {@code bench/realworld/judgments.tsv}: a header, then one finding a line,
 * {@code fingerprint TAB verdict TAB pair TAB check TAB note}; the verdict is {@code true} (a real defect the
 * reviewer should fix or look at), {@code false} (a false alarm) or {@code debatable}. Only the fingerprint and the
 * verdict are read; the other columns help the reader of the file.
 */
final class Judgments {
    enum Verdict { TRUE, FALSE, DEBATABLE }

    private final Map<String, Verdict> byFingerprint;

    private Judgments(Map<String, Verdict> byFingerprint) {
        this.byFingerprint = byFingerprint;
    }

    static Judgments read(Path file) {
        Map<String, Verdict> out = new HashMap<>();
        if (!Files.exists(file)) {
            return new Judgments(out);
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String[] f = line.split("\t", -1);
                if (line.isBlank() || line.startsWith("#") || f[0].equals("fingerprint")) {
                    continue;
                }
                Verdict v = switch (f[1].strip()) {
                    case "true" -> Verdict.TRUE;
                    case "false" -> Verdict.FALSE;
                    case "debatable" -> Verdict.DEBATABLE;
                    default -> throw new IllegalStateException(file + ": bad verdict '" + f[1] + "' in: " + line);
                };
                out.put(f[0].strip(), v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Judgments(out);
    }

    Verdict of(String fingerprint) {
        return byFingerprint.get(fingerprint);
    }
}
