package dev.paracheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class UntranslatedTextTest {
    private static Finding at(String check, Integer... targetSentences) {
        return new Finding(check, Severity.WARNING, check + " here",
                new Location(List.of(targetSentences), 0, 1, "source"),
                new Location(List.of(targetSentences), 0, 1, "target"));
    }

    @Test
    void contentFindingsInsideUntranslatedTextAreDroppedStructuralOnesAndOthersStay() {
        Finding untranslated = at("untranslated", 3, 4);
        Finding drift = at("term-drift", 4);
        Finding numberAcross = at("number", 4, 5);
        Finding driftElsewhere = at("term-drift", 7);
        Finding omission = at("omission", 3);

        assertThat(UntranslatedText.withoutShadowed(List.of(untranslated, drift, numberAcross, driftElsewhere,
                omission))).containsExactly(untranslated, numberAcross, driftElsewhere, omission);
    }

    @Test
    void withoutUntranslatedTextNothingIsDropped() {
        List<Finding> findings = List.of(at("term-drift", 1), at("entity", 2));
        assertThat(UntranslatedText.withoutShadowed(findings)).isEqualTo(findings);
    }
}
