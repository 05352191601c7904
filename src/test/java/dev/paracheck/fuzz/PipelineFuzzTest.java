package dev.paracheck.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * Coverage-guided fuzzing (Jazzer) of the whole pipeline ({@link FuzzPipeline}) on arbitrary bytes: the source
 * document is the fuzzer's bytes under an extension it picks (so Tika's text, HTML, XML, office, PDF and RTF
 * parsers all get them), the target a string it makes. {@link DocumentFuzzTest} starts from real documents.
 *
 * <p>{@code mvn test} replays the inputs under {@code src/test/resources/dev/paracheck/fuzz/PipelineFuzzTestInputs/}
 * (the regression mode of Jazzer's JUnit integration): every crash the fuzzer finds is saved there and so becomes
 * a regression test. {@code mvn test -Pfuzz} fuzzes for the annotation's {@code maxDuration}.
 */
class PipelineFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void pipelineGivesAResultOrAClearInputError(FuzzedDataProvider data) throws IOException {
        String extension = data.pickValue(FuzzPipeline.EXTENSIONS);
        String target = data.consumeString(4_000);
        FuzzPipeline.run(data.consumeRemainingAsBytes(), extension, target);
    }
}
