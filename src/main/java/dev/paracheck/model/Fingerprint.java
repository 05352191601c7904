package dev.paracheck.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A finding's identity across runs, as baselines store it and the HTML report's triage writes it: the first 16
 * bytes, in hex, of the SHA-256 of the check id, the target file's name and the text the finding quotes on each
 * side, lower-cased ({@link Locale#ROOT}) with every run of white space (no-break, figure, narrow and zero-width
 * spaces included) as one space and the ends stripped. No index, line number or message goes in, so a finding
 * keeps its fingerprint when the documents are edited elsewhere. Stateless and thread-safe.
 */
public final class Fingerprint {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");

    private Fingerprint() {
    }

    /** The fingerprint of {@code f}, one of {@code pair}'s findings. */
    public static String of(PairResult pair, Finding f) {
        return of(pair.target().path(), f);
    }

    /** The fingerprint of {@code f}, a finding on the translation read from {@code target}. */
    public static String of(Path target, Finding f) {
        String key = f.check() + "\u0000" + name(target) + "\u0000" + text(f.source()) + "\u0000" + text(f.target());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String name(Path p) {
        return p.getFileName() == null ? "" : p.getFileName().toString();
    }

    private static String text(Location loc) {
        return loc == null ? "" : SPACES.matcher(loc.text().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
