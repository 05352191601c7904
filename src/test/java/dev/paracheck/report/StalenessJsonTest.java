package dev.paracheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON report's {@code staleness} member: on a pair checked against a source before, and only there. */
class StalenessJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode pair(JsonNode root, String targetPath) {
        for (JsonNode p : root.get("pairs")) {
            if (p.path("target").path("path").asText().endsWith(targetPath)) {
                return p;
            }
        }
        throw new AssertionError("no pair " + targetPath);
    }

    @Test
    void aPairCheckedAgainstASourceBeforeSaysHowFarBehindItIs() throws Exception {
        String out = ReportFiles.render(new JsonReporter(), IndexPageTest.DASHBOARD);
        JsonNode root = JSON.readTree(out);

        JsonNode guide = pair(root, "guide.txt").get("staleness");
        assertThat(guide.get("before").asText()).isEqualTo("git 1a2b3c4");
        assertThat(guide.get("commitsBehind").isInt()).isTrue();
        assertThat(guide.get("commitsBehind").asInt()).isEqualTo(5);
        assertThat(guide.get("daysBehind").asLong()).isEqualTo(120);
        // 3 distinct source sentences (1, 2, 5) of 7, rounded to four decimals
        assertThat(guide.get("sourceChanged").decimalValue()).isEqualByComparingTo("0.4286");
        assertThat(out).contains("\"sourceChanged\" : 0.4286");

        JsonNode intro = pair(root, "intro.txt").get("staleness");
        assertThat(intro.get("before").asText()).isEqualTo("old/docs/en/intro.txt");
        assertThat(intro.get("commitsBehind").isNull()).as("unknown for a file").isTrue();
        assertThat(intro.get("daysBehind").isNull()).isTrue();
        assertThat(intro.get("sourceChanged").asDouble()).isEqualTo(0.25);

        assertThat(List.of("clean.txt", "odd.txt", "alone.txt"))
                .allSatisfy(t -> assertThat(pair(root, t).has("staleness")).as(t).isFalse());
        assertThat(out.split("\"staleness\"", -1)).hasSize(3);
    }

    @Test
    void withoutStalenessThePairIsWrittenAsBefore() throws Exception {
        String with = ReportFiles.render(new JsonReporter(), new dev.paracheck.model.Report("9.9.9",
                List.of(IndexPageTest.STALE), List.of()));
        String without = ReportFiles.render(new JsonReporter(), new dev.paracheck.model.Report("9.9.9",
                List.of(IndexPageTest.STALE.withStaleness(null)), List.of()));

        assertThat(without).doesNotContain("staleness");
        JsonNode a = JSON.readTree(with).get("pairs").get(0);
        JsonNode b = JSON.readTree(without).get("pairs").get(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("staleness");
        assertThat(a).isEqualTo(b);
        // the member stands right after the target
        List<String> names = new java.util.ArrayList<>();
        JSON.readTree(with).get("pairs").get(0).fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("source", "target", "staleness", "alignment", "paragraphAlignment",
                "findings");
    }
}
