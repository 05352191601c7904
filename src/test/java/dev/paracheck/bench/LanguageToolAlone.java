package dev.paracheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/**
 * The reference of {@link StartupBenchmark}: LanguageTool by itself, in a fresh JVM, creating its checker for a
 * language (German by default) and checking a text paragraph by paragraph (paragraphs: lines, blank ones
 * skipped). Prints the number of matches.
 */
public final class LanguageToolAlone {
    private LanguageToolAlone() {
    }

    public static void main(String[] args) throws Exception {
        String lang = args.length > 1 ? args[1] : "de";
        org.languagetool.Language language = Languages.getLanguageForShortCode(lang);
        // the default variant, as paracheck uses: it carries the spell checker (de -> de-DE)
        JLanguageTool lt = new JLanguageTool(language.getDefaultLanguageVariant() != null
                ? language.getDefaultLanguageVariant() : language);
        int matches = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                matches += lt.check(line).size();
            }
        }
        System.out.println(matches + " matches");
    }
}
