package dev.paracheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Fingerprints are what baselines store, so their values are pinned: a baseline written by any earlier release
 * must go on accepting the same findings.
 */
class FingerprintTest {
    private static final Document EN = Fixtures.document("docs/en/page.txt", "en",
            new String[] {"It is \"fast\"  &\u00a0Cheap."}, new String[] {"İstanbul is BIG."});
    private static final Document DE = Fixtures.document("docs/de/page.de.txt", "de",
            new String[] {"Ein Zusatz <b>HIER</b>.\n"}, new String[] {"Die Straße\tist  GROSS."});
    private static final PairResult PAIR = new PairResult(EN, DE, Fixtures.alignment(), List.of());

    private static final Finding OMISSION = new Finding("omission", Severity.WARNING, "m",
            Location.ofSentences(EN, List.of(0)), null);
    private static final Finding ADDITION = new Finding("addition", Severity.WARNING, "m", null,
            Location.ofSentences(DE, List.of(0)));
    private static final Finding BOTH_SIDES = new Finding("term-drift", Severity.INFO, "m",
            Location.ofSentences(EN, List.of(1)), Location.ofSentences(DE, List.of(1)));
    private static final Finding NEITHER_SIDE = new Finding("not-parallel", Severity.ERROR, "m", null, null);

    @Test
    void keepsTheValuesBaselinesStore() {
        assertThat(List.of(OMISSION, ADDITION, BOTH_SIDES, NEITHER_SIDE)).extracting(f -> Fingerprint.of(PAIR, f))
                .containsExactly("500443ad5035baa57d7f0ff508b056c2", "b198ddbda4c02c4605e4b86a858cc47c",
                        "213c28ba837b0d709154be1e880a61df", "e6567f2d1791663630a95c6b5d1decd8");
    }

    @Test
    void isTheSameUnderATurkishDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(Fingerprint.of(PAIR, BOTH_SIDES)).isEqualTo("213c28ba837b0d709154be1e880a61df");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void ignoresMessageSeverityIndicesAndTheTargetsDirectory() {
        Finding moved = new Finding("omission", Severity.INFO, "another message",
                new Location(List.of(7), 3, 12, "it is \"FAST\" & cheap."), null);
        assertThat(Fingerprint.of(Path.of("elsewhere/page.de.txt"), moved)).isEqualTo(Fingerprint.of(PAIR, OMISSION));
    }

    @Test
    void tellsChecksAndTargetFilesApart() {
        Finding other = new Finding("entity", Severity.WARNING, "m", OMISSION.source(), null);
        assertThat(Fingerprint.of(PAIR, other)).isNotEqualTo(Fingerprint.of(PAIR, OMISSION));
        assertThat(Fingerprint.of(Path.of("docs/de/other.txt"), OMISSION)).isNotEqualTo(Fingerprint.of(PAIR, OMISSION));
    }
}
