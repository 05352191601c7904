package dev.paracheck.pipeline;

/**
 * How to read and check one pair.
 *
 * @param sourceLang ISO 639-1 code of the source, or null to detect it
 * @param targetLang ISO 639-1 code of the target, or null to detect it
 * @param segmented true when the inputs are one sentence per line
 */
public record PairOptions(String sourceLang, String targetLang, boolean segmented) {
}
