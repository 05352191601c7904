package dev.paracheck.check;

import dev.paracheck.internal.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;

/**
 * The words of a text through LanguageTool's tokenizer and tagger for one language, each tagged as written and in
 * lower case (a capitalised adjective in a name, "Ständigen Ausschusses", is only known in lower case). Shared by
 * the term checks (lemmas) and language identification (which words a dictionary knows). Thread-safe: a
 * language's tagger is used under a lock on the language.
 */
public final class TaggedWords {
    /** One word: its text, and its readings as written and in lower case. */
    public record Word(String text, AnalyzedTokenReadings asWritten, AnalyzedTokenReadings lowerCase) {
        /** True when the dictionary knows the word, as written or in lower case. */
        public boolean known() {
            return asWritten.isTagged() || lowerCase.isTagged();
        }
    }

    private TaggedWords() {
    }

    /** The tokens of {@code text} that {@code keep} accepts, tagged. */
    public static List<Word> of(Language language, String text, Predicate<String> keep) {
        List<String> tokens = new ArrayList<>();
        for (String t : language.getWordTokenizer().tokenize(text)) {
            if (keep.test(t)) {
                tokens.add(t);
            }
        }
        List<AnalyzedTokenReadings> asWritten;
        List<AnalyzedTokenReadings> lowerCase;
        try {
            synchronized (language) {
                asWritten = language.getTagger().tag(tokens);
                lowerCase = language.getTagger().tag(tokens.stream().map(Text::lower).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool's tagger failed", e);
        }
        List<Word> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(new Word(tokens.get(i), asWritten.get(i), lowerCase.get(i)));
        }
        return out;
    }
}
