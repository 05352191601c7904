package dev.paracheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.paracheck.check.Checks;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.pipeline.ConsistencyRun;
import dev.paracheck.pipeline.PairOptions;
import dev.paracheck.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF report validates against the official SARIF 2.1.0 JSON schema (sarif-2.1.0-rtm.5.json, as shipped
 * in the npm package {@code @microsoft/jest-sarif}, which .ci/run fetches into target/sarif-schema). Skipped
 * when the schema has not been fetched; the test itself never touches the network.
 */
class SarifSchemaTest {
    private static final Path SCHEMA = Path.of("target/sarif-schema/package/lib/schemas/sarif-2.1.0-rtm.5.json");

    @TempDir
    Path dir;

    @Test
    void sarifValidatesAgainstTheOfficialSchema() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SCHEMA), "SARIF schema not fetched (see .ci/run)");
        List<String> de = new ArrayList<>(TestFiles.lines(TestFiles.seedGerman()));
        de.remove(7);
        de.add(2, "Eine zusätzliche Zeile mit 42 Zahlen.");
        Path target = TestFiles.writeLines(dir, "article de.txt", de);
        PairResult pair = new ConsistencyRun().check(TestFiles.seedEnglish(), target, new PairOptions(null, null, false),
                Checks.withoutGrammar());
        Report report = new Report("0.1.0", List.of(pair), Checks.withoutGrammar().enabledDescriptors());
        ObjectMapper json = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(json.readTree(SCHEMA.toFile()));

        JsonNode sarif = json.readTree(ReportFiles.render(new SarifReporter(), report));
        Set<ValidationMessage> errors = schema.validate(sarif);

        assertThat(sarif.path("runs").get(0).path("results").size()).isGreaterThan(2);
        assertThat(errors).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif).put("version", "2.0.0");
        assertThat(schema.validate(sarif)).as("the validator does reject a wrong document").isNotEmpty();
    }

    @Test
    void theSarifOfATreeWithItsBaseIdsValidatesToo() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SCHEMA), "SARIF schema not fetched (see .ci/run)");
        ObjectMapper json = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(json.readTree(SCHEMA.toFile()));

        JsonNode sarif = json.readTree(ReportFiles.render(new SarifReporter(), TreeReportsTest.TREE));

        assertThat(sarif.path("runs").get(0).path("originalUriBaseIds").size()).isEqualTo(1);
        assertThat(schema.validate(sarif)).isEmpty();
    }
}
