package dev.paracheck.bench.realworld;

import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A finding's identity for judgments, stable across changes elsewhere in the document or the tool: the pair, the
 * check, the text concerned on either side (whitespace and case folded) and the message without its digits
 * (sentence, line and paragraph numbers and measured ratios move when unrelated text changes; the numbers a
 * number finding quotes are in the texts). The severity is left out: a true finding stays true when demoted.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    static String of(String pair, Finding f) {
        String key = pair + "\u0000" + f.check() + "\u0000" + text(f.source()) + "\u0000" + text(f.target())
                + "\u0000" + fold(f.message().replaceAll("\\d+", "#"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Location loc) {
        return loc == null ? "" : fold(loc.text());
    }

    private static String fold(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
