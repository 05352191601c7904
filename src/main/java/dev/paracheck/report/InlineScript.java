package dev.paracheck.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * A page's one inline script and the Content-Security-Policy source expression that allows exactly it:
 * {@code 'sha256-…'} of the text as the page emits it between {@code <script>} and {@code </script>}. Immutable.
 *
 * @param text the script, emitted as it is
 * @param hash the CSP source expression, without its quotes: {@code sha256-} and the digest in Base64
 */
record InlineScript(String text, String hash) {
    /** The script made of the resources {@code names} (beside {@link Templates}), in that order, and its hash. */
    static InlineScript of(String... names) {
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            sb.append(Templates.text(name));
        }
        String text = sb.toString();
        if (text.toLowerCase(Locale.ROOT).contains("</script")) {
            throw new IllegalStateException("an inline script must not contain </script: " + String.join(", ", names));
        }
        return new InlineScript(text, hash(text));
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
