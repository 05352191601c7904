package dev.paracheck.segment;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Identifies the language of a text with Optimaize's n-gram profiles (70 languages, ISO 639-1 codes).
 * Loading the profiles takes about half a second, so one instance is made lazily and shared.
 *
 * <p>Thread-safe.
 */
public final class LanguageGuesser {
    private static volatile LanguageGuesser shared;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    private LanguageGuesser() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language profiles", e);
        }
    }

    /** The shared instance, created on first use. */
    public static LanguageGuesser get() {
        LanguageGuesser g = shared;
        if (g == null) {
            synchronized (LanguageGuesser.class) {
                g = shared;
                if (g == null) {
                    g = new LanguageGuesser();
                    shared = g;
                }
            }
        }
        return g;
    }

    /**
     * Starts loading the shared instance on a daemon thread, so that it overlaps what a run does before it first
     * identifies a language (starting Tika, reading the documents); returns at once. Only an optimisation:
     * {@link #get} waits for a load under way, or loads itself.
     */
    public static void preload() {
        if (shared == null) {
            Thread t = new Thread(LanguageGuesser::get, "paracheck-language-profiles");
            t.setDaemon(true);
            t.start();
        }
    }

    /** The most probable language of {@code text} as an ISO 639-1 code, if any reaches {@code minProbability}. */
    public Optional<String> guess(String text, double minProbability) {
        List<DetectedLanguage> probabilities = detector.getProbabilities(texts.forText(text));
        if (probabilities.isEmpty() || probabilities.get(0).getProbability() < minProbability) {
            return Optional.empty();
        }
        return Optional.of(probabilities.get(0).getLocale().getLanguage());
    }
}
