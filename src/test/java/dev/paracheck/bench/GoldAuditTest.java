package dev.paracheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoldAuditTest {
    private static final List<Ladder.Bead> GOLD = Ladder.parse("""
            [0]:[0]
            []:[1]
            [1, 2]:[2]
            [3]:[3]
            [4]:[4, 5]
            """);

    @Test
    void replacesTheLinksItTakesOutAndKeepsTheRest() {
        GoldAudit audit = GoldAudit.parse("""
                # a comment
                region 1 aligner
                - []:[1]
                - [1, 2]:[2]
                + [1]:[1]
                + [2]:[2]
                region 4 gold
                = [4]:[4, 5]
                """);

        assertThat(audit.apply(GOLD)).containsExactlyInAnyOrderElementsOf(Ladder.parse("""
                [0]:[0]
                [1]:[1]
                [2]:[2]
                [3]:[3]
                [4]:[4, 5]
                """));
        assertThat(audit.verdicts()).containsEntry("aligner", 1).containsEntry("gold", 1);
    }

    @Test
    void refusesAnAuditOfAnotherGold() {
        GoldAudit missing = GoldAudit.parse("""
                region 3 aligner
                - [3]:[4]
                + [3]:[3, 4]
                """);
        GoldAudit losesASentence = GoldAudit.parse("""
                region 3 neither
                - [3]:[3]
                """);

        assertThatThrownBy(() -> missing.apply(GOLD)).hasMessageContaining("no link");
        assertThatThrownBy(() -> losesASentence.apply(GOLD)).hasMessageContaining("changes which sentences");
    }

    @Test
    void countsTheLinksItCannotJudge() {
        GoldAudit audit = GoldAudit.parse("""
                region 1 aligner
                - []:[1]
                - [1, 2]:[2]
                + [1]:[1]
                + [2]:[2]
                """);
        List<Ladder.Bead> found = Ladder.parse("""
                [0]:[0]
                [1]:[1]
                [2]:[2]
                [3, 4]:[3, 4, 5]
                """);

        // [1]:[1] and [2]:[2] lie in the audited region; [3, 4]:[3, 4, 5] disagrees with the gold outside it
        assertThat(audit.unaudited(GOLD, found)).isEqualTo(1);
    }

    @Test
    void theTomSawyerAuditReadsAsItsHeaderSays() {
        GoldAudit audit = GoldAudit.resource("/bench/tom-sawyer-test.audit");

        assertThat(audit.verdicts()).containsExactlyInAnyOrderEntriesOf(
                Map.of("aligner", 71, "gold", 16, "neither", 11));
        assertThat(audit.removed()).isNotEmpty();
    }
}
