package dev.paracheck.pipeline;

import dev.paracheck.model.Lexicon;
import java.util.Objects;

/**
 * How to read and check one pair.
 *
 * @param sourceLang ISO 639-1 code of the source, or null to detect it
 * @param targetLang ISO 639-1 code of the target, or null to detect it
 * @param segmented true when the inputs are one sentence per line
 * @param lexicon a bilingual lexicon for the aligner ({@code --lexicon}), or {@link Lexicon#EMPTY}
 */
public record PairOptions(String sourceLang, String targetLang, boolean segmented, Lexicon lexicon) {
    public PairOptions(String sourceLang, String targetLang, boolean segmented) {
        this(sourceLang, targetLang, segmented, Lexicon.EMPTY);
    }

    public PairOptions {
        Objects.requireNonNull(lexicon, "lexicon");
    }
}
