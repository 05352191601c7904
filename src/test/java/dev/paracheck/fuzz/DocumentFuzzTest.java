package dev.paracheck.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.Arrays;

/**
 * Fuzzing from real documents: the input's first byte picks the extension and the rest is the document, so the
 * seeds under {@code src/test/resources/dev/paracheck/fuzz/DocumentFuzzTestInputs/} — a DOCX, an ODT, a PDF, an
 * RTF and an HTML page of the sample text — let the mutations start deep inside the office and PDF parsers. The
 * target is a fixed German text. {@code mvn test -Pfuzz -Dfuzz.target=DocumentFuzzTest} fuzzes it.
 */
class DocumentFuzzTest {
    private static final String TARGET = "Die Bibliothek öffnet um neun Uhr. Sie hat 1200 Bücher.\n\n"
            + "Kinder lesen am Samstag vor.\n";

    @FuzzTest(maxDuration = "10m")
    void documentsGiveAResultOrAClearInputError(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        String extension = FuzzPipeline.EXTENSIONS[Math.floorMod(input[0], FuzzPipeline.EXTENSIONS.length)];
        FuzzPipeline.run(Arrays.copyOfRange(input, 1, input.length), extension, TARGET);
    }
}
